#include "sink/odbcsink.h"

#include "sink/batchtext.h"
#include "sink/connectionname.h"
#include "sink/defectkeytable.h"
#include "sink/existingtable.h"
#include "sink/idrangelock.h"
#include "sink/odbcbatchinserter.h"
#include "sink/odbcnative.h"
#include "sink/odbcconnectionstring.h"
#include "sink/odbcdefectkey.h"
#include "sink/odbcdriverinfo.h"
#include "sink/odbcstatement.h"
#include "sink/sinkfailure.h"
#include "sink/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <spdlog/spdlog.h>
#include <sql.h>

#include <cstdint>

namespace cdr {

struct OdbcSink::Impl {
    ConnectionSettings connection;
    std::string table;
    BatchText text;
    int connectTimeoutS;
    int queryTimeoutS;
    QString connectionName;
    void *hdbc = nullptr;
    std::optional<SqlDialect> dialect;
    std::optional<int> forcedMethod;
    std::optional<std::size_t> forcedRowsPerStatement;
    std::unique_ptr<OdbcBatchInserter> inserter;
    bool schemaQualified = false;
    bool indexesDeferred = false;
    bool idsLocked = false; // this session holds the lock on the run's ids (idrangelock.h)

    Impl(ConnectionSettings c, std::string t, const Config &config)
        : connection(std::move(c)), table(std::move(t)), text(config), connectTimeoutS(config.database.connectTimeoutS),
          queryTimeoutS(config.database.queryTimeoutS)
    {
    }

    OdbcStatement statement() const { return OdbcStatement(hdbc, queryTimeoutS, connection.password); }

    // The inserter for this connection and the (qualified) table name, made on the first batch.
    OdbcBatchInserter &insertion()
    {
        if (!inserter) {
            inserter = std::make_unique<OdbcBatchInserter>(hdbc, *dialect, table, method(), queryTimeoutS);
            if (forcedRowsPerStatement)
                inserter->setRowsPerStatement(*forcedRowsPerStatement);
        }
        return *inserter;
    }

    // "cdr" -> "<login's default schema>.cdr", so that replace and the existence check can never reach a table of
    // the same name in another schema (SQL Server falls back to dbo, PostgreSQL to the rest of the search_path).
    void qualifyTable()
    {
        const std::string query = dialect->currentSchema();
        if (schemaQualified || query.empty() || table.find('.') != std::string::npos)
            return;
        const std::optional<std::string> schema = statement().text(query, "ODBC reading the default schema");
        if (!schema || schema->empty())
            throw SinkError(SinkError::Kind::Configuration,
                            "the login has no default schema to create " + table + " in: give the table as schema.table");
        table = *schema + "." + table;
        schemaQualified = true;
        inserter.reset(); // it was made for the unqualified name
    }

