#include "sink/postgressink.h"

#include "logging/logsetup.h"
#include "model/schema.h"
#include "sink/connectionname.h"
#include "sink/ddlrace.h"
#include "sink/defectkeytable.h"
#include "sink/existingtable.h"
#include "sink/idrangelock.h"
#include "sink/pgbinarycopy.h"
#include "sink/pgconcurrentddl.h"
#include "sink/pgconnectoptions.h"
#include "sink/pgconnection.h"
#include "sink/pgcopyencoder.h"
#include "sink/pgdefectkey.h"
#include "sink/pgtableshape.h"
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
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cdr {

namespace {

struct ResultDeleter {
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// COPY data handed to libpq per message: the server stores one while the next is sent, and libpq's buffer stays
// this small whatever the batch size.
constexpr std::size_t kBytesPerMessage = 512 * 1024;

} // namespace

struct PostgresSink::Impl {
    Target target;
    std::string table;
    std::string keyTable; // the answer key of defects, <table>_defects
    std::shared_ptr<const Config> config; // for the COPY encoders
    int connectTimeoutS;
    SqlDialect dialect{SqlDialect::Kind::PostgreSql};
    QString connectionName;
    PGconn *conn = nullptr;
    std::string copySql;
    // The table's columns have a binary form for every CDR column: binary COPY (else text COPY, CSV).
    std::optional<pgbinarycopy::Encoding> encoding = pgbinarycopy::ownTableEncoding();
    std::unique_ptr<BatchEncoder> ownEncoder; // for batches that arrive as records only (retries)
    EncodedBatch ownEncoded;
    bool indexesDeferred = false;
    bool idsLocked = false; // the sessions hold the locks on the run's ids (idrangelock.h)
    bool pipelining = false;
    PgConnection partner;       // a pipelining sink's second session: batches alternate between the two
    PGconn *inFlight = nullptr; // the session whose batch is sent but not committed yet
    std::vector<DefectKeyRow> keyRows; // of the batch being written
    std::string keyData;

    Impl(Target t, std::string tb, const Config &config)
        : target(std::move(t)), table(std::move(tb)), keyTable(defectkeytable::name(table)),
          config(std::make_shared<const Config>(config)), connectTimeoutS(config.database.connectTimeoutS)
    {
    }

    static sinkfailure::Diagnosis diagnosis(PGconn *session, const PGresult *result)
    {
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        sinkfailure::Diagnosis d;
        if (state)
            d.records.push_back({state, 0});
        d.message = session ? PQerrorMessage(session) : "";
        d.connectionDead = !session || PQstatus(session) == CONNECTION_BAD;
        return d;
    }
    sinkfailure::Diagnosis diagnosis(const PGresult *result) const { return diagnosis(conn, result); }

    [[noreturn]] void fail(PGconn *session, const std::string &what, const PGresult *result = nullptr) const
    {
        throw sinkfailure::make(diagnosis(session, result), "PostgreSQL " + what, target.password);
    }
    [[noreturn]] void fail(const std::string &what, const PGresult *result = nullptr) const { fail(conn, what, result); }

    // Never null: libpq's out-of-memory null result becomes an empty error result.
    static Result tryExec(PGconn *session, const std::string &sql)
    {
        Result result(PQexec(session, sql.c_str()));
        return result ? std::move(result) : Result(PQmakeEmptyPGresult(session, PGRES_FATAL_ERROR));
    }
    Result tryExec(const std::string &sql) const { return tryExec(conn, sql); }

    static bool succeeded(const Result &result)
    {
        const ExecStatusType status = PQresultStatus(result.get());
        return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    }

    Result exec(PGconn *session, const std::string &sql, const std::string &what) const
    {
        Result result = tryExec(session, sql);
        if (!succeeded(result))
            fail(session, what, result.get());
        return result;
    }
    Result exec(const std::string &sql, const std::string &what) const { return exec(conn, sql, what); }

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

    LibpqParameters connectionParameters() const { return withDefaultParameters(target.parameters, connectTimeoutS); }

    // The deferred indexes, built at the same time on one extra connection each; any that could not be built so
    // is built (or its error reported) by createIndexes() on the sink's own connection.
    void buildDeferredIndexes()
    {
        runConcurrently(dialect.createIndexes(table), libpqParameters());
        createIndexes();
    }

    // Everything a new libpq session of this sink needs (the QPSQL session gets the same from QSqlDatabase).
    LibpqParameters libpqParameters() const
    {
        LibpqParameters parameters{{"host", target.host}, {"dbname", target.database}, {"user", target.user}};
        // An empty password is left out, not passed: libpq then reads its password file (~/.pgpass, PGPASSFILE).
        if (!target.password.empty())
            parameters.emplace_back("password", target.password);
        if (!target.port.empty())
            parameters.emplace_back("port", target.port);
        for (const auto &parameter : connectionParameters())
            parameters.push_back(parameter);
        return parameters;
    }

    void openPartner()
    {
        partner = connectWithParameters(libpqParameters());
        if (PQstatus(partner.get()) != CONNECTION_OK) {
            const sinkfailure::Diagnosis failure = diagnosis(partner.get(), nullptr);
            partner.reset();
            throw sinkfailure::make(failure, "PostgreSQL: cannot open a second session to " + target.host,
                                    target.password);
        }
        setUpSession(partner.get(), "setting up the second session");
    }

    // Takes this run's id-range lock on `session` (idrangelock.h); `holder` tells the sessions' locks apart.
    void lockIds(PGconn *session, std::int64_t first, std::int64_t last, std::string_view holder) const
    {
        const std::string lock = dialect.tryLockIds(table, first, last, holder);
        waitForIdRangeLock(
            [&] { return std::string(PQgetvalue(exec(session, lock, "locking the run's ids").get(), 0, 0)) == "1"; },
            table, first, last);
    }

    static void discardResults(PGconn *session)
    {
        while (Result(PQgetResult(session))) {
        }
    }

    BatchEncoderFactory encoders() const
    {
        return [config = config, binary = encoding] { return std::make_unique<PgCopyEncoder>(config, binary); };
    }

    // Starts COPY on `session` and sends the batch's COPY data (PgCopyEncoder); on failure nothing of the batch
    // is stored and it throws.
    void sendCopy(PGconn *session, std::string_view data) { sendCopy(session, copySql, data, table); }
    void sendCopy(PGconn *session, const std::string &copy, std::string_view data, const std::string &into)
    {
        Result start(PQexec(session, copy.c_str()));
        if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN)
            fail(session, "starting COPY into " + into, start.get());
        for (std::size_t at = 0; at < data.size(); at += kBytesPerMessage) {
            const std::string_view message = data.substr(at, kBytesPerMessage);
            if (PQputCopyData(session, message.data(), int(message.size())) != 1) {
                // A COPY statement is atomic: none of the batch is stored.
                PQputCopyEnd(session, "aborted");
                discardResults(session);
                fail(session, "sending rows to " + into);
            }
        }
        if (PQputCopyEnd(session, nullptr) != 1)
            fail(session, "finishing COPY into " + into);
    }

    // Waits for the COPY that sendCopy() ended on `session`; throws if the server refused the rows.
    void awaitCopy(PGconn *session) const { awaitCopy(session, table); }
    void awaitCopy(PGconn *session, const std::string &into) const
    {
        Result end(PQgetResult(session));
        const bool ok = end && PQresultStatus(end.get()) == PGRES_COMMAND_OK;
        const sinkfailure::Diagnosis failure = ok ? sinkfailure::Diagnosis() : diagnosis(session, end.get());
        discardResults(session);
        if (!ok)
            throw sinkfailure::make(failure, "PostgreSQL COPY into " + into, target.password);
    }

    // Stores the answer key rows of the records' ids on `session`, in its open transaction. Waits for them: they
    // are few (one per damaged cell), and the other session is storing the batch before meanwhile.
    void copyDefectKey(PGconn *session, const DefectKeySource &source, std::span<const CdrRecord> records)
    {
        keyRows.clear();
        source(records.front().id, records.back().id, keyRows);
        if (keyRows.empty())
            return;
        pgdefectkey::encode(keyRows, keyData);
        sendCopy(session, pgdefectkey::copyStatement(dialect, keyTable), keyData, keyTable);
        awaitCopy(session, keyTable);
    }

    // Starts a transaction on `session` holding the table's insert lock, if it can be had at once; false (and no
    // transaction) when another session holds or waits for a conflicting lock.
    bool beginWithoutWaiting(PGconn *session) const
    {
        Result result = tryExec(session, "BEGIN; LOCK TABLE " + dialect.quoteTable(table) + " IN ROW EXCLUSIVE MODE NOWAIT");
        if (succeeded(result))
            return true;
        const char *state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
        const sinkfailure::Diagnosis failure = diagnosis(session, result.get());
        tryExec(session, "ROLLBACK");
        if (state && std::string(state) == "55P03") // lock_not_available
            return false;
        throw sinkfailure::make(failure, "PostgreSQL starting a transaction on " + table, target.password);
    }

    // Commits the batch in flight (pipelining): its COPY first, then its transaction.
    void commitInFlight()
    {
        if (!inFlight)
            return;
        PGconn *session = std::exchange(inFlight, nullptr);
        try {
            awaitCopy(session);
            exec(session, "COMMIT", "committing a batch into " + table);
        } catch (const SinkError &) {
            tryExec(session, "ROLLBACK");
            throw;
        }
    }

    // Rolls back the batch in flight, if any, and ends the second session.
    void abandonInFlight()
    {
        if (inFlight == conn && PQstatus(conn) == CONNECTION_OK) {
            discardResults(conn);
            tryExec(conn, "ROLLBACK");
        }
        inFlight = nullptr;
        partner.reset();
    }

    void usePlan(const ColumnPlan &plan)
    {
        encoding = pgbinarycopy::encodingFor(plan);
        copySql = pgCopyStatement(dialect, table, encoding.has_value());
        ownEncoder.reset();
        if (!encoding)
            spdlog::info("Table {} has a column type without a binary form here (e.g. numeric): loading it with "
                         "text COPY", table);
    }

    // The session's setting for text COPY and ODBC-style text into a timestamptz column: the generated wall-clock
    // time is stored as that time in UTC, as binary COPY stores it.
    void setUpSession(PGconn *session, const std::string &what) const
    {
        exec(session, "SET client_min_messages = warning; SET TimeZone = 'UTC'", what);
    }
};

PostgresSink::PostgresSink(Target target, std::string table, const Config &config)
    : m_impl(std::make_unique<Impl>(std::move(target), std::move(table), config))
{
    expectValues(runValueLimits(config, config.generation.records));
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
    db.setConnectOptions(qpsqlConnectOptions(d.connectionParameters()));
    if (!db.open())
        throw sinkfailure::fromQSqlError(db.lastError(), "cannot connect to " + describe(), d.target.password);
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || !handle.constData() || !QByteArray(handle.typeName()).toLower().replace("_", "").contains("pgconn"))
        throw SinkError(SinkError::Kind::Fatal, "the QPSQL driver gives no PGconn handle");
    d.conn = *static_cast<PGconn *const *>(handle.constData());
    if (const char *used = PQpass(d.conn)) // also the one libpq took from its password file
        registerSecret(used);
    d.setUpSession(d.conn, "setting up the session");
    d.copySql = pgCopyStatement(d.dialect, d.table, d.encoding.has_value());
}

