#include "sink/postgressink.h"

#include "model/schema.h"
#include "sink/batchtext.h"
#include "sink/connectionname.h"
#include "sink/sinkfailure.h"
#include "sink/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QByteArray>
#include <QVariant>

#include <libpq-fe.h>

namespace cdr {

namespace {

struct ResultDeleter {
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

} // namespace

struct PostgresSink::Impl {
    Target target;
    std::string table;
    BatchText text;
    int connectTimeoutS;
    SqlDialect dialect{SqlDialect::Kind::PostgreSql};
    QString connectionName;
    PGconn *conn = nullptr;
    std::string copySql;

    Impl(Target t, std::string tb, const Config &config)
        : target(std::move(t)), table(std::move(tb)), text(config), connectTimeoutS(config.database.connectTimeoutS)
    {
    }

    [[noreturn]] void fail(const std::string &what, const PGresult *result = nullptr) const
    {
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        const bool lost = !conn || PQstatus(conn) == CONNECTION_BAD;
        throw sinkfailure::make(state ? state : "", "PostgreSQL " + what, conn ? PQerrorMessage(conn) : "", lost,
                                target.password);
    }

    Result exec(const std::string &sql, const std::string &what) const
    {
        Result result(PQexec(conn, sql.c_str()));
        const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            fail(what, result.get());
        return result;
    }
};

PostgresSink::PostgresSink(Target target, std::string table, const Config &config)
    : m_impl(std::make_unique<Impl>(std::move(target), std::move(table), config))
{
}

PostgresSink::~PostgresSink()
{
    close();
}

void PostgresSink::open()
{
    Impl &d = *m_impl;
    d.connectionName = uniqueConnectionName("psql");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), d.connectionName);
    db.setHostName(QString::fromStdString(d.target.host));
    if (!d.target.port.empty()) {
        bool ok = false;
        const int port = QString::fromStdString(d.target.port).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            throw SinkError(SinkError::Kind::Configuration, "PostgreSQL port '" + d.target.port + "' is not a port number");
        db.setPort(port);
    }
    db.setDatabaseName(QString::fromStdString(d.target.database));
    db.setUserName(QString::fromStdString(d.target.user));
    db.setPassword(QString::fromStdString(d.target.password));
    db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=cdrgen").arg(d.connectTimeoutS));
    if (!db.open())
        throw sinkfailure::fromQSqlError(db.lastError(), "cannot connect to " + describe(), d.target.password);
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || !handle.constData() || !QByteArray(handle.typeName()).toLower().replace("_", "").contains("pgconn"))
        throw SinkError(SinkError::Kind::Fatal, "the QPSQL driver gives no PGconn handle");
    d.conn = *static_cast<PGconn *const *>(handle.constData());
    d.exec("SET client_min_messages = warning", "setting up the session");
    std::string columns;
    for (const Column &column : kCdrColumns)
        columns += (columns.empty() ? "" : ", ") + d.dialect.quoteIdentifier(column.name);
    d.copySql = "COPY " + d.dialect.quoteTable(d.table) + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
}

void PostgresSink::prepare(IfExists ifExists)
{
    Impl &d = *m_impl;
    const std::string quoted = d.dialect.quoteTable(d.table);
    Result exists = d.exec("SELECT to_regclass('" + quoted + "') IS NOT NULL", "looking for table " + d.table);
    const bool tableExists = std::string(PQgetvalue(exists.get(), 0, 0)) == "t";
    bool hasRows = false;
    if (tableExists)
        hasRows = PQntuples(d.exec(d.dialect.hasRows(d.table), "reading table " + d.table).get()) > 0;
    if (hasRows && ifExists == IfExists::Fail)
        throw SinkError(SinkError::Kind::Configuration, "table " + d.table + " already holds rows (--if-exists fail)");
    if (tableExists && ifExists == IfExists::Replace)
        d.exec(d.dialect.dropTable(d.table), "dropping table " + d.table);
    d.exec(d.dialect.createTable(d.table), "creating table " + d.table);
    for (const std::string &sql : d.dialect.createIndexes(d.table))
        d.exec(sql, "creating an index on " + d.table);
}

std::int64_t PostgresSink::maxIdIn(std::int64_t first, std::int64_t last)
{
    Result result = m_impl->exec(m_impl->dialect.maxId(m_impl->table, first, last), "reading MAX(id)");
    return PQgetisnull(result.get(), 0, 0) ? 0 : std::stoll(PQgetvalue(result.get(), 0, 0));
}

void PostgresSink::writeBatch(std::span<const CdrRecord> records)
{
    Impl &d = *m_impl;
    if (records.empty())
        return;
    const std::string &csv = d.text.formatCsv(records);
    Result start(PQexec(d.conn, d.copySql.c_str()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN)
        d.fail("starting COPY into " + d.table, start.get());
    // A single COPY statement is atomic: on any error below none of the batch is stored.
    constexpr std::size_t kChunk = 1 << 20;
    bool sent = true;
    for (std::size_t at = 0; at < csv.size() && sent; at += kChunk)
        sent = PQputCopyData(d.conn, csv.data() + at, int(std::min(kChunk, csv.size() - at))) == 1;
    if (!sent) {
        PQputCopyEnd(d.conn, "aborted");
        while (Result(PQgetResult(d.conn))) {
        }
        d.fail("sending rows to " + d.table);
    }
    if (PQputCopyEnd(d.conn, nullptr) != 1)
        d.fail("finishing COPY into " + d.table);
    Result end(PQgetResult(d.conn));
    const bool ok = end && PQresultStatus(end.get()) == PGRES_COMMAND_OK;
    std::string state;
    if (!ok && end) {
        const char *s = PQresultErrorField(end.get(), PG_DIAG_SQLSTATE);
        state = s ? s : "";
    }
    const std::string message = ok ? std::string() : std::string(d.conn ? PQerrorMessage(d.conn) : "");
    while (Result(PQgetResult(d.conn))) {
    }
    if (!ok)
        throw sinkfailure::make(state, "PostgreSQL COPY into " + d.table, message,
                                PQstatus(d.conn) == CONNECTION_BAD, d.target.password);
}

void PostgresSink::finish()
{
}

void PostgresSink::close()
{
    Impl &d = *m_impl;
    d.conn = nullptr;
    if (!d.connectionName.isEmpty()) {
        QSqlDatabase::database(d.connectionName, false).close();
        QSqlDatabase::removeDatabase(d.connectionName);
        d.connectionName.clear();
    }
}

std::string PostgresSink::describe() const
{
    const Target &t = m_impl->target;
    return "PostgreSQL " + t.user + "@" + t.host + ":" + (t.port.empty() ? "5432" : t.port) + "/" + t.database +
           " table " + m_impl->table;
}

} // namespace cdr
