#include "sink/odbcsink.h"

#include "sink/batchtext.h"
#include "sink/connectionname.h"
#include "sink/odbcbatchinserter.h"
#include "sink/odbcnative.h"
#include "sink/odbcconnectionstring.h"
#include "sink/odbcdriverinfo.h"
#include "sink/sinkfailure.h"
#include "sink/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

#include <spdlog/spdlog.h>
#include <sql.h>

namespace cdr {

struct OdbcSink::Impl {
    ConnectionSettings connection;
    std::string table;
    BatchText text;
    int connectTimeoutS;
    QString connectionName;
    void *hdbc = nullptr;
    std::optional<SqlDialect> dialect;
    std::optional<int> forcedMethod;
    std::unique_ptr<OdbcBatchInserter> inserter;

    Impl(ConnectionSettings c, std::string t, const Config &config)
        : connection(std::move(c)), table(std::move(t)), text(config), connectTimeoutS(config.database.connectTimeoutS)
    {
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    [[noreturn]] void fail(const QSqlError &error, const std::string &what) const
    {
        throw sinkfailure::fromQSqlError(error, what, connection.password);
    }

    // The statement's and the connection's diagnostic records (QSqlError has only the native number).
    [[noreturn]] void fail(const QSqlQuery &query, const std::string &what) const
    {
        const QVariant handle = query.result() ? query.result()->handle() : QVariant();
        void *stmt = handle.isValid() && handle.constData() ? *static_cast<void *const *>(handle.constData()) : nullptr;
        sinkfailure::Diagnosis diagnosis = odbcnative::diagnose(SQL_HANDLE_STMT, stmt, hdbc);
        if (diagnosis.records.empty())
            fail(query.lastError(), what);
        throw sinkfailure::make(diagnosis, what, connection.password);
    }

    void exec(const std::string &sql, const std::string &what) const
    {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.exec(QString::fromStdString(sql)))
            fail(query, "ODBC " + what);
    }

    std::optional<std::int64_t> scalar(const std::string &sql, const std::string &what) const
    {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.exec(QString::fromStdString(sql)))
            fail(query, "ODBC " + what);
        if (!query.next() || query.value(0).isNull())
            return std::nullopt;
        return query.value(0).toLongLong();
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

void OdbcSink::open()
{
    Impl &d = *m_impl;
    // Both throw SinkError(Configuration) before anything is sent: a value this driver cannot read back exactly,
    // or a text Qt would turn into a file DSN.
    const std::string connectionString = odbcConnectionString(d.connection, inspectOdbcDriver(d.connection).braceRule());
    const std::string databaseName = qodbcDatabaseName(connectionString);
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
    d.inserter = std::make_unique<OdbcBatchInserter>(d.hdbc, *d.dialect, d.table, d.method());
    spdlog::debug("ODBC connection to {} ({}), inserting with {}", dbms, SqlDialect::kindName(kind),
                  OdbcBatchInserter::methodName(d.method()));
}

void OdbcSink::prepare(IfExists ifExists)
{
    Impl &d = *m_impl;
    const SqlDialect &dialect = *d.dialect;
    // Probing the table: a failing SELECT means it does not exist (portable across the four databases).
    bool exists = false;
    bool hasRows = false;
    {
        QSqlQuery probe(d.db());
        probe.setForwardOnly(true);
        exists = probe.exec(QString::fromStdString(dialect.hasRows(d.table)));
        hasRows = exists && probe.next();
    }
    if (!exists && dialect.kind() == SqlDialect::Kind::PostgreSql) {
        // PostgreSQL aborts nothing here (autocommit), but psqlODBC may leave the statement in error: reset.
        odbcnative::endTransaction(d.hdbc, false);
    }
    if (hasRows && ifExists == IfExists::Fail)
        throw SinkError(SinkError::Kind::Configuration, "table " + d.table + " already holds rows (--if-exists fail)");
    if (exists && ifExists == IfExists::Replace)
        d.exec(dialect.dropTable(d.table), "dropping table " + d.table);
    d.exec(dialect.createTable(d.table), "creating table " + d.table);
    for (const std::string &sql : dialect.createIndexes(d.table))
        d.exec(sql, "creating an index on " + d.table);
}

std::int64_t OdbcSink::maxIdIn(std::int64_t first, std::int64_t last)
{
    return m_impl->scalar(m_impl->dialect->maxId(m_impl->table, first, last), "reading MAX(id)").value_or(0);
}

void OdbcSink::writeBatch(std::span<const CdrRecord> records)
{
    Impl &d = *m_impl;
    d.text.formatFields(records);
    if (!odbcnative::setAutocommit(d.hdbc, false)) {
        std::string state;
        const std::string detail = odbcnative::diagnostics(SQL_HANDLE_DBC, d.hdbc, &state);
        throw sinkfailure::make(state, "ODBC: starting a transaction", detail, false, d.connection.password);
    }
    try {
        d.inserter->insert(d.text, d.connection.password);
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
}

void OdbcSink::close()
{
    Impl &d = *m_impl;
    d.inserter.reset();
    d.hdbc = nullptr;
    if (!d.connectionName.isEmpty()) {
        d.db().close();
        QSqlDatabase::removeDatabase(d.connectionName);
        d.connectionName.clear();
    }
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
