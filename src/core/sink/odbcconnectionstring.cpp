#include "sink/odbcconnectionstring.h"

#include "sink/sinkerror.h"
#include "sink/sqldialect.h"

#include <QString>

namespace cdr {

namespace {

bool hasSurroundingSpace(const std::string &value)
{
    return !value.empty() && (value.front() == ' ' || value.back() == ' ');
}

bool containsIgnoringCase(const std::string &text, const char *needle)
{
    return QString::fromStdString(text).contains(QLatin1String(needle), Qt::CaseInsensitive);
}

// DB_DRIVER may be written with its braces, as odbcinst.ini users often do.
std::string unbracedDriver(const std::string &driver)
{
    if (driver.size() >= 2 && driver.front() == '{' && driver.back() == '}')
        return driver.substr(1, driver.size() - 2);
    return driver;
}

std::string escapedBraces(const std::string &value)
{
    std::string escaped;
    for (char c : value) {
        escaped += c;
        if (c == '}')
            escaped += '}';
    }
    return escaped;
}

// `setting` names the DB_* variable in errors (the value itself may be a password).
std::string attributeValue(const std::string &value, BraceRule rule, const std::string &setting)
{
    if (rule == BraceRule::Standard)
        return odbcAttributeValue(value);
    const bool needsBraces = value.find(';') != std::string::npos || (!value.empty() && value.front() == '{') ||
                             hasSurroundingSpace(value);
    if (!needsBraces)
        return value;
    const bool unreadable = rule == BraceRule::FreeTdsBefore14 ? value.find("};") != std::string::npos
                                                                : value.find('}') != std::string::npos;
    if (unreadable)
        throw SinkError(SinkError::Kind::Configuration,
                        setting + " cannot be passed to FreeTDS" +
                            (rule == BraceRule::FreeTdsBefore14 ? " before 1.4" : " (its version could not be read)") +
                            ": the value needs braces (it has ';', a leading '{' or surrounding spaces) and contains " +
                            (rule == BraceRule::FreeTdsBefore14 ? "\"};\"" : "'}'") +
                            ", which this FreeTDS cannot read back. Change the value, or use FreeTDS 1.4+ or "
                            "Microsoft's ODBC Driver 18 for SQL Server");
    return "{" + value + "}";
}

std::string build(const ConnectionSettings &s, const std::string &password, BraceRule rule)
{
    std::string text;
    auto add = [&](const char *key, const std::string &value, const char *setting) {
        if (!value.empty())
            text += std::string(key) + "=" + attributeValue(value, rule, setting) + ";";
    };
    if (!s.dsn.empty()) {
        add("DSN", s.dsn, "DB_DSN");
        add("DATABASE", s.database, "DB_NAME");
        add("UID", s.user, "DB_USER");
        add("PWD", password, "DB_PASSWORD");
    } else {
        text += "DRIVER={" + escapedBraces(unbracedDriver(s.driver)) + "};";
        SqlDialect::Kind kind = SqlDialect::Kind::SqlServer;
        const bool known = SqlDialect::detect({}, s.driver, &kind);
        const bool microsoftSqlServer =
            known && kind == SqlDialect::Kind::SqlServer && !containsIgnoringCase(s.driver, "FreeTDS");
        if (known && kind == SqlDialect::Kind::Sqlite) {
            add("DATABASE", s.database, "DB_NAME");
        } else {
            if (microsoftSqlServer && !s.port.empty())
                add("SERVER", s.server + "," + s.port, "DB_SERVER");
            else {
                add("SERVER", s.server, "DB_SERVER");
                add("PORT", s.port, "DB_PORT");
            }
            add("DATABASE", s.database, "DB_NAME");
            add("UID", s.user, "DB_USER");
            add("PWD", password, "DB_PASSWORD");
        }
    }
    std::string options = s.options;
    while (!options.empty() && (options.front() == ';' || options.front() == ' '))
        options.erase(options.begin());
    while (!options.empty() && options.back() == ' ')
        options.pop_back();
    // FreeTDS 1.3 keeps the closing brace of a braced value that ends the string: always end with ';'.
    if (!options.empty() && options.back() != ';')
        options += ';';
    return text + options;
}

} // namespace

std::string odbcAttributeValue(const std::string &value)
{
    const bool needsBraces = value.find_first_of(";{}") != std::string::npos || hasSurroundingSpace(value);
    if (!needsBraces)
        return value;
    return "{" + escapedBraces(value) + "}";
}

std::string odbcConnectionString(const ConnectionSettings &settings, BraceRule rule)
{
    // The driver manager ends DRIVER={...} at the first '}' and knows no "}}" (the log form below shows it escaped).
    if (settings.dsn.empty() && unbracedDriver(settings.driver).find('}') != std::string::npos)
        throw SinkError(SinkError::Kind::Configuration,
                        "DB_DRIVER contains '}', which no ODBC driver name has: give the driver's name as "
                        "odbcinst.ini has it");
    return build(settings, settings.password, rule);
}

std::string odbcConnectionStringForLog(const ConnectionSettings &settings)
{
    return build(settings, settings.password.empty() ? std::string() : std::string("***"), BraceRule::Standard);
}

std::string qodbcDatabaseName(const std::string &connectionString, const std::string &dsnDriver, BraceRule rule)
{
    if (containsIgnoringCase(connectionString, ".dsn"))
        throw SinkError(SinkError::Kind::Configuration,
                        "the ODBC connection string contains \".dsn\" (in DB_DSN, DB_NAME, DB_USER, DB_PASSWORD or "
                        "DB_OPTIONS), which Qt's ODBC driver always reads as a file DSN (FILEDSN=); rename the value");
    if (containsIgnoringCase(connectionString, "DRIVER=") || containsIgnoringCase(connectionString, "SERVER="))
        return connectionString;
    if (!QString::fromStdString(connectionString).startsWith(QLatin1String("DSN="), Qt::CaseInsensitive))
        return connectionString;
    if (dsnDriver.empty())
        return connectionString.substr(4);
    // The DSN attribute ends at the first ';' outside braces (a braced name may hold one, and "}}" for '}' under
    // the standard rule; FreeTDS before 1.4 ends it at the first "};").
    std::size_t end = 4;
    if (end < connectionString.size() && connectionString[end] == '{') {
        if (rule == BraceRule::FreeTdsBefore14) {
            end = connectionString.find("};", end);
        } else {
            for (++end; end < connectionString.size(); ++end) {
                if (connectionString[end] != '}')
                    continue;
                if (end + 1 < connectionString.size() && connectionString[end + 1] == '}')
                    ++end;
                else
                    break;
            }
        }
        end = end >= connectionString.size() ? connectionString.size() : end + 1;
    } else {
        end = connectionString.find(';', end);
        if (end == std::string::npos)
            end = connectionString.size();
    }
    std::string text = connectionString.substr(0, end) + ";DRIVER={" + unbracedDriver(dsnDriver) + "};";
    if (end + 1 < connectionString.size())
        text += connectionString.substr(end + 1);
    return text;
}

} // namespace cdr
