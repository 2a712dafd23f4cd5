#include "config/connectionsettings.h"

#include "config/tablename.h"

#include <charconv>

namespace cdr {

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
    std::size_t start = 0;
    for (int part = 1; start <= settings.options.size() && !settings.options.empty(); ++part) {
        auto end = settings.options.find(';', start);
        if (end == std::string::npos)
            end = settings.options.size();
        const std::string pair = settings.options.substr(start, end - start);
        // The value is never echoed: DB_OPTIONS may carry a password (PWD=...).
        const auto eq = pair.find('=');
        if (!pair.empty() && (eq == std::string::npos || eq == 0))
            error("DB_OPTIONS", "each ';'-separated part must be Key=value; part " + std::to_string(part) + " is not");
        start = end + 1;
    }
    return issues;
}

} // namespace cdr
