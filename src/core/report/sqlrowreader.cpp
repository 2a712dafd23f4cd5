#include "report/sqlrowreader.h"

#include "config/tablename.h"
#include "sink/connectionname.h"
#include "sink/odbcconnectionstring.h"
#include "sink/odbcdriverinfo.h"
#include "sink/odbcnative.h"
#include "sink/sinkerror.h"
#include "sink/sqldialect.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <fstream>

namespace cdr {

namespace {

// The text of a value as the CSV would hold it: timestamps as "YYYY-MM-DD HH:MM:SS" (QODBC gives QDateTime).
std::string fieldText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
    return value.toString().toStdString();
}

std::string readTable(QSqlDatabase &db, const SqlDialect &dialect, const std::string &table, RowFeed &feed)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromStdString("SELECT * FROM " + dialect.quoteTable(table) + " WHERE 1 = 0")))
        return "cannot read table " + table + ": " + query.lastError().text().toStdString();
    std::vector<std::string> header;
    for (int i = 0; i < query.record().count(); ++i)
        header.push_back(query.record().fieldName(i).toStdString());
    std::string error;
    if (!feed.start(header, &error))
        return "table " + table + ": " + error;
    const std::string select = feed.selectNeeded(dialect, table);
    if (select.empty())
        return "table " + table + " has none of the CDR columns";
    query.finish();
    if (!query.exec(QString::fromStdString(select)))
        return "cannot read table " + table + ": " + query.lastError().text().toStdString();
    std::vector<std::string> fields(static_cast<std::size_t>(query.record().count()));
    while (query.next()) {
        for (std::size_t i = 0; i < fields.size(); ++i)
            fields[i] = fieldText(query.value(static_cast<int>(i)));
        if (!feed.feed(fields))
            return RowFeed::kCancelled;
    }
    if (query.lastError().isValid())
        return "reading table " + table + ": " + query.lastError().text().toStdString();
    return {};
}

// psqlODBC (13.02, Debian 12's) reads a whole result set into memory before the first row is returned,
// forward-only statement or not: 1 M rows took 990 MB. UseDeclareFetch makes it read through a server-side cursor,
// Fetch rows at a time. Left alone when DB_OPTIONS sets it already.
ConnectionSettings withStreamingResults(ConnectionSettings connection, const std::string &driverName)
{
    SqlDialect::Kind kind;
    if (!SqlDialect::detect({}, driverName, &kind) || kind != SqlDialect::Kind::PostgreSql
        || QString::fromStdString(connection.options).contains(QStringLiteral("UseDeclareFetch"), Qt::CaseInsensitive))
        return connection;
    if (!connection.options.empty() && connection.options.back() != ';')
        connection.options += ';';
    connection.options += "UseDeclareFetch=1;Fetch=10000";
    return connection;
}

// Runs `read` on a fresh connection of `driver` set up by `configure`, removed afterwards.
template <typename Configure, typename Read>
std::string withConnection(const char *driver, Configure configure, Read read)
{
    const QString name = uniqueConnectionName("profile");
    std::string error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(driver), name);
        error = configure(db);
        if (error.empty())
            error = read(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

std::string readSqliteRows(const std::string &path, const std::string &table, RowFeed &feed)
{
    if (!std::ifstream(path))
        return "cannot read " + path;
    std::string error;
    if (!isValidTableName(table, &error))
        return error;
    return withConnection(
        "QSQLITE",
        [&](QSqlDatabase &db) -> std::string {
            db.setDatabaseName(QString::fromStdString(path));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            return db.open() ? std::string() : "cannot open " + path + ": " + db.lastError().text().toStdString();
        },
        [&](QSqlDatabase &db) {
            const std::string failed = readTable(db, SqlDialect(SqlDialect::Kind::Sqlite), table, feed);
            return failed.empty() || failed == RowFeed::kCancelled ? failed : path + ": " + failed;
        });
}

std::string readOdbcRows(const ConnectionSettings &connection, const std::string &table, int loginTimeoutS,
                         RowFeed &feed)
{
    if (!connection.hasOdbc())
        return "odbc needs DB_DRIVER (e.g. \"PostgreSQL Unicode\") or DB_DSN in the environment or .env";
    std::string error;
    if (!isValidTableName(table, &error))
        return error;
    const std::string where = "ODBC " + odbcConnectionStringForLog(connection);
    std::string connectionString, databaseName;
    try {
        const OdbcDriverInfo driver = inspectOdbcDriver(connection);
        connectionString = odbcConnectionString(withStreamingResults(connection, driver.name), driver.braceRule());
        databaseName = qodbcDatabaseName(connectionString, connection.dsn.empty() ? std::string() : driver.name,
                                         driver.braceRule());
    } catch (const SinkError &e) {
        return e.what();
    }
    return withConnection(
        "QODBC",
        [&](QSqlDatabase &db) -> std::string {
            db.setDatabaseName(QString::fromStdString(databaseName));
            db.setConnectOptions(QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1").arg(loginTimeoutS));
            if (db.open())
                return {};
            return "cannot connect to " + where + ": " + db.lastError().text().toStdString();
        },
        [&](QSqlDatabase &db) -> std::string {
            const QVariant handle = db.driver()->handle();
            const std::string dbms = handle.isValid() && handle.constData()
                ? odbcnative::dbmsName(*static_cast<void *const *>(handle.constData()))
                : std::string();
            SqlDialect::Kind kind;
            if (!SqlDialect::detect(dbms, connection.driver, &kind))
                kind = SqlDialect::Kind::PostgreSql; // ANSI double quotes, what SQL Server and SQLite accept too
            const std::string failed = readTable(db, SqlDialect(kind), table, feed);
            return failed.empty() || failed == RowFeed::kCancelled ? failed : where + ": " + failed;
        });
}

} // namespace cdr
