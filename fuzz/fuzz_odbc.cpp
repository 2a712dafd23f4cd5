// ODBC connection string: for any DB_* settings, the string odbcConnectionString() builds (or refuses with a
// Configuration error) reads back to exactly the settings: each attribute once, the password and every other value
// unchanged, nothing injected, DB_OPTIONS' own attributes after ours. The log form shows "***" for the password, and
// qodbcDatabaseName() only inserts the DSN's driver.
//
// Input: lines; the first byte picks the brace rule, then DB_DRIVER, DB_SERVER, DB_PORT, DB_NAME, DB_USER,
// DB_PASSWORD, DB_DSN and DB_OPTIONS, one a line (missing lines are empty).
#include "fuzzcheck.h"
#include "odbcattributes.h"

#include "config/connectionsettings.h"
#include "sink/odbcconnectionstring.h"
#include "sink/sinkerror.h"
#include "sink/sqldialect.h"

#include <QString>


namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

cdr::ConnectionSettings settingsFrom(const std::string &text, cdr::BraceRule *rule)
{
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at <= text.size() && lines.size() < 9) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        lines.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    lines.resize(9);
    const unsigned char pick = lines[0].empty() ? 0 : static_cast<unsigned char>(lines[0][0]);
    *rule = pick % 3 == 0 ? cdr::BraceRule::Standard
          : pick % 3 == 1 ? cdr::BraceRule::FreeTdsBefore14
                          : cdr::BraceRule::FreeTdsUnknown;
    cdr::ConnectionSettings s;
    s.driver = lines[1];
    s.server = lines[2];
    s.port = lines[3];
    s.database = lines[4];
    s.user = lines[5];
    s.password = lines[6];
    s.dsn = lines[7];
    s.options = lines[8];
    return s;
}

std::string show(const Parts &parts)
{
    std::string text;
    for (const auto &[key, value] : parts)
        text += "[" + key + "]=[" + value + "] ";
    return text;
}

// The attributes the settings must produce, in the builder's order (DB_OPTIONS' own attributes excluded).
Parts expectedAttributes(const cdr::ConnectionSettings &s, const std::string &password)
{
    Parts parts;
    auto add = [&](const char *key, const std::string &value) {
        if (!value.empty())
            parts.emplace_back(key, value);
    };
    if (!s.dsn.empty()) {
        add("DSN", s.dsn);
        add("DATABASE", s.database);
        add("UID", s.user);
        add("PWD", password);
        return parts;
    }
    std::string driver = s.driver;
    if (driver.size() >= 2 && driver.front() == '{' && driver.back() == '}')
        driver = driver.substr(1, driver.size() - 2);
    parts.emplace_back("DRIVER", driver);
    cdr::SqlDialect::Kind kind = cdr::SqlDialect::Kind::SqlServer;
    const bool known = cdr::SqlDialect::detect({}, s.driver, &kind);
    if (known && kind == cdr::SqlDialect::Kind::Sqlite) {
        add("DATABASE", s.database);
        return parts;
    }
    const bool microsoft = known && kind == cdr::SqlDialect::Kind::SqlServer &&
                           !QString::fromStdString(s.driver).contains(QLatin1String("FreeTDS"), Qt::CaseInsensitive);
    if (microsoft && !s.port.empty()) {
        add("SERVER", s.server + "," + s.port);
    } else {
        add("SERVER", s.server);
        add("PORT", s.port);
    }
    add("DATABASE", s.database);
    add("UID", s.user);
    add("PWD", password);
    return parts;
}

// DB_OPTIONS as the builder appends it: leading ';' and blanks, trailing blanks dropped.
std::string trimmedOptions(std::string options)
{
    while (!options.empty() && (options.front() == ';' || options.front() == ' '))
        options.erase(options.begin());
    while (!options.empty() && options.back() == ' ')
        options.pop_back();
    return options;
}

void checkReadsBack(const std::string &built, const cdr::ConnectionSettings &s, const std::string &password,
                    fuzz::BraceReading reading)
{
    const fuzz::OdbcAttributes read = fuzz::readOdbcAttributes(built, reading);
    const Parts expected = expectedAttributes(s, password);
    FUZZ_CHECK(read.parts.size() >= expected.size(), built + "\n  read: " + show(read.parts));
    const Parts ours(read.parts.begin(), read.parts.begin() + static_cast<long>(expected.size()));
    FUZZ_CHECK(ours == expected, built + "\n  read:     " + show(ours) + "\n  expected: " + show(expected));
    if (!cdr::odbcOptionsProblem(s.options).empty())
        return; // validateConnection() refuses such DB_OPTIONS before any connection is made
    const fuzz::OdbcAttributes options = fuzz::readOdbcAttributes(trimmedOptions(s.options), reading);
    const Parts rest(read.parts.begin() + static_cast<long>(expected.size()), read.parts.end());
    // DB_OPTIONS goes in verbatim: where its own text does not read to the end (FreeTDS 1.3 reading "}}"), the
    // string must stop at the same place.
    FUZZ_CHECK(read.complete == options.complete && rest == options.parts,
               built + "\n  after ours: " + show(rest) + "\n  DB_OPTIONS: " + show(options.parts));
}

void checkQodbcName(const std::string &built, cdr::BraceRule rule, fuzz::BraceReading reading)
{
    const std::string driver = "PostgreSQL Unicode";
    std::string name;
    try {
        name = cdr::qodbcDatabaseName(built, driver, rule);
    } catch (const cdr::SinkError &error) {
        FUZZ_CHECK(error.kind() == cdr::SinkError::Kind::Configuration, error.what());
        return;
    }
    const Parts before = fuzz::readOdbcAttributes(built, reading).parts;
    const Parts after = fuzz::readOdbcAttributes(name, reading).parts;
    const QString text = QString::fromStdString(built);
    if (text.contains(QLatin1String("DRIVER="), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("SERVER="), Qt::CaseInsensitive)) {
        FUZZ_CHECK(name == built, name);
        return;
    }
    Parts expected = before;
    expected.insert(expected.begin() + 1, {"DRIVER", driver});
    FUZZ_CHECK(after == expected, name + "\n  read:     " + show(after) + "\n  expected: " + show(expected));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    cdr::BraceRule rule = cdr::BraceRule::Standard;
    const cdr::ConnectionSettings s =
        settingsFrom(std::string(reinterpret_cast<const char *>(data), size), &rule);
    const auto reading =
        rule == cdr::BraceRule::FreeTdsBefore14 ? fuzz::BraceReading::FreeTds13 : fuzz::BraceReading::Standard;

    const std::string forLog = cdr::odbcConnectionStringForLog(s);
    checkReadsBack(forLog, s, s.password.empty() ? "" : "***", fuzz::BraceReading::Standard);

    std::string built;
    try {
        built = cdr::odbcConnectionString(s, rule);
    } catch (const cdr::SinkError &error) {
        FUZZ_CHECK(error.kind() == cdr::SinkError::Kind::Configuration, error.what());
        const bool driverHasBrace = s.dsn.empty() && expectedAttributes(s, "")[0].second.find('}') != std::string::npos;
        FUZZ_CHECK(rule != cdr::BraceRule::Standard || driverHasBrace,
                   std::string("refused under the standard rule: ") + error.what());
        return 0;
    }
    checkReadsBack(built, s, s.password, reading);
    if (rule == cdr::BraceRule::FreeTdsUnknown) // only values both FreeTDS readings agree on
        checkReadsBack(built, s, s.password, fuzz::BraceReading::FreeTds13);
    if (!s.dsn.empty())
        checkQodbcName(built, rule, reading);
    return 0;
}
