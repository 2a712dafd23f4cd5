#include "report/pgrowreader.h"

#include "config/tablename.h"
#include "sink/pgconnection.h"
#include "sink/pgconnectoptions.h"
#include "sink/sqldialect.h"

#include <memory>

namespace cdr {

namespace {

struct ResultClearer {
    void operator()(PGresult *result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ResultClearer>;

std::string serverMessage(PGconn *conn)
{
    std::string message = PQerrorMessage(conn);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    return message;
}

char unescaped(char c)
{
    switch (c) {
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return c;
    }
}

} // namespace

void splitCopyText(std::string_view line, std::vector<std::string> &fields)
{
    fields.assign(1, std::string());
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\t') {
            fields.emplace_back();
        } else if (c == '\\' && i + 1 < line.size()) {
            const char next = line[++i];
            if (next != 'N') // \N: NULL, read as an empty field
                fields.back() += unescaped(next);
        } else if (c != '\n') {
            fields.back() += c;
        }
    }
}

std::string readPostgresRows(const TargetSpec &target, const std::string &password, const std::string &table,
                             int connectTimeoutS, RowFeed &feed)
{
    std::string error;
    if (!isValidTableName(table, &error))
        return error;
    const std::string where = "PostgreSQL " + target.user + "@" + target.host + "/" + target.database;
    LibpqParameters parameters{{"host", target.host}, {"dbname", target.database}, {"user", target.user}};
    if (!password.empty())
        parameters.emplace_back("password", password);
    if (!target.port.empty())
        parameters.emplace_back("port", target.port);
    for (auto &parameter : withDefaultParameters(target.parameters, connectTimeoutS))
        parameters.push_back(std::move(parameter));
    const PgConnection conn = connectWithParameters(parameters);
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return "cannot connect to " + where + ": " + serverMessage(conn.get());

    const SqlDialect dialect(SqlDialect::Kind::PostgreSql);
    PgResult columns(PQexec(conn.get(), ("SELECT * FROM " + dialect.quoteTable(table) + " LIMIT 0").c_str()));
    if (PQresultStatus(columns.get()) != PGRES_TUPLES_OK)
        return where + ": cannot read table " + table + ": " + serverMessage(conn.get());
    std::vector<std::string> header;
    for (int i = 0; i < PQnfields(columns.get()); ++i)
        header.emplace_back(PQfname(columns.get(), i));
    if (!feed.start(header, &error))
        return where + " table " + table + ": " + error;
    const std::string select = feed.selectNeeded(dialect, table);
    if (select.empty())
        return where + ": table " + table + " has none of the CDR columns";
    // Timestamps as the CSV writes them whatever the column type (timestamptz read in UTC).
    PgResult session(PQexec(conn.get(), "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'"));
    PgResult copy(PQexec(conn.get(), ("COPY (" + select + ") TO STDOUT").c_str()));
    if (PQresultStatus(copy.get()) != PGRES_COPY_OUT)
        return where + ": cannot read table " + table + ": " + serverMessage(conn.get());

    std::vector<std::string> fields;
    bool cancelled = false, cancelSent = false;
    for (;;) {
        char *buffer = nullptr;
        const int length = PQgetCopyData(conn.get(), &buffer, 0);
        if (length < 0)
            break;
        if (!cancelled) {
            splitCopyText(std::string_view(buffer, static_cast<std::size_t>(length)), fields);
            cancelled = !feed.feed(fields);
        }
        PQfreemem(buffer);
        if (cancelled && !cancelSent) {
            // Tell the server to stop sending, then drain what is on the way.
            cancelSent = true;
            if (PGcancel *request = PQgetCancel(conn.get())) {
                char message[256];
                PQcancel(request, message, sizeof message);
                PQfreeCancel(request);
            }
        }
    }
    PgResult end(PQgetResult(conn.get()));
    if (cancelled)
        return RowFeed::kCancelled;
    if (PQresultStatus(end.get()) != PGRES_COMMAND_OK)
        return where + ": reading table " + table + ": " + serverMessage(conn.get());
    return {};
}

} // namespace cdr
