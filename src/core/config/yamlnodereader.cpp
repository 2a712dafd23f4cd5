#include "config/yamlnodereader.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <set>

namespace cdr {

namespace {

// Numbers are accepted only as plain (unquoted) scalars: a quoted "40" is text, as it is for the seed's PyYAML.
bool isPlainScalar(const YAML::Node &node)
{
    return node.IsScalar() && node.Tag() != "!";
}

std::string trimmedSign(const std::string &text)
{
    return !text.empty() && text.front() == '+' ? text.substr(1) : text;
}

bool parseWholeDouble(const std::string &text, double &out)
{
    if (text.empty())
        return false;
    const std::string lowered = [&] {
        std::string s;
        for (char c : text)
            s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    }();
    // YAML's .inf/.nan spellings; strtod's inf/nan/hex forms are not YAML numbers.
    if (lowered.find("inf") != std::string::npos || lowered.find("nan") != std::string::npos
        || lowered.find('x') != std::string::npos)
        return false;
    char *end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return end == text.c_str() + text.size();
}

} // namespace

std::string YamlNodeReader::join(const std::string &path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string YamlNodeReader::index(const std::string &path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

std::string YamlNodeReader::describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return "a map";
    case YAML::NodeType::Sequence:
        return "a list";
    case YAML::NodeType::Null:
        return "no value";
    case YAML::NodeType::Scalar:
        return (node.Tag() == "!" ? "the quoted text \"" : "\"") + node.Scalar() + "\"";
    default:
        return "nothing";
    }
}

std::string YamlNodeReader::where(const YAML::Node &node)
{
    const auto mark = node.Mark();
    return mark.line >= 0 ? " (line " + std::to_string(mark.line + 1) + ")" : "";
}

void YamlNodeReader::error(const std::string &path, const std::string &message)
{
    m_issues.push_back({ConfigIssue::Severity::Error, path, message});
}

void YamlNodeReader::warning(const std::string &path, const std::string &message)
{
    m_issues.push_back({ConfigIssue::Severity::Warning, path, message});
}

bool YamlNodeReader::isMap(const YAML::Node &node, const std::string &path)
{
    if (node.IsMap())
        return true;
    if (!node.IsNull())
        error(path, "expected a map of keys, got " + describe(node) + where(node));
    return false;
}

void YamlNodeReader::checkDuplicateKeys(const YAML::Node &map, const std::string &path)
{
    std::set<std::string> seen;
    for (const auto &entry : map) {
        const std::string key = keyText(entry.first);
        if (!seen.insert(key).second)
            error(join(path, key), "duplicate key" + where(entry.first) + "; only one value may be given");
    }
}

void YamlNodeReader::checkKeys(const YAML::Node &map, const std::string &path,
                               std::initializer_list<std::string_view> known)
{
    checkKeys(map, path, std::vector<std::string_view>(known));
}

void YamlNodeReader::checkKeys(const YAML::Node &map, const std::string &path,
                               const std::vector<std::string_view> &known)
{
    checkDuplicateKeys(map, path);
    for (const auto &entry : map) {
        const std::string key = keyText(entry.first);
        bool isKnown = false;
        for (auto name : known)
            isKnown = isKnown || name == key;
        if (!isKnown)
            warning(join(path, key), "unknown key" + where(entry.first) + ", ignored");
    }
}

std::string YamlNodeReader::keyText(const YAML::Node &key)
{
    return key.IsScalar() ? key.Scalar() : "<" + describe(key) + ">";
}

bool YamlNodeReader::toInt64(const YAML::Node &node, const std::string &path, std::int64_t &out)
{
    if (!isPlainScalar(node)) {
        error(path, "expected a whole number, got " + describe(node) + where(node));
        return false;
    }
    const std::string text = trimmedSign(node.Scalar());
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && ptr == text.data() + text.size()) {
        out = value;
        return true;
    }
    double asDouble = 0;
    const bool numeric = ec == std::errc::result_out_of_range || parseWholeDouble(node.Scalar(), asDouble);
    if (!numeric) {
        error(path, "expected a whole number, got " + describe(node) + where(node));
        return false;
    }
    if (ec == std::errc::result_out_of_range || std::fabs(asDouble) >= 9.2e18) {
        error(path, "the number " + node.Scalar() + " is far too large" + where(node));
        return false;
    }
    if (asDouble != std::floor(asDouble)) {
        error(path, "expected a whole number, got " + node.Scalar() + where(node));
        return false;
    }
    out = static_cast<std::int64_t>(asDouble); // 1e6 style is accepted when it is a whole number
    return true;
}

bool YamlNodeReader::toDouble(const YAML::Node &node, const std::string &path, double &out)
{
    double value = 0;
    if (!isPlainScalar(node) || !parseWholeDouble(node.Scalar(), value)) {
        error(path, "expected a number, got " + describe(node) + where(node));
        return false;
    }
    if (!std::isfinite(value)) {
        error(path, "the number " + node.Scalar() + " is far too large" + where(node));
        return false;
    }
    out = value;
    return true;
}