std::optional<TableShapeCheck> PostgresSink::checkExistingTable()
{
    Impl &d = *m_impl;
    const Result columns = d.exec(d.dialect.tableColumns(d.table), "reading the columns of " + d.table);
    return pgTableShape(columns.get(), expectedValues());
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
    if (tableExists && ifExists != IfExists::Replace)
        if (const std::optional<TableShapeCheck> check = checkExistingTable())
            requireLoadable(*check, d.table);
    if (tableExists && ifExists == IfExists::Replace) {
        d.exec(d.dialect.dropTable(d.table), "dropping table " + d.table);
        hasRows = false;
    }
    if (ifExists == IfExists::Replace) // the replaced records' answer key goes with them, defects on or not
        d.exec(d.dialect.dropTable(d.keyTable), "dropping table " + d.keyTable);
    d.execDdl(d.dialect.createTable(d.table), "creating table " + d.table);
    if (defectKeySource())
        d.execDdl(defectkeytable::createTable(d.dialect, d.keyTable), "creating table " + d.keyTable);
    const std::optional<TableShapeCheck> check = checkExistingTable();
    if (!check)
        throw SinkError(SinkError::Kind::Fatal, "PostgreSQL table " + d.table + " vanished after it was created");
    d.usePlan(requireLoadable(*check, d.table));
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
        d.lockIds(d.conn, first, last, "ids");
        if (d.pipelining) {
            // The second session writes these ids too: a killed run's second session must have ended as well.
            d.openPartner();
            d.lockIds(d.partner.get(), first, last, "second session ids");
        }
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
    if (!d.ownEncoder)
        d.ownEncoder = d.encoders()();
    d.ownEncoder->encode(records, d.ownEncoded);
    writeEncodedBatch(records, d.ownEncoded);
}

