#include "logging/logsetup.h"
#include "logging/pythonlevelflag.h"

#include <spdlog/pattern_formatter.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace cdr {

namespace {

// Python's default asctime is "2024-01-31 13:45:07,123".
const std::map<std::string, std::string, std::less<>> kFieldToFlag = {
    {"asctime", "%Y-%m-%d %H:%M:%S,%e"},
    {"levelname", "%*"}, // custom flag: Python level names
    {"levelno", "%&"},   // custom flag: Python level numbers
    {"message", "%v"},
    {"name", "%n"},
    {"filename", "%s"},
    {"pathname", "%g"},
    {"module", "%s"},
    {"funcName", "%!"},
    {"lineno", "%#"},
    {"process", "%P"},
    {"processName", "MainProcess"},
    {"thread", "%t"},
    {"threadName", "%t"},
    {"msecs", "%e"},
    {"created", "%E"},
};

// A Python conversion like "-8" in "%(levelname)-8s" becomes spdlog's "%-8" prefix.
std::string spdlogPadding(const std::string &flags)
{
    const bool left = flags.find('-') != std::string::npos;
    std::string digits;
    for (char c : flags)
        if (std::isdigit(static_cast<unsigned char>(c)))
            digits += c;
    if (digits.empty())
        return {};
    return (left ? "-" : "") + digits;
}

} // namespace

std::string pythonFormatToSpdlogPattern(const std::string &pythonFormat)
{
    std::string pattern;
    for (std::size_t i = 0; i < pythonFormat.size(); ++i) {
        const char c = pythonFormat[i];
        if (c != '%') {
            pattern += c;
            continue;
        }
        if (i + 1 < pythonFormat.size() && pythonFormat[i + 1] == '%') {
            pattern += "%%";
            ++i;
            continue;
        }
        const std::size_t close = pythonFormat.find(')', i);
        if (i + 1 >= pythonFormat.size() || pythonFormat[i + 1] != '(' || close == std::string::npos) {
            pattern += "%%";
            continue;
        }
        const std::string field = pythonFormat.substr(i + 2, close - i - 2);
        // After ")" come optional flags/width/precision and one conversion letter (s, d, f...).
        std::size_t end = close + 1;
        std::string conversionFlags;
        while (end < pythonFormat.size() && !std::isalpha(static_cast<unsigned char>(pythonFormat[end])))
            conversionFlags += pythonFormat[end++];
        const auto found = kFieldToFlag.find(field);
        if (found == kFieldToFlag.end()) {
            pattern += "%%(" + field + ")"; // unknown field: shown literally, as a visible hint
        } else if (found->second.size() == 2 && found->second[0] == '%') {
            const std::string padding = spdlogPadding(conversionFlags.substr(0, conversionFlags.find('.')));
            pattern += "%" + padding + found->second.substr(1);
        } else {
            pattern += found->second;
        }
        i = end < pythonFormat.size() ? end : pythonFormat.size();
    }
    return pattern;
}

std::unique_ptr<spdlog::formatter> makePythonStyleFormatter(const std::string &pythonFormat)
{
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<PythonLevelNameFlag>('*');
    formatter->add_flag<PythonLevelNumberFlag>('&');
    formatter->set_pattern(pythonFormatToSpdlogPattern(pythonFormat));
    return formatter;
}

bool parseLogLevel(const std::string &name, spdlog::level::level_enum *level)
{
    std::string upper = name;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    static const std::map<std::string, spdlog::level::level_enum> levels = {
        {"NOTSET", spdlog::level::trace}, {"DEBUG", spdlog::level::debug},  {"INFO", spdlog::level::info},
        {"WARNING", spdlog::level::warn}, {"WARN", spdlog::level::warn},     {"ERROR", spdlog::level::err},
        {"CRITICAL", spdlog::level::critical}, {"FATAL", spdlog::level::critical},
    };
    const auto found = levels.find(upper);
    if (found == levels.end())
        return false;
    *level = found->second;
    return true;
}

} // namespace cdr