    void createIndexes()
    {
        OdbcStatement ddl = statement();
        for (const std::string &sql : dialect->createIndexes(table))
            ddl.executeDdl(sql, "ODBC creating an index on " + table);
        indexesDeferred = false;
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    OdbcBatchInserter::Method method() const
    {
        if (forcedMethod)
            return OdbcBatchInserter::Method(*forcedMethod);
        // Measured with bench_load (docs/databases.md); SQL Server and MySQL are not measured here.
        switch (dialect->kind()) {
        case SqlDialect::Kind::PostgreSql: return OdbcBatchInserter::Method::PostgresUnnest;
        case SqlDialect::Kind::Sqlite: return OdbcBatchInserter::Method::MultiRow;
        case SqlDialect::Kind::SqlServer: return OdbcBatchInserter::Method::ParameterArrays;
        case SqlDialect::Kind::MySql: return OdbcBatchInserter::Method::MultiRow;
        }
        return OdbcBatchInserter::Method::MultiRow;
    }
};

OdbcSink::OdbcSink(ConnectionSettings connection, std::string table, const Config &config)
    : m_impl(std::make_unique<Impl>(std::move(connection), std::move(table), config))
{
    expectValues(runValueLimits(config, config.generation.records));
}

OdbcSink::~OdbcSink()
{
    close();
}

void OdbcSink::setInsertMethod(int method)
{
    m_impl->forcedMethod = method;
}

void OdbcSink::setRowsPerStatement(std::size_t rows)
{
    m_impl->forcedRowsPerStatement = rows;
}

void OdbcSink::open()
{
    Impl &d = *m_impl;
    // Both throw SinkError(Configuration) before anything is sent: a value this driver cannot read back exactly,
    // or a text Qt would turn into a file DSN.
    const OdbcDriverInfo driver = inspectOdbcDriver(d.connection);
    const std::string connectionString = odbcConnectionString(d.connection, driver.braceRule());
    const std::string databaseName = qodbcDatabaseName(connectionString, d.connection.dsn.empty() ? std::string() : driver.name,
                                                         driver.braceRule());
    d.connectionName = uniqueConnectionName("odbc");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), d.connectionName);
    db.setDatabaseName(QString::fromStdString(databaseName));
    db.setConnectOptions(QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1").arg(d.connectTimeoutS));
    if (!db.open()) {
        // Qt 6.4 keeps only the native number of a failed connect. A rejected login is known from it (no second
        // attempt that could count towards a lockout); otherwise one native attempt reads the SQLSTATEs.
        const sinkfailure::Diagnosis fromQt = sinkfailure::fromQodbcError(db.lastError());
        sinkfailure::Diagnosis diagnosis;
        if (sinkfailure::classify(fromQt).kind != SinkError::Kind::Authentication)
            diagnosis = odbcnative::probeConnect(connectionString, d.connectTimeoutS);
        throw sinkfailure::make(diagnosis.records.empty() ? fromQt : diagnosis, "cannot connect to " + describe(),
                                d.connection.password);
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || !handle.constData())
        throw SinkError(SinkError::Kind::Fatal, "the QODBC driver gives no connection handle");
    d.hdbc = *static_cast<void *const *>(handle.constData());

    const std::string dbms = odbcnative::dbmsName(d.hdbc);
    SqlDialect::Kind kind;
    if (!SqlDialect::detect(dbms, d.connection.driver, &kind))
        throw SinkError(SinkError::Kind::Configuration,
                        "cannot tell which database '" + dbms + "' is (supported: SQL Server, PostgreSQL, SQLite, MySQL/MariaDB)");
    d.dialect.emplace(kind);
    if (kind == SqlDialect::Kind::PostgreSql) // text into a timestamptz column: the wall-clock time as UTC, as COPY
        d.statement().execute("SET TimeZone = 'UTC'", "ODBC setting up the session");
    spdlog::debug("ODBC connection to {} ({}), inserting with {}", dbms, SqlDialect::kindName(kind),
                  OdbcBatchInserter::methodName(d.method()));
}

void OdbcSink::prepare(IfExists ifExists)
{
    Impl &d = *m_impl;
    const SqlDialect &dialect = *d.dialect;
    d.qualifyTable();
    OdbcStatement ddl = d.statement();
    // Probing the table: a failing SELECT means it does not exist (portable across the four databases).
    bool hasRows = false;
    const bool exists = ddl.probe(dialect.hasRows(d.table), &hasRows);
    if (!exists && dialect.kind() == SqlDialect::Kind::PostgreSql) {
        // PostgreSQL aborts nothing here (autocommit), but psqlODBC may leave the statement in error: reset.
        odbcnative::endTransaction(d.hdbc, false);
    }
    if (hasRows && ifExists == IfExists::Fail)
        throw SinkError(SinkError::Kind::Configuration, "table " + d.table + " already holds rows (--if-exists fail)");
    if (exists && ifExists != IfExists::Replace)
        if (const std::optional<TableShapeCheck> check = checkExistingTable())
            requireLoadable(*check, d.table);
    if (exists && ifExists == IfExists::Replace) {
        ddl.execute(dialect.dropTable(d.table), "ODBC dropping table " + d.table);
        hasRows = false;
    }
    ddl.executeDdl(dialect.createTable(d.table), "ODBC creating table " + d.table);
    const std::string keyTable = defectkeytable::name(d.table);
    if (ifExists == IfExists::Replace) // the replaced records' answer key goes with them, defects on or not
        ddl.executeDdl(dialect.dropTable(keyTable), "ODBC dropping table " + keyTable);
    if (defectKeySource())
        ddl.executeDdl(defectkeytable::createTable(dialect, keyTable), "ODBC creating table " + keyTable);
    if (hasRows) {
        d.createIndexes(); // also repairs a run killed before it could build them
        return;
    }
    // Empty table: load first, index after (finish(), or close() for a cancelled or failed run).
    const std::vector<std::string> drops = dialect.dropIndexes(d.table);
    for (const std::string &sql : drops)
        ddl.executeDdl(sql, "ODBC deferring an index of " + d.table);
    d.indexesDeferred = !drops.empty();
}

std::optional<TableShapeCheck> OdbcSink::checkExistingTable()
{
    Impl &d = *m_impl;
    d.qualifyTable();
    const TypeSystem system = d.dialect->typeSystem();
    const std::vector<ColumnDescription> columns = describeColumns(
        system, d.statement().rows(d.dialect->tableColumns(d.table), 4, "ODBC reading the columns of " + d.table));
    if (columns.empty())
        return std::nullopt;
    return checkTableShape(system, columns, expectedValues());
}

std::int64_t OdbcSink::maxIdIn(std::int64_t first, std::int64_t last)
{
    Impl &d = *m_impl;
    d.qualifyTable();
    const std::string lock = d.dialect->tryLockIds(d.table, first, last);
    if (!d.idsLocked && !lock.empty()) {
        waitForIdRangeLock([&] { return d.statement().text(lock, "ODBC locking the run's ids") == "1"; }, d.table,
                           first, last);
        d.idsLocked = true;
    }
    const std::optional<std::string> max =
        d.statement().text(d.dialect->maxId(d.table, first, last), "ODBC reading MAX(id)");
    return max ? std::stoll(*max) : 0;
}

void OdbcSink::writeBatch(std::span<const CdrRecord> records)
{
    Impl &d = *m_impl;
    d.qualifyTable();
    OdbcBatchInserter &inserter = d.insertion();
    d.text.formatFields(records);
    if (!odbcnative::setAutocommit(d.hdbc, false)) {
        throw sinkfailure::make(odbcnative::diagnose(SQL_HANDLE_DBC, d.hdbc, d.hdbc), "ODBC: starting a transaction",
                                d.connection.password);
    }
    try {
        inserter.insert(d.text, d.connection.password);
        if (defectKeySource()) // the key rows of these ids, in the same transaction
            writeDefectKey(records);
    } catch (...) {
        odbcnative::endTransaction(d.hdbc, false);
        odbcnative::setAutocommit(d.hdbc, true);
        throw;
    }
    if (!odbcnative::endTransaction(d.hdbc, true)) {
        const sinkfailure::Diagnosis diagnosis = odbcnative::diagnose(SQL_HANDLE_DBC, d.hdbc, d.hdbc);
        odbcnative::endTransaction(d.hdbc, false);
        odbcnative::setAutocommit(d.hdbc, true);
        throw sinkfailure::make(diagnosis, "ODBC: committing a batch", d.connection.password);
    }
    odbcnative::setAutocommit(d.hdbc, true);
}

void OdbcSink::writeDefectKey(std::span<const CdrRecord> records)
{
    Impl &d = *m_impl;
    std::vector<DefectKeyRow> rows;
    defectKeySource()(records.front().id, records.back().id, rows);
    OdbcStatement statement = d.statement();
    for (const std::string &sql : odbcdefectkey::inserts(*d.dialect, defectkeytable::name(d.table), rows))
        statement.execute(sql, "ODBC writing the answer key of " + d.table);
}

void OdbcSink::finish()
{
    Impl &d = *m_impl;
    if (d.indexesDeferred) {
        spdlog::info("Building the indexes of {}", d.table);
        d.createIndexes();
    }
}

void OdbcSink::buildDeferredIndexesBeforeClosing()
{
    Impl &d = *m_impl;
    if (!d.hdbc || !d.indexesDeferred)
        return;
    // A cancelled or failed run still leaves an indexed, resumable table. On a dead connection this fails at once
    // and the indexes stay deferred: finish() after the reconnect, or the next run, builds them.
    try {
        d.createIndexes();
    } catch (const SinkError &error) {
        spdlog::warn("Could not build the indexes of {} now (they will be built later): {}", d.table, error.what());
    }
}

void OdbcSink::close()
{
    buildDeferredIndexesBeforeClosing();
    closeForReconnect();
}

void OdbcSink::closeForReconnect()
{
    Impl &d = *m_impl;
    d.inserter.reset();
    d.hdbc = nullptr;
    d.idsLocked = false; // the server frees a session's locks when it ends
    if (!d.connectionName.isEmpty()) {
        d.db().close();
        QSqlDatabase::removeDatabase(d.connectionName);
        d.connectionName.clear();
    }
}

void OdbcSink::runStatement(const std::string &sql)
{
    Impl &d = *m_impl;
    d.statement().executeBatch(sql, "ODBC running the statement");
}

bool OdbcSink::connectionDead()
{
    return m_impl->hdbc && odbcnative::connectionDead(m_impl->hdbc);
}

std::string OdbcSink::describe() const
{
    const ConnectionSettings &c = m_impl->connection;
    std::string where = !c.dsn.empty() ? "DSN " + c.dsn : c.driver;
    // A DSN names its own server: DB_SERVER and DB_PORT are not used with DB_DSN.
    if (c.dsn.empty() && !c.server.empty())
        where += " " + c.server + (c.port.empty() ? "" : ":" + c.port);
    if (!c.database.empty())
        where += (c.dsn.empty() && !c.server.empty() ? "/" : " ") + c.database;
    return "ODBC " + where + " table " + m_impl->table;
}

} // namespace cdr