BatchEncoderFactory PostgresSink::encoderFactory() const
{
    return m_impl->encoders();
}

void PostgresSink::writeEncodedBatch(std::span<const CdrRecord> records, EncodedBatch &encoded)
{
    Impl &d = *m_impl;
    if (records.empty())
        return;
    const std::string_view data = encoded.text();
    const DefectKeySource &key = defectKeySource();
    if ((!d.pipelining || !d.partner) && !key) {
        d.sendCopy(d.conn, data); // autocommit: the COPY is the batch's transaction
        d.awaitCopy(d.conn);
        return;
    }
    if (!d.pipelining || !d.partner) {
        // The records and their answer key rows: one transaction.
        d.exec(d.conn, "BEGIN", "starting a transaction on " + d.table);
        try {
            d.copyDefectKey(d.conn, key, records);
            d.sendCopy(d.conn, data);
            d.awaitCopy(d.conn);
            d.exec(d.conn, "COMMIT", "committing a batch into " + d.table);
        } catch (const SinkError &) {
            Impl::tryExec(d.conn, "ROLLBACK");
            throw;
        }
        return;
    }
    // This batch goes to the session that is not storing the previous one; both backends work at once, and the
    // previous batch commits before this one can.
    PGconn *session = d.inFlight == d.conn ? d.partner.get() : d.conn;
    if (!d.beginWithoutWaiting(session)) {
        // Someone waits for the table (another shard's CREATE INDEX waits for our batch in flight): waiting in
        // turn would deadlock our two sessions, so commit the batch in flight first.
        d.commitInFlight();
        d.exec(session, "BEGIN", "starting a transaction on " + d.table);
    }
    try {
        if (key) // first: the records' COPY stays in flight while the other session commits
            d.copyDefectKey(session, key, records);
        d.sendCopy(session, data);
    } catch (const SinkError &) {
        Impl::tryExec(session, "ROLLBACK");
        throw;
    }
    d.commitInFlight();
    d.inFlight = session;
}

