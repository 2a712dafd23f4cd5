#include "world/worldsqlstore.h"

#include "sink/connectionname.h"
#include "sink/existingtable.h"
#include "sink/odbcconnectionstring.h"
#include "sink/odbcdriverinfo.h"
#include "sink/odbcnative.h"
#include "sink/pgconnectoptions.h"
#include "sink/sinkerror.h"
#include "sink/sinkfailure.h"
#include "world/worldtableshape.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <charconv>

namespace cdr {

namespace {

// Concurrent shards share an SQLite file: wait for the other writer rather than fail at once.
constexpr int kSqliteBusyTimeoutMs = 60000;

QVariant bindValue(const std::optional<std::string> &text, WorldColumnKind kind)
{
    if (!text)
        return QVariant(QMetaType::fromType<QString>());
    const char *begin = text->data();
    const char *end = begin + text->size();
    switch (kind) {
    case WorldColumnKind::Real: {
        double value = 0;
        std::from_chars(begin, end, value);
        return value;
    }
    case WorldColumnKind::Integer:
    case WorldColumnKind::BigInteger: {
        qlonglong value = 0;
        std::from_chars(begin, end, value);
        return value;
    }
    default:
        return QString::fromStdString(*text);
    }
}

} // namespace

WorldSqlStore::WorldSqlStore(const TargetSpec &target, const ConnectionSettings &connection, std::string cdrTable,
                             const Config &config)
    : m_target(target), m_connection(connection), m_cdrTable(std::move(cdrTable)), m_config(config),
      m_connectTimeoutS(config.database.connectTimeoutS)
{
}

WorldSqlStore::~WorldSqlStore()
{
    close();
}

// Classified like the records' errors: a lost connection is Transient, so the step is retried.
void WorldSqlStore::fail(const std::string &what, const QSqlError &error) const
{
    throw sinkfailure::fromQSqlError(error, what + " (" + describe() + ")",
                                     m_target.password.empty() ? m_connection.password : m_target.password);
}

void WorldSqlStore::open()
{
    m_connectionName = uniqueConnectionName("world");
    QSqlDatabase db;
    std::string secret = m_connection.password;
    switch (m_target.kind) {
    case TargetSpec::Kind::Sqlite:
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(QString::fromStdString(m_target.path));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kSqliteBusyTimeoutMs));
        m_dialect.emplace(SqlDialect::Kind::Sqlite);
        break;
    case TargetSpec::Kind::Postgres: {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(QString::fromStdString(m_target.host));
        if (!m_target.port.empty())
            db.setPort(QString::fromStdString(m_target.port).toInt());
        db.setDatabaseName(QString::fromStdString(m_target.database));
        db.setUserName(QString::fromStdString(m_target.user));
        // The same password sources as the PostgreSQL sink (makeSink): the URL, then DB_PASSWORD, then PGPASSWORD.
        secret = !m_target.password.empty() ? m_target.password
                 : !m_connection.password.empty() ? m_connection.password
                                                  : qEnvironmentVariable("PGPASSWORD").toStdString();
        db.setPassword(QString::fromStdString(secret));
        // The URL's libpq parameters too (sslmode, sslrootcert, options, ...), as the records' connection has them.
        db.setConnectOptions(qpsqlConnectOptions(withDefaultParameters(m_target.parameters, m_connectTimeoutS)));
        m_dialect.emplace(SqlDialect::Kind::PostgreSql);
        break;
    }
    case TargetSpec::Kind::Odbc: {
        const OdbcDriverInfo driver = inspectOdbcDriver(m_connection);
        const std::string connectionString = odbcConnectionString(m_connection, driver.braceRule());
        db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), m_connectionName);
        db.setDatabaseName(QString::fromStdString(
            qodbcDatabaseName(connectionString, m_connection.dsn.empty() ? std::string() : driver.name,
                              driver.braceRule())));
        db.setConnectOptions(QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1").arg(m_connectTimeoutS));
        break;
    }
    case TargetSpec::Kind::Csv:
    case TargetSpec::Kind::Tsql:
    case TargetSpec::Kind::Bcp:
        throw SinkError(SinkError::Kind::Fatal, "world tables of a file target are not written through a connection");
    }
    if (!db.open())
        throw sinkfailure::fromQSqlError(db.lastError(), "world tables: cannot connect to " + describe(), secret);
    if (m_target.kind == TargetSpec::Kind::Odbc) {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || !handle.constData())
            throw SinkError(SinkError::Kind::Fatal, "the QODBC driver gives no connection handle");
        const std::string dbms = odbcnative::dbmsName(*static_cast<void *const *>(handle.constData()));
        SqlDialect::Kind kind;
        if (!SqlDialect::detect(dbms, m_connection.driver, &kind))
            throw SinkError(SinkError::Kind::Configuration, "cannot tell which database '" + dbms + "' is");
        m_dialect.emplace(kind);
    }
}

void WorldSqlStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

void WorldSqlStore::execute(const std::string &sql, const std::string &what)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QString::fromStdString(sql)))
        fail(what, query.lastError());
}

std::vector<std::string> WorldSqlStore::recordedDigests()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const std::string runs = worldTableName(m_cdrTable, WorldTable::Runs);
    std::vector<std::string> digests;
    // A failing SELECT means the table does not exist (portable across the four databases).
    if (!query.exec(QString::fromStdString("SELECT " + m_dialect->quoteIdentifier("config_digest") + " FROM " +
                                           m_dialect->quoteTable(runs))))
        return digests;
    while (query.next())
        digests.push_back(query.value(0).toString().toStdString());
    return digests;
}

std::vector<std::string> WorldSqlStore::tableProblems(const RunValueLimits &limits)
{
    std::vector<std::string> problems;
    const TypeSystem system = m_dialect->typeSystem();
    for (WorldTable table : kWorldTables) {
        const std::string name = worldTableName(m_cdrTable, table);
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(QString::fromStdString(m_dialect->tableColumns(name))))
            fail("reading the columns of " + name, query.lastError());
        std::vector<std::vector<std::string>> rows;
        while (query.next())
            rows.push_back({query.value(0).toString().toStdString(), query.value(1).toString().toStdString(),
                            query.value(2).toString().toStdString(), query.value(3).toString().toStdString()});
        const std::vector<ColumnDescription> columns = describeColumns(system, rows);
        if (columns.empty())
            continue;
        for (const std::string &problem :
             checkColumns(system, columns, expectedWorldColumns(table, m_config, limits), limits))
            problems.push_back(name + ": " + problem);
    }
    return problems;
}

void WorldSqlStore::rewrite(const WorldRows &rows, bool dropFirst)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        fail("world tables: starting a transaction", db.lastError());
    try {
        for (WorldTable table : kWorldTables) {
            const std::string name = worldTableName(m_cdrTable, table);
            if (dropFirst)
                execute(m_dialect->dropTable(name), "dropping " + name);
            execute(createWorldTable(*m_dialect, m_cdrTable, table), "creating " + name);
            // Rows left by a writer that could not make its DDL part of the transaction (MySQL).
            execute("DELETE FROM " + m_dialect->quoteTable(name), "emptying " + name);
            insertAll(rows, table);
        }
        if (!db.commit())
            fail("world tables: committing", db.lastError());
    } catch (...) {
        db.rollback();
        throw;
    }
}

void WorldSqlStore::dropAll()
{
    for (WorldTable table : kWorldTables) {
        const std::string name = worldTableName(m_cdrTable, table);
        execute(m_dialect->dropTable(name), "dropping " + name);
    }
}

void WorldSqlStore::insertAll(const WorldRows &rows, WorldTable table)
{
    const std::string name = worldTableName(m_cdrTable, table);
    const std::vector<WorldColumn> &columns = worldColumns(table);
    const std::size_t total = rows.count(table);
    const std::size_t perStatement = worldRowsPerInsert(table);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    std::size_t prepared = 0; // rows of the statement `query` holds
    WorldRows::Row row;
    for (std::size_t first = 0; first < total; first += perStatement) {
        const std::size_t count = std::min(perStatement, total - first);
        if (count != prepared) {
            const std::string sql = insertWorldRows(*m_dialect, m_cdrTable, table, count);
            if (!query.prepare(QString::fromStdString(sql)))
                fail("preparing the INSERT into " + name, query.lastError());
            prepared = count;
        }
        int slot = 0;
        for (std::size_t r = first; r < first + count; ++r) {
            rows.fill(table, r, row);
            for (std::size_t c = 0; c < columns.size(); ++c)
                query.bindValue(slot++, bindValue(row[c], columns[c].kind));
        }
        if (!query.exec())
            fail("inserting into " + name, query.lastError());
    }
}

std::string WorldSqlStore::describe() const
{
    switch (m_target.kind) {
    case TargetSpec::Kind::Sqlite: return "SQLite " + m_target.path;
    case TargetSpec::Kind::Postgres: {
        const std::string port = m_target.port.empty() ? "5432" : m_target.port;
        return "PostgreSQL " + m_target.user + "@" + m_target.host + ":" + port + "/" + m_target.database;
    }
    case TargetSpec::Kind::Odbc:
        return "ODBC " + (m_connection.dsn.empty() ? m_connection.driver : "DSN " + m_connection.dsn);
    case TargetSpec::Kind::Csv: return "CSV " + m_target.path;
    case TargetSpec::Kind::Tsql: return "T-SQL script " + m_target.path;
    case TargetSpec::Kind::Bcp: return "bcp files in " + m_target.path;
    }
    return {};
}

} // namespace cdr
