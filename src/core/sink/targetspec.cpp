#include "sink/targetspec.h"

#include "config/tablename.h"
#include "delivery/bcpsink.h"
#include "delivery/tsqlsink.h"
#include "logging/credentialmask.h"
#include "logging/logsetup.h"
#include "sink/csvsink.h"
#include "sink/odbcsink.h"
#include "sink/postgressink.h"
#include "sink/sinkerror.h"
#include "sink/sqlitesink.h"
#include "split/splitsinkfactory.h"

#include <QString>

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <memory>

namespace cdr {

namespace {

const char *const kUsage =
    "expected sqlite:PATH, csv:PATH, csv:-, tsql:FILE.sql, bcp:DIR, odbc or "
    "postgresql://USER@HOST[:PORT]/DBNAME[?KEY=VALUE&...]";

// tsql:FILE and bcp:DIR: files for SQL Server, written whole (never to standard output).
std::optional<TargetSpec> parseDelivery(const std::string &text, std::string *error)
{
    const bool tsql = text.starts_with("tsql:");
    TargetSpec spec;
    spec.kind = tsql ? TargetSpec::Kind::Tsql : TargetSpec::Kind::Bcp;
    spec.path = text.substr(tsql ? 5 : 4);
    std::string problem;
    if (spec.path.empty())
        problem = tsql ? "tsql: needs a file path, e.g. tsql:cdr.sql or tsql:cdr.sql.gz"
                       : "bcp: needs a folder, e.g. bcp:cdr-bcp";
    else if (spec.path == "-")
        problem = tsql ? "tsql: cannot write to standard output; give a file path"
                       : "bcp: writes several files; give a folder, not -";
    else if (tsql && spec.path.ends_with('/'))
        problem = "tsql: needs a file path, not a folder: " + spec.path;
    if (problem.empty())
        return spec;
    if (error)
        *error = problem;
    return std::nullopt;
}

bool percentDecode(const std::string &in, std::string *out)
{
    out->clear();
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            *out += in[i];
            continue;
        }
        int value = 0;
        // from_chars alone would also take a sign, as in "%-1"
        if (i + 2 >= in.size() || !std::isxdigit(static_cast<unsigned char>(in[i + 1])) ||
            !std::isxdigit(static_cast<unsigned char>(in[i + 2])))
            return false;
        const auto result = std::from_chars(in.data() + i + 1, in.data() + i + 3, value, 16);
        if (result.ptr != in.data() + i + 3)
            return false;
        *out += char(value);
        i += 2;
    }
    return true;
}

// Checks one "?key=value" of a PostgreSQL URL against libpq's own list of connection keywords. Values are never
// echoed (sslpassword is a secret too).
bool checkParameter(const std::string &key, const std::string &value, std::string *problem)
{
    if (key == "password") {
        *problem = "parameter 'password' is not accepted: set DB_PASSWORD (in .env), PGPASSWORD or a ~/.pgpass line";
        return false;
    }
    for (const char *inUrl : {"host", "port", "user", "dbname"}) {
        if (key == inUrl) {
            *problem = "parameter '" + key + "' is given by the URL itself (postgresql://USER@HOST[:PORT]/DBNAME)";
            return false;
        }
    }
    // QPSQL joins its connect options with ';' and turns every ';' into a space.
    if (value.find(';') != std::string::npos) {
        *problem = "the value of parameter '" + key + "' contains ';', which the PostgreSQL driver cannot pass on";
        return false;
    }
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconndefaults(), &PQconninfoFree);
    for (const PQconninfoOption *option = options.get(); option && option->keyword; ++option) {
        if (key == option->keyword)
            return true;
    }
    *problem = "unknown parameter '" + key + "' (libpq's connection parameters are accepted, e.g. sslmode, " +
               "sslrootcert, sslcert, sslkey, connect_timeout, application_name)";
    return false;
}

