#include "report/cdrrowsource.h"

#include "logging/logsetup.h"
#include "report/csvrowreader.h"
#include "report/pgrowreader.h"
#include "report/sqlrowreader.h"

#include <QString>

namespace cdr {

namespace {

// The password makeSink() would use for the same target: the URL's, else DB_PASSWORD, else PGPASSWORD.
std::string postgresPassword(const RowSourceSpec &spec)
{
    std::string password = spec.target.password;
    if (password.empty())
        password = spec.connection.password;
    if (password.empty())
        password = qEnvironmentVariable("PGPASSWORD").toStdString();
    registerSecret(password);
    return password;
}

} // namespace

std::optional<RowSourceSpec> RowSourceSpec::parse(const std::string &source, std::string *error)
{
    std::string problem;
    auto target = TargetSpec::parse(source, &problem);
    if (!target) {
        *error = "cannot profile: " + problem;
        return std::nullopt;
    }
    if (target->kind == TargetSpec::Kind::Csv && target->path == "-") {
        *error = "cannot profile csv:- (standard input): give a file path";
        return std::nullopt;
    }
    if (target->kind == TargetSpec::Kind::Tsql || target->kind == TargetSpec::Kind::Bcp) {
        *error = "cannot profile " + source + ": SQL Server files are not read back; profile the table they load, "
                 "or a csv: file written with the same config and seed";
        return std::nullopt;
    }
    RowSourceSpec spec;
    spec.target = std::move(*target);
    return spec;
}

bool canReadBack(const TargetSpec &target)
{
    if (target.split != SplitPeriod::None)
        return false;
    switch (target.kind) {
    case TargetSpec::Kind::Csv: return target.path != "-";
    case TargetSpec::Kind::Sqlite:
    case TargetSpec::Kind::Odbc:
    case TargetSpec::Kind::Postgres: return true;
    case TargetSpec::Kind::Tsql:
    case TargetSpec::Kind::Bcp: break;
    }
    return false;
}

std::string RowSourceSpec::describe() const
{
    switch (target.kind) {
    case TargetSpec::Kind::Csv: return "csv:" + target.path;
    case TargetSpec::Kind::Sqlite: return "sqlite:" + target.path + " table " + table;
    case TargetSpec::Kind::Postgres:
        return "postgresql://" + target.user + "@" + target.host + (target.port.empty() ? "" : ":" + target.port) + "/"
            + target.database + " table " + table;
    case TargetSpec::Kind::Odbc:
        return "odbc " + (connection.dsn.empty() ? connection.driver : "DSN " + connection.dsn) + " table " + table;
    case TargetSpec::Kind::Tsql: return "tsql:" + target.path;
    case TargetSpec::Kind::Bcp: return "bcp:" + target.path;
    }
    return {};
}

void CdrRowSource::splitCsv(const std::string &line, std::vector<std::string> &fields)
{
    fields.assign(1, std::string());
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                fields.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                fields.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
}

std::string CdrRowSource::read(const RowSourceSpec &source, const std::vector<std::string> &columns,
                               const Visitor &visit)
{
    RowFeed feed(source, columns, visit);
    switch (source.target.kind) {
    case TargetSpec::Kind::Csv: return readCsvRows(source.target.path, feed);
    case TargetSpec::Kind::Sqlite: return readSqliteRows(source.target.path, source.table, feed);
    case TargetSpec::Kind::Postgres:
        return readPostgresRows(source.target, postgresPassword(source), source.table, source.connectTimeoutS, feed);
    case TargetSpec::Kind::Odbc: return readOdbcRows(source.connection, source.table, source.connectTimeoutS, feed);
    case TargetSpec::Kind::Tsql:
    case TargetSpec::Kind::Bcp: break; // refused by RowSourceSpec::parse
    }
    return "cannot read " + source.describe() + ": SQL Server files are not read back";
}

} // namespace cdr
