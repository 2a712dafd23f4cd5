#include "sink/postgressink.h"

#include "model/schema.h"
#include "sink/batchtext.h"
#include "sink/connectionname.h"
#include "sink/ddlrace.h"
#include "sink/idrangelock.h"
#include "sink/pgbinarycopy.h"
#include "sink/pgconcurrentddl.h"
#include "sink/sinkfailure.h"
#include "sink/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QByteArray>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <libpq-fe.h>

#include <algorithm>

namespace cdr {

namespace {

struct ResultDeleter {
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// Rows encoded and handed to libpq at a time: the server stores one slice while the next is encoded.
constexpr std::size_t kRowsPerSlice = 2000;

// A libpq conninfo value: single-quoted, backslash and quote escaped (QPSQL quotes its own values the same way).
std::string conninfoValue(const std::string &value)
{
    std::string quoted = "'";
    for (char c : value) {
        if (c == '\\' || c == '\'')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

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
    std::string buffer;
    bool indexesDeferred = false;
    bool idsLocked = false; // this session holds the lock on the run's ids (idrangelock.h)

    Impl(Target t, std::string tb, const Config &config)
        : target(std::move(t)), table(std::move(tb)), text(config), connectTimeoutS(config.database.connectTimeoutS)
    {
    }

    sinkfailure::Diagnosis diagnosis(const PGresult *result) const
    {
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        sinkfailure::Diagnosis d;
        if (state)
            d.records.push_back({state, 0});
        d.message = conn ? PQerrorMessage(conn) : "";
        d.connectionDead = !conn || PQstatus(conn) == CONNECTION_BAD;
        return d;
    }

    [[noreturn]] void fail(const std::string &what, const PGresult *result = nullptr) const
    {
        throw sinkfailure::make(diagnosis(result), "PostgreSQL " + what, target.password);
    }

    // Never null: libpq's out-of-memory null result becomes an empty error result.
    Result tryExec(const std::string &sql) const
    {
        Result result(PQexec(conn, sql.c_str()));
        return result ? std::move(result) : Result(PQmakeEmptyPGresult(conn, PGRES_FATAL_ERROR));
    }

    static bool succeeded(const Result &result)
    {
        const ExecStatusType status = PQresultStatus(result.get());
        return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    }

    Result exec(const std::string &sql, const std::string &what) const
    {
        Result result = tryExec(sql);
        if (!succeeded(result))
            fail(what, result.get());
        return result;
    }

    // Idempotent DDL that another shard may be running at the same moment: a lost race is run again.
    void execDdl(const std::string &sql, const std::string &what) const
    {
        for (int attempt = 1;; ++attempt) {
            Result result = tryExec(sql);
            if (succeeded(result))
                return;
            if (attempt >= kDdlRaceAttempts || !lostConcurrentDdlRace(diagnosis(result.get())))
                fail(what, result.get());
            spdlog::debug("{} raced with another session; running it again", what);
        }
    }

    void createIndexes()
    {
        for (const std::string &sql : dialect.createIndexes(table))
            execDdl(sql, "creating an index on " + table);
        indexesDeferred = false;
    }

    // The URL's libpq parameters, then our defaults for the ones it does not set.
    std::vector<std::pair<std::string, std::string>> connectionParameters() const
    {
        std::vector<std::pair<std::string, std::string>> options = target.parameters;
        const auto has = [&](const std::string &key) {
            return std::any_of(options.begin(), options.end(), [&](const auto &option) { return option.first == key; });
        };
        if (!has("connect_timeout"))
            options.emplace_back("connect_timeout", std::to_string(connectTimeoutS));
        if (!has("application_name"))
            options.emplace_back("application_name", "cdrgen");
        return options;
    }

    // QPSQL's connect options: the parameters above as "key='value';..." (QPSQL sets host, port, user, ...).
    QString connectOptions() const
    {
        std::string joined;
        for (const auto &[key, value] : connectionParameters())
            joined += (joined.empty() ? "" : ";") + key + "=" + conninfoValue(value);
        return QString::fromStdString(joined);
    }

    // The deferred indexes, built at the same time on one extra connection each; any that could not be built so
    // is built (or its error reported) by createIndexes() on the sink's own connection.
    void buildDeferredIndexes()
    {
        std::vector<std::pair<std::string, std::string>> parameters{{"host", target.host}, {"dbname", target.database},
                                                                    {"user", target.user}, {"password", target.password}};
        if (!target.port.empty())
            parameters.emplace_back("port", target.port);
        for (const auto &parameter : connectionParameters())
            parameters.push_back(parameter);
        runConcurrently(dialect.createIndexes(table), parameters);
        createIndexes();
    }

    // Sends the buffer as COPY data; false when libpq could not.
    bool sendBuffer()
    {
        const bool sent = buffer.empty() || PQputCopyData(conn, buffer.data(), int(buffer.size())) == 1;
        buffer.clear();
        return sent;
    }

    bool sendRows(std::span<const CdrRecord> records)
    {
        pgbinarycopy::appendHeader(buffer);
        for (std::size_t at = 0; at < records.size(); at += kRowsPerSlice) {
            text.formatFields(records.subspan(at, std::min(kRowsPerSlice, records.size() - at)));
            pgbinarycopy::Row row;
            for (std::size_t r = 0; r < text.rows(); ++r) {
                for (std::size_t column = 0; column < kCdrColumnCount; ++column)
                    row[column] = text.field(r, column);
                pgbinarycopy::appendRow(buffer, row);
            }
            if (at + kRowsPerSlice >= records.size())
                pgbinarycopy::appendTrailer(buffer);
            if (!sendBuffer())
                return false;
        }
        return true;
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
    db.setConnectOptions(d.connectOptions());
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
    d.copySql = "COPY " + d.dialect.quoteTable(d.table) + " (" + columns + ") FROM STDIN WITH (FORMAT binary)";
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
    if (tableExists && ifExists == IfExists::Replace) {
        d.exec(d.dialect.dropTable(d.table), "dropping table " + d.table);
        hasRows = false;
    }
    d.execDdl(d.dialect.createTable(d.table), "creating table " + d.table);
    if (hasRows) {
        d.createIndexes(); // also repairs a run killed before it could build them
        return;
    }
    // Empty table: load first, index after (finish(), or close() for a cancelled or failed run).
    for (const std::string &sql : d.dialect.dropIndexes(d.table))
        d.execDdl(sql, "deferring an index of " + d.table);
    d.indexesDeferred = true;
}

std::int64_t PostgresSink::maxIdIn(std::int64_t first, std::int64_t last)
{
    Impl &d = *m_impl;
    if (!d.idsLocked) {
        const std::string lock = d.dialect.tryLockIds(d.table, first, last);
        waitForIdRangeLock([&] { return std::string(PQgetvalue(d.exec(lock, "locking the run's ids").get(), 0, 0)) == "1"; },
                           d.table, first, last);
        d.idsLocked = true;
    }
    Result result = d.exec(d.dialect.maxId(d.table, first, last), "reading MAX(id)");
    return PQgetisnull(result.get(), 0, 0) ? 0 : std::stoll(PQgetvalue(result.get(), 0, 0));
}

void PostgresSink::writeBatch(std::span<const CdrRecord> records)
{
    Impl &d = *m_impl;
    if (records.empty())
        return;
    Result start(PQexec(d.conn, d.copySql.c_str()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN)
        d.fail("starting COPY into " + d.table, start.get());
    // A single COPY statement is atomic: on any error below none of the batch is stored.
    bool sent = false;
    try {
        sent = d.sendRows(records);
    } catch (...) {
        d.buffer.clear();
        PQputCopyEnd(d.conn, "aborted");
        while (Result(PQgetResult(d.conn))) {
        }
        throw;
    }
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
    const sinkfailure::Diagnosis failure = ok ? sinkfailure::Diagnosis() : d.diagnosis(end.get());
    while (Result(PQgetResult(d.conn))) {
    }
    if (!ok)
        throw sinkfailure::make(failure, "PostgreSQL COPY into " + d.table, d.target.password);
}

void PostgresSink::finish()
{
    Impl &d = *m_impl;
    if (d.indexesDeferred) {
        spdlog::info("Building the indexes of {}", d.table);
        d.buildDeferredIndexes();
    }
}

void PostgresSink::close()
{
    Impl &d = *m_impl;
    // A cancelled or failed run still leaves an indexed, resumable table. On a dead connection this fails at once
    // and the indexes stay deferred: the next run's prepare() builds them.
    if (d.conn && d.indexesDeferred && PQstatus(d.conn) == CONNECTION_OK) {
        try {
            d.buildDeferredIndexes();
        } catch (const SinkError &error) {
            spdlog::warn("Could not build the indexes of {} now (they will be built later): {}", d.table, error.what());
        }
    }
    closeForReconnect();
}

void PostgresSink::closeForReconnect()
{
    Impl &d = *m_impl;
    d.conn = nullptr;
    d.idsLocked = false; // the server frees a session's locks when it ends
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
