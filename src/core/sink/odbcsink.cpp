#include "sink/odbcsink.h"

#include "sink/batchtext.h"
#include "sink/connectionname.h"
#include "sink/odbcbatchinserter.h"
#include "sink/odbcnative.h"
#include "sink/odbcconnectionstring.h"
#include "sink/odbcstatement.h"
#include "sink/sinkfailure.h"
#include "sink/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>
#include <sql.h>

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

    Impl(ConnectionSettings c, std::string t, const Config &config)
        : connection(std::move(c)), table(std::move(t)), text(config), connectTimeoutS(config.database.connectTimeoutS),
          queryTimeoutS(config.database.queryTimeoutS)
    {
    }

    OdbcStatement statement() const { return OdbcStatement(hdbc, queryTimeoutS, connection.password); }

    // The inserter open() made, configured for this sink (and for the qualified table name once known).
    OdbcBatchInserter &insertion()
    {
        if (!inserter)
            inserter = std::make_unique<OdbcBatchInserter>(hdbc, *dialect, table, method());
        if (forcedRowsPerStatement)
            inserter->setRowsPerStatement(*forcedRowsPerStatement);
        inserter->setQueryTimeout(queryTimeoutS);
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
            ddl.execute(sql, "ODBC creating an index on " + table);
        indexesDeferred = false;
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    [[noreturn]] void fail(const QSqlError &error, const std::string &what) const
    {
        throw sinkfailure::fromQSqlError(error, what, connection.password);
    }

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
    d.connectionName = uniqueConnectionName("odbc");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), d.connectionName);
    db.setDatabaseName(QString::fromStdString(odbcConnectionString(d.connection)));
    db.setConnectOptions(QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1").arg(d.connectTimeoutS));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        SinkError failure = sinkfailure::fromQSqlError(error, "cannot connect to " + describe(), d.connection.password);
        // IM0xx: the driver manager cannot find the driver or DSN, retrying will not help.
        if (error.nativeErrorCode().startsWith(QLatin1String("IM")))
            throw SinkError(SinkError::Kind::Configuration, failure.what());
        throw failure;
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
    d.inserter = std::make_unique<OdbcBatchInserter>(d.hdbc, *d.dialect, d.table, d.method());
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
    if (exists && ifExists == IfExists::Replace) {
        ddl.execute(dialect.dropTable(d.table), "ODBC dropping table " + d.table);
        hasRows = false;
    }
    ddl.execute(dialect.createTable(d.table), "ODBC creating table " + d.table);
    if (hasRows) {
        d.createIndexes(); // also repairs a run killed before it could build them
        return;
    }
    // Empty table: load first, index after (finish(), or close() for a cancelled or failed run).
    const std::vector<std::string> drops = dialect.dropIndexes(d.table);
    for (const std::string &sql : drops)
        ddl.execute(sql, "ODBC deferring an index of " + d.table);
    d.indexesDeferred = !drops.empty();
}

std::int64_t OdbcSink::maxId()
{
    Impl &d = *m_impl;
    d.qualifyTable();
    const std::optional<std::string> max = d.statement().text(d.dialect->maxId(d.table), "ODBC reading MAX(id)");
    return max ? std::stoll(*max) : 0;
}

void OdbcSink::writeBatch(std::span<const CdrRecord> records)
{
    Impl &d = *m_impl;
    d.qualifyTable();
    OdbcBatchInserter &inserter = d.insertion();
    d.text.formatFields(records);
    if (!odbcnative::setAutocommit(d.hdbc, false)) {
        std::string state;
        const std::string detail = odbcnative::diagnostics(SQL_HANDLE_DBC, d.hdbc, &state);
        throw sinkfailure::make(state, "ODBC: starting a transaction", detail, false, d.connection.password);
    }
    try {
        inserter.insert(d.text, d.connection.password);
    } catch (...) {
        odbcnative::endTransaction(d.hdbc, false);
        odbcnative::setAutocommit(d.hdbc, true);
        throw;
    }
    if (!odbcnative::endTransaction(d.hdbc, true)) {
        std::string state;
        const std::string detail = odbcnative::diagnostics(SQL_HANDLE_DBC, d.hdbc, &state);
        odbcnative::endTransaction(d.hdbc, false);
        odbcnative::setAutocommit(d.hdbc, true);
        throw sinkfailure::make(state, "ODBC: committing a batch", detail, false, d.connection.password);
    }
    odbcnative::setAutocommit(d.hdbc, true);
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
    Impl &d = *m_impl;
    buildDeferredIndexesBeforeClosing();
    d.inserter.reset();
    d.hdbc = nullptr;
    if (!d.connectionName.isEmpty()) {
        d.db().close();
        QSqlDatabase::removeDatabase(d.connectionName);
        d.connectionName.clear();
    }
}

std::string OdbcSink::describe() const
{
    const ConnectionSettings &c = m_impl->connection;
    std::string where = !c.dsn.empty() ? "DSN " + c.dsn : c.driver;
    if (!c.server.empty())
        where += " " + c.server + (c.port.empty() ? "" : ":" + c.port);
    if (!c.database.empty())
        where += (c.server.empty() ? " " : "/") + c.database;
    return "ODBC " + where + " table " + m_impl->table;
}

} // namespace cdr
