#pragma once

#include "config/configissue.h"

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// Typed reads from a parsed YAML tree that never throw: each problem (wrong type, number out of range, missing
// value, unknown or duplicate key) becomes a ConfigIssue naming the full key path, and the target keeps its default.
class YamlNodeReader {
public:
    explicit YamlNodeReader(std::vector<ConfigIssue> &issues) : m_issues(issues) {}

    static std::string join(const std::string &path, std::string_view key);
    static std::string index(const std::string &path, std::size_t i);

    // True for a map. A null node (an empty section) is false without an issue; anything else is an error.
    bool isMap(const YAML::Node &node, const std::string &path);
    // Warns about keys not in `known` and reports duplicate keys.
    void checkKeys(const YAML::Node &map, const std::string &path, std::initializer_list<std::string_view> known);
    void checkKeys(const YAML::Node &map, const std::string &path, const std::vector<std::string_view> &known);
    void checkDuplicateKeys(const YAML::Node &map, const std::string &path);

    // Each reads map[key] when present; a missing key leaves `out` untouched.
    void readInt(const YAML::Node &map, std::string_view key, const std::string &path, std::int64_t &out);
    void readInt(const YAML::Node &map, std::string_view key, const std::string &path, int &out);
    void readUnsigned(const YAML::Node &map, std::string_view key, const std::string &path, std::uint64_t &out);
    void readDouble(const YAML::Node &map, std::string_view key, const std::string &path, double &out);
    // true/false only (YAML 1.2 core schema): yes/no/on/off are refused as ambiguous.
    void readBool(const YAML::Node &map, std::string_view key, const std::string &path, bool &out);
    void readString(const YAML::Node &map, std::string_view key, const std::string &path, std::string &out,
                    bool nullIsEmpty = false);
    void readStringList(const YAML::Node &map, std::string_view key, const std::string &path,
                        std::vector<std::string> &out);
    void readWeights(const YAML::Node &map, std::string_view key, const std::string &path,
                     std::map<std::string, double> &out);
    void readNumberList(const YAML::Node &map, std::string_view key, const std::string &path,
                        std::vector<double> &out);

    // Node-level forms used by the readers above and by list/map walkers.
    bool toInt64(const YAML::Node &node, const std::string &path, std::int64_t &out);
    bool toDouble(const YAML::Node &node, const std::string &path, double &out);
    bool toString(const YAML::Node &node, const std::string &path, std::string &out, bool nullIsEmpty = false);

    void error(const std::string &path, const std::string &message);
    void warning(const std::string &path, const std::string &message);

    static std::string describe(const YAML::Node &node); // "a list", "a map", "the text \"abc\""...
    static std::string where(const YAML::Node &node);    // " (line 12)" or ""
    static std::string keyText(const YAML::Node &key);

private:
    std::vector<ConfigIssue> &m_issues;
};

} // namespace cdr
