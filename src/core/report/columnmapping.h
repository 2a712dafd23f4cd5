#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cdr {

// Another table's names for our columns (`--columns FILE`, YAML: `our_name: their_name`, e.g. `caller: msisdn_a`).
// A column the mapping does not name keeps its own name.
class ColumnMapping {
public:
    // Reads and checks a mapping file: a flat map of text to text whose keys are columns of the 23-column schema.
    // nullopt with *error naming the file and the problem (an unknown key is named).
    static std::optional<ColumnMapping> load(const std::string &path, std::string *error);
    static std::optional<ColumnMapping> fromYaml(const std::string &yaml, const std::string &origin, std::string *error);

    bool empty() const { return m_theirs.empty(); }
    // Their name for our column.
    const std::string &theirName(const std::string &ours) const;

    // For each of `ours`, its position in a source's `header` (-1 when the source has no such column). Every name
    // the mapping gives must be in the header: otherwise nullopt with *error naming the missing ones.
    std::optional<std::vector<int>> positions(const std::vector<std::string> &header,
                                              const std::vector<std::string> &ours, std::string *error) const;

private:
    std::map<std::string, std::string> m_theirs; // ours -> theirs
};

} // namespace cdr