bool parseQuery(const std::string &query, std::vector<std::pair<std::string, std::string>> *parameters,
                std::string *problem)
{
    std::size_t at = 0;
    while (at <= query.size()) {
        const std::size_t end = std::min(query.find('&', at), query.size());
        const std::string item = query.substr(at, end - at);
        at = end + 1;
        if (item.empty())
            continue;
        const auto equals = item.find('=');
        std::string key, value;
        if (equals == std::string::npos || !percentDecode(item.substr(0, equals), &key) || key.empty()) {
            *problem = "query parameters must be KEY=VALUE pairs joined by '&'";
            return false;
        }
        if (!percentDecode(item.substr(equals + 1), &value)) {
            *problem = "bad percent-encoding in the value of parameter '" + key + "'";
            return false;
        }
        if (!checkParameter(key, value, problem))
            return false;
        parameters->emplace_back(key, value);
    }
    return true;
}

// The URL is never echoed in errors: it may hold a password.
std::optional<TargetSpec> parsePostgres(const std::string &rest, std::string *error)
{
    auto failWith = [error](const std::string &message) -> std::optional<TargetSpec> {
        if (error)
            *error = "invalid PostgreSQL URL: " + message +
                     " (expected postgresql://USER@HOST[:PORT]/DBNAME[?KEY=VALUE&...])";
        return std::nullopt;
    };
    const auto slash = rest.find('/');
    if (slash == std::string::npos)
        return failWith("the database name is missing");
    const std::string authority = rest.substr(0, slash);
    std::string path = rest.substr(slash + 1);
    if (path.find('#') != std::string::npos)
        return failWith("a #fragment is not allowed");
    std::string query;
    if (const auto question = path.find('?'); question != std::string::npos) {
        query = path.substr(question + 1);
        path.resize(question);
    }
    const auto at = authority.rfind('@');
    if (at == std::string::npos)
        return failWith("the user name is missing (USER@HOST)");
    const std::string userInfo = authority.substr(0, at);
    std::string hostPort = authority.substr(at + 1);

    TargetSpec spec;
    spec.kind = TargetSpec::Kind::Postgres;
    const auto colon = userInfo.find(':');
    if (!percentDecode(userInfo.substr(0, colon), &spec.user))
        return failWith("bad percent-encoding in the user name");
    if (colon != std::string::npos && !percentDecode(userInfo.substr(colon + 1), &spec.password))
        return failWith("bad percent-encoding in the password");
    if (spec.user.empty())
        return failWith("the user name is empty");

    std::string portText;
    if (!hostPort.empty() && hostPort.front() == '[') { // [IPv6]:port
        const auto close = hostPort.find(']');
        if (close == std::string::npos)
            return failWith("unterminated [IPv6] host");
        spec.host = hostPort.substr(1, close - 1);
        if (close + 1 < hostPort.size()) {
            if (hostPort[close + 1] != ':')
                return failWith("unexpected text after the host");
            portText = hostPort.substr(close + 2);
        }
    } else {
        const auto portColon = hostPort.rfind(':');
        if (portColon != std::string::npos) {
            portText = hostPort.substr(portColon + 1);
            hostPort.resize(portColon);
        }
        if (!percentDecode(hostPort, &spec.host))
            return failWith("bad percent-encoding in the host");
    }
    if (spec.host.empty())
        return failWith("the host is missing");
    if (!portText.empty() || authority.back() == ':') {
        int port = 0;
        const auto result = std::from_chars(portText.data(), portText.data() + portText.size(), port);
        if (portText.empty() || result.ptr != portText.data() + portText.size() || port < 1 || port > 65535)
            return failWith("the port must be a number from 1 to 65535");
        spec.port = std::to_string(port);
    }
    if (!percentDecode(path, &spec.database))
        return failWith("bad percent-encoding in the database name");
    if (spec.database.empty())
        return failWith("the database name is missing");
    std::string problem;
    if (!parseQuery(query, &spec.parameters, &problem))
        return failWith(problem);
    return spec;
}

} // namespace

