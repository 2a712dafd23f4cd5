#include "sink/odbcconnectionstring.h"

#include "sink/sqldialect.h"

namespace cdr {

std::string odbcAttributeValue(const std::string &value)
{
    const bool needsBraces = value.find_first_of(";{}") != std::string::npos ||
                             (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!needsBraces)
        return value;
    std::string braced = "{";
    for (char c : value) {
        braced += c;
        if (c == '}')
            braced += '}';
    }
    return braced + "}";
}

namespace {

std::string build(const ConnectionSettings &s, const std::string &password)
{
    std::string text;
    auto add = [&text](const char *key, const std::string &value) {
        if (!value.empty())
            text += std::string(key) + "=" + odbcAttributeValue(value) + ";";
    };
    if (!s.dsn.empty()) {
        add("DSN", s.dsn);
    } else {
        std::string driver = s.driver;
        if (driver.size() >= 2 && driver.front() == '{' && driver.back() == '}')
            driver = driver.substr(1, driver.size() - 2);
        text += "DRIVER={" + driver + "};";
    }
    SqlDialect::Kind kind = SqlDialect::Kind::SqlServer;
    const bool known = SqlDialect::detect({}, s.driver, &kind);
    const bool microsoftSqlServer = known && kind == SqlDialect::Kind::SqlServer && s.driver.find("FreeTDS") == std::string::npos;
    if (known && kind == SqlDialect::Kind::Sqlite) {
        add("DATABASE", s.database);
    } else {
        if (microsoftSqlServer && !s.port.empty())
            add("SERVER", s.server + "," + s.port);
        else {
            add("SERVER", s.server);
            add("PORT", s.port);
        }
        add("DATABASE", s.database);
        add("UID", s.user);
        add("PWD", password);
    }
    std::string options = s.options;
    while (!options.empty() && (options.front() == ';' || options.front() == ' '))
        options.erase(options.begin());
    text += options;
    return text;
}

} // namespace

std::string odbcConnectionString(const ConnectionSettings &settings)
{
    return build(settings, settings.password);
}

std::string odbcConnectionStringForLog(const ConnectionSettings &settings)
{
    return build(settings, settings.password.empty() ? std::string() : std::string("***"));
}

} // namespace cdr
