#include "config/connectionsettings.h"

#include "config/tablename.h"

#include <charconv>

namespace cdr {

std::string odbcOptionsProblem(const std::string &options)
{
    // The value is never echoed: DB_OPTIONS may carry a password (PWD=...).
    std::size_t at = 0;
    for (int part = 1; at < options.size(); ++part) {
        const std::size_t partStart = at;
        while (at < options.size() && options[at] != '=' && options[at] != ';')
            ++at;
        const bool emptyPart = at < options.size() && options[at] == ';' && at == partStart;
        if (!emptyPart && (at == options.size() || options[at] != '=' || at == partStart))
            return "each ';'-separated part must be Key=value; part " + std::to_string(part) + " is not";
        if (!emptyPart && at + 1 < options.size() && options[at + 1] == '{') {
            // A braced value runs to the '}' not doubled; "}}" stands for '}'.
            at += 2;
            for (;; ++at) {
                if (at >= options.size())
                    return "part " + std::to_string(part) + " opens a '{' that is never closed";
                if (options[at] == '}') {
                    if (at + 1 < options.size() && options[at + 1] == '}') {
                        ++at;
                        continue;
                    }
                    break;
                }
            }
            ++at;
            if (at < options.size() && options[at] != ';')
                return "part " + std::to_string(part) + " has text after its closing '}'";
        }
        while (at < options.size() && options[at] != ';')
            ++at;
        ++at; // past ';'
    }
    return {};
}

ConnectionSettings ConnectionSettings::fromEnvironment(const Environment &env)
{
    ConnectionSettings settings;
    settings.driver = env.valueOr("DB_DRIVER", "");
    settings.server = env.valueOr("DB_SERVER", "");
    settings.port = env.valueOr("DB_PORT", "");
    settings.database = env.valueOr("DB_NAME", "");
    settings.user = env.valueOr("DB_USER", "");
    settings.password = env.valueOr("DB_PASSWORD", "");
    settings.dsn = env.valueOr("DB_DSN", "");
    settings.options = env.valueOr("DB_OPTIONS", "");
    settings.table = env.valueOr("CDR_TABLE", "cdr");
    return settings;
}

std::vector<ConfigIssue> validateConnection(const ConnectionSettings &settings)
{
    std::vector<ConfigIssue> issues;
    auto error = [&](const char *name, const std::string &message) {
        issues.push_back({ConfigIssue::Severity::Error, std::string(".env:") + name, message});
    };
    if (!settings.port.empty()) {
        int port = 0;
        const auto *end = settings.port.data() + settings.port.size();
        const auto [ptr, ec] = std::from_chars(settings.port.data(), end, port);
        if (ec != std::errc() || ptr != end || port < 1 || port > 65535)
            error("DB_PORT", "must be a port number 1..65535, got \"" + settings.port + "\"");
    }
    std::string why;
    if (!isValidTableName(settings.table, &why))
        error("CDR_TABLE", why);
    if (!settings.dsn.empty() && (!settings.server.empty() || !settings.port.empty()))
        issues.push_back({ConfigIssue::Severity::Warning, ".env:DB_DSN",
                          "DB_SERVER and DB_PORT are not used with DB_DSN: the DSN names the server"});
    const std::string optionsProblem = odbcOptionsProblem(settings.options);
    if (!optionsProblem.empty())
        error("DB_OPTIONS", optionsProblem);
    return issues;
}

} // namespace cdr