bool YamlNodeReader::toString(const YAML::Node &node, const std::string &path, std::string &out, bool nullIsEmpty)
{
    if (node.IsNull() && nullIsEmpty) {
        out.clear();
        return true;
    }
    if (!node.IsScalar()) {
        error(path, "expected a text value, got " + describe(node) + where(node));
        return false;
    }
    out = node.Scalar();
    return true;
}

void YamlNodeReader::readInt(const YAML::Node &map, std::string_view key, const std::string &path,
                             std::int64_t &out)
{
    if (const YAML::Node node = map[std::string(key)])
        toInt64(node, join(path, key), out);
}

void YamlNodeReader::readInt(const YAML::Node &map, std::string_view key, const std::string &path, int &out)
{
    const YAML::Node node = map[std::string(key)];
    std::int64_t wide = 0;
    if (!node || !toInt64(node, join(path, key), wide))
        return;
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        error(join(path, key), "the number " + node.Scalar() + " is far too large" + where(node));
        return;
    }
    out = static_cast<int>(wide);
}

void YamlNodeReader::readUnsigned(const YAML::Node &map, std::string_view key, const std::string &path,
                                  std::uint64_t &out)
{
    const YAML::Node node = map[std::string(key)];
    if (!node)
        return;
    const std::string keyPath = join(path, key);
    if (!isPlainScalar(node)) {
        error(keyPath, "expected a whole number >= 0, got " + describe(node) + where(node));
        return;
    }
    const std::string text = trimmedSign(node.Scalar());
    std::uint64_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range)
        error(keyPath, "the number " + node.Scalar() + " is larger than 18446744073709551615" + where(node));
    else if (ec != std::errc() || ptr != text.data() + text.size())
        error(keyPath, "expected a whole number >= 0, got " + describe(node) + where(node));
    else
        out = value;
}

void YamlNodeReader::readDouble(const YAML::Node &map, std::string_view key, const std::string &path, double &out)
{
    if (const YAML::Node node = map[std::string(key)])
        toDouble(node, join(path, key), out);
}

void YamlNodeReader::readString(const YAML::Node &map, std::string_view key, const std::string &path,
                                std::string &out, bool nullIsEmpty)
{
    if (const YAML::Node node = map[std::string(key)])
        toString(node, join(path, key), out, nullIsEmpty);
}

void YamlNodeReader::readBool(const YAML::Node &map, std::string_view key, const std::string &path, bool &out)
{
    const YAML::Node node = map[std::string(key)];
    if (!node)
        return;
    if (isPlainScalar(node) && (node.Scalar() == "true" || node.Scalar() == "false")) {
        out = node.Scalar() == "true";
        return;
    }
    error(join(path, key), "expected true or false, got " + describe(node) + where(node));
}

void YamlNodeReader::readStringList(const YAML::Node &map, std::string_view key, const std::string &path,
                                    std::vector<std::string> &out)
{
    const YAML::Node node = map[std::string(key)];
    if (!node)
        return;
    const std::string keyPath = join(path, key);
    if (!node.IsSequence()) {
        error(keyPath, "expected a list, got " + describe(node) + where(node));
        return;
    }
    std::vector<std::string> values;
    bool ok = true;
    for (std::size_t i = 0; i < node.size(); ++i) {
        std::string value;
        ok = toString(node[i], index(keyPath, i), value) && ok;
        values.push_back(value);
    }
    if (ok)
        out = values;
}

void YamlNodeReader::readNumberList(const YAML::Node &map, std::string_view key, const std::string &path,
                                    std::vector<double> &out)
{
    const YAML::Node node = map[std::string(key)];
    if (!node)
        return;
    const std::string keyPath = join(path, key);
    if (!node.IsSequence()) {
        error(keyPath, "expected a list of numbers, got " + describe(node) + where(node));
        return;
    }
    std::vector<double> values(node.size(), 0.0);
    bool ok = true;
    for (std::size_t i = 0; i < node.size(); ++i)
        ok = toDouble(node[i], index(keyPath, i), values[i]) && ok;
    if (ok)
        out = values;
}

void YamlNodeReader::readWeights(const YAML::Node &map, std::string_view key, const std::string &path,
                                 std::map<std::string, double> &out)
{
    const YAML::Node node = map[std::string(key)];
    if (!node)
        return;
    const std::string keyPath = join(path, key);
    if (!isMap(node, keyPath))
        return;
    checkDuplicateKeys(node, keyPath); // the names themselves are checked against the lists later
    std::map<std::string, double> weights;
    for (const auto &entry : node) {
        double weight = 0;
        if (toDouble(entry.second, join(keyPath, keyText(entry.first)), weight))
            weights.emplace(keyText(entry.first), weight);
    }
    out = weights;
}

} // namespace cdr