bool PostgresSink::startPipelining()
{
    m_impl->pipelining = true;
    return true;
}

void PostgresSink::flush()
{
    m_impl->commitInFlight();
}

bool PostgresSink::connectionDead()
{
    const Impl &d = *m_impl;
    return !d.conn || PQstatus(d.conn) == CONNECTION_BAD || (d.partner && PQstatus(d.partner.get()) == CONNECTION_BAD);
}

void PostgresSink::finish()
{
    Impl &d = *m_impl;
    d.commitInFlight();
    d.partner.reset();
    if (d.indexesDeferred) {
        spdlog::info("Building the indexes of {}", d.table);
        d.buildDeferredIndexes();
    }
}

void PostgresSink::close()
{
    Impl &d = *m_impl;
    // What is still in flight was not flushed: roll it back, which also frees the table for the index builds.
    if (d.conn)
        d.abandonInFlight();
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
    d.partner.reset(); // rolls back its batch in flight, if any
    d.inFlight = nullptr;
    d.conn = nullptr;
    d.idsLocked = false; // the server frees a session's locks when it ends
    if (!d.connectionName.isEmpty()) {
        QSqlDatabase::database(d.connectionName, false).close();
        QSqlDatabase::removeDatabase(d.connectionName);
        d.connectionName.clear();
    }
}

void PostgresSink::runStatement(const std::string &sql)
{
    m_impl->exec(sql, "running the statement");
}

std::string PostgresSink::describe() const
{
    const Target &t = m_impl->target;
    return "PostgreSQL " + t.user + "@" + t.host + ":" + (t.port.empty() ? "5432" : t.port) + "/" + t.database +
           " table " + m_impl->table;
}

} // namespace cdr
