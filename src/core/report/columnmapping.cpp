#include "report/columnmapping.h"

#include "model/schema.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace cdr {

namespace {

bool isSchemaColumn(const std::string &name)
{
    return std::any_of(kCdrColumns.begin(), kCdrColumns.end(), [&](const Column &c) { return c.name == name; });
}

std::string joined(const std::vector<std::string> &names)
{
    std::string text;
    for (const std::string &name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

} // namespace

std::optional<ColumnMapping> ColumnMapping::load(const std::string &path, std::string *error)
{
    std::ifstream in(path);
    if (!in) {
        *error = "cannot read the column mapping " + path;
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return fromYaml(text.str(), path, error);
}

std::optional<ColumnMapping> ColumnMapping::fromYaml(const std::string &yaml, const std::string &origin,
                                                     std::string *error)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml);
    } catch (const YAML::Exception &e) {
        *error = origin + ": not YAML: " + e.msg;
        return std::nullopt;
    }
    if (!root.IsMap()) {
        *error = origin + ": give a map of our column name to yours, e.g. \"caller: msisdn_a\"";
        return std::nullopt;
    }
    ColumnMapping mapping;
    std::vector<std::string> unknown;
    for (const auto &entry : root) {
        if (!entry.first.IsScalar() || !entry.second.IsScalar() || entry.second.Scalar().empty()) {
            *error = origin + ": every entry maps a column name to a column name";
            return std::nullopt;
        }
        const std::string ours = entry.first.Scalar();
        if (!isSchemaColumn(ours))
            unknown.push_back(ours);
        mapping.m_theirs[ours] = entry.second.Scalar();
    }
    if (!unknown.empty()) {
        *error = origin + ": not columns of the CDR table: " + joined(unknown) + " (the keys are our names: id, "
            "caller, callee, start_time, ...; the values are yours)";
        return std::nullopt;
    }
    return mapping;
}

const std::string &ColumnMapping::theirName(const std::string &ours) const
{
    const auto found = m_theirs.find(ours);
    return found == m_theirs.end() ? ours : found->second;
}

std::optional<std::vector<int>> ColumnMapping::positions(const std::vector<std::string> &header,
                                                         const std::vector<std::string> &ours,
                                                         std::string *error) const
{
    auto positionOf = [&](const std::string &name) {
        const auto found = std::find(header.begin(), header.end(), name);
        return found == header.end() ? -1 : static_cast<int>(found - header.begin());
    };
    std::vector<std::string> absent;
    for (const auto &[our, their] : m_theirs)
        if (positionOf(their) < 0)
            absent.push_back(their + " (for " + our + ")");
    if (!absent.empty()) {
        *error = "the column mapping names columns the source does not have: " + joined(absent);
        return std::nullopt;
    }
    std::vector<int> index;
    for (const std::string &name : ours)
        index.push_back(positionOf(theirName(name)));
    return index;
}

} // namespace cdr