std::optional<TargetSpec> TargetSpec::parse(const std::string &text, std::string *error)
{
    auto failWith = [error](const std::string &message) -> std::optional<TargetSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    TargetSpec spec;
    if (text == "odbc") {
        spec.kind = Kind::Odbc;
        return spec;
    }
    for (const char *scheme : {"postgresql://", "postgres://"}) {
        if (text.starts_with(scheme))
            return parsePostgres(text.substr(std::string_view(scheme).size()), error);
    }
    if (text.starts_with("tsql:") || text.starts_with("bcp:"))
        return parseDelivery(text, error);
    if (text.starts_with("sqlite:") || text.starts_with("csv:")) {
        const bool csv = text.starts_with("csv:");
        spec.kind = csv ? Kind::Csv : Kind::Sqlite;
        spec.path = text.substr(csv ? 4 : 7);
        if (spec.path.empty())
            return failWith(std::string(csv ? "csv:" : "sqlite:") + " needs a file path, e.g. " +
                            (csv ? "csv:cdr.csv or csv:- for standard output" : "sqlite:cdr.sqlite"));
        if (!csv && spec.path == "-")
            return failWith("sqlite: cannot write to standard output; give a file path");
        return spec;
    }
    if (text.empty())
        return failWith(std::string("empty output; ") + kUsage);
    if (text.find("://") != std::string::npos)
        return failWith(std::string("unsupported output URL scheme; ") + kUsage);
    // A mistyped URL ("postgresql:/bob:pw@host/db") lands here: never echo its password.
    return failWith("unknown output '" + maskCredentialContexts(maskUrlPassword(text)) + "'; " + kUsage);
}

TargetSpec TargetSpec::defaultFor(const ConnectionSettings &connection)
{
    TargetSpec spec;
    if (connection.hasOdbc()) {
        spec.kind = Kind::Odbc;
    } else {
        spec.kind = Kind::Sqlite;
        spec.path = "cdr.sqlite";
    }
    return spec;
}

std::unique_ptr<RecordSink> makeSink(const TargetSpec &target, const ConnectionSettings &connection,
                                     const std::string &table, const Config &config, const LoadSql &loadSql)
{
    if (target.split != SplitPeriod::None)
        return makeSplitSink(target, table, config);
    std::string error;
    if (target.kind != TargetSpec::Kind::Csv && !isValidTableName(table, &error))
        throw SinkError(SinkError::Kind::Configuration, error);
    switch (target.kind) {
    case TargetSpec::Kind::Csv:
        return std::make_unique<CsvSink>(target.path, config);
    case TargetSpec::Kind::Sqlite:
        return std::make_unique<SqliteSink>(target.path, table, config);
    case TargetSpec::Kind::Tsql:
        return std::make_unique<TsqlSink>(target.path, table, config, loadSql.beforeLoadSql, loadSql.afterLoadSql);
    case TargetSpec::Kind::Bcp:
        return std::make_unique<BcpSink>(target.path, table, config);
    case TargetSpec::Kind::Odbc:
        if (!connection.hasOdbc())
            throw SinkError(SinkError::Kind::Configuration,
                            "-o odbc needs DB_DRIVER (e.g. \"PostgreSQL Unicode\") or DB_DSN in the environment or .env");
        return std::make_unique<OdbcSink>(connection, table, config);
    case TargetSpec::Kind::Postgres: {
        PostgresSink::Target pg{target.host, target.port, target.user, target.password, target.database,
                                target.parameters};
        if (pg.password.empty())
            pg.password = connection.password;
        if (pg.password.empty())
            pg.password = qEnvironmentVariable("PGPASSWORD").toStdString();
        // Still empty: libpq looks in its password file (PGPASSFILE, else ~/.pgpass) for every session.
        registerSecret(pg.password);
        return std::make_unique<PostgresSink>(std::move(pg), table, config);
    }
    }
    throw SinkError(SinkError::Kind::Configuration, "unknown target kind");
}

} // namespace cdr
