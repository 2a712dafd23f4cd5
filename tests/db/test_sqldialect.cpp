#include "model/schema.h"
#include "sink/ddlrace.h"
#include "sink/odbcbatchinserter.h"
#include "sink/odbcconnectionstring.h"
#include "sink/sinkfailure.h"
#include "sink/sqldialect.h"

#include <QTest>

#include <algorithm>
#include <cstdint>
#include <limits>

using cdr::SqlDialect;

namespace {
QString q(const std::string &s) { return QString::fromStdString(s); }
}

class TestSqlDialect : public QObject {
    Q_OBJECT
private slots:
    void sqlServerCreatesTheSeedTableIfMissing()
    {
        const SqlDialect d(SqlDialect::Kind::SqlServer);
        const QString ddl = q(d.createTable("dbo.cdr"));
        QVERIFY(ddl.startsWith("IF OBJECT_ID(N'[dbo].[cdr]', N'U') IS NULL CREATE TABLE [dbo].[cdr] ("));
        QVERIFY(ddl.contains("[id] BIGINT PRIMARY KEY, [caller] VARCHAR(20), [callee] VARCHAR(20), "
                             "[start_time] DATETIME2(0), [duration] INT,"));
        QVERIFY(ddl.contains("[antenna_lat_emission] FLOAT"));
        QCOMPARE(ddl.count("VARCHAR(20)"), 12);
        QCOMPARE(ddl.count(" FLOAT"), 6);
        QCOMPARE(ddl.count(" INT,") + ddl.count(" INT)"), 3);
        QCOMPARE(ddl.count(", [") + 1, 23);
    }
    void sqlServerIndexesAreSeedNamedAndIdempotent()
    {
        const SqlDialect d(SqlDialect::Kind::SqlServer);
        const auto indexes = d.createIndexes("cdr");
        QCOMPARE(indexes.size(), std::size_t(3));
        QCOMPARE(q(indexes[0]), QStringLiteral("IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'idx_start_time' "
                                               "AND object_id = OBJECT_ID(N'[cdr]')) CREATE INDEX [idx_start_time] ON [cdr] ([start_time])"));
        QVERIFY(q(indexes[1]).contains("[idx_caller] ON [cdr] ([caller])"));
        QVERIFY(q(indexes[2]).contains("[idx_operator_emission] ON [cdr] ([operator_code_emission])"));
        QCOMPARE(q(d.dropTable("cdr")), QStringLiteral("IF OBJECT_ID(N'[cdr]', N'U') IS NOT NULL DROP TABLE [cdr]"));
        QCOMPARE(q(d.maxId("cdr")), QStringLiteral("SELECT MAX([id]) FROM [cdr]"));
    }
    void everyStatementStaysFarBelowTheMeasuredLimits()
    {
        using M = cdr::OdbcBatchInserter::Method;
        for (auto kind : {SqlDialect::Kind::SqlServer, SqlDialect::Kind::PostgreSql, SqlDialect::Kind::Sqlite,
                          SqlDialect::Kind::MySql}) {
            const std::size_t rows = cdr::OdbcBatchInserter::rowsPerStatement(kind, M::MultiRow);
            // SQL Server's 2,100-parameter rule; libpq 15.18 fails above 7,498 (docs/databases.md); SQLite before
            // 3.32 allows 999 variables.
            QVERIFY(rows * cdr::kCdrColumnCount <= 999);
            QVERIFY(rows * cdr::kCdrColumnCount <= 2100 / 2);
            QVERIFY(rows * cdr::kCdrColumnCount <= 7498 / 4);
            QVERIFY(rows >= 40); // big enough to keep the rate (the sweep's plateau starts below 43 rows)
            const SqlDialect d(kind);
            const std::string sql = d.insert("cdr", rows);
            QCOMPARE(std::size_t(std::count(sql.begin(), sql.end(), '?')), rows * cdr::kCdrColumnCount);
            QCOMPARE(std::size_t(q(sql).count("),(")), rows - 1);
            // Arrays and unnest: no failure up to 20,000 rows in the sweep.
            QVERIFY(cdr::OdbcBatchInserter::rowsPerStatement(kind, M::ParameterArrays) <= 20000 / 4);
            QVERIFY(cdr::OdbcBatchInserter::rowsPerStatement(kind, M::PostgresUnnest) <= 20000 / 4);
        }
        QVERIFY(q(SqlDialect(SqlDialect::Kind::SqlServer).insert("cdr", 2)).startsWith("INSERT INTO [cdr] ([id], [caller], "));
    }
    void sqlServerStatementsNameTheLoginsSchema()
    {
        const SqlDialect d(SqlDialect::Kind::SqlServer);
        QCOMPARE(q(d.currentSchema()), QStringLiteral("SELECT SCHEMA_NAME()"));
        // OdbcSink qualifies "cdr" with SCHEMA_NAME() before any of these run: dbo.cdr is never reached by name
        // resolution falling back to dbo.
        QCOMPARE(q(d.dropTable("loader.cdr")),
                 QStringLiteral("IF OBJECT_ID(N'[loader].[cdr]', N'U') IS NOT NULL DROP TABLE [loader].[cdr]"));
        QVERIFY(q(d.createTable("loader.cdr")).startsWith("IF OBJECT_ID(N'[loader].[cdr]', N'U') IS NULL CREATE TABLE [loader].[cdr] ("));
        QCOMPARE(q(d.createIndexes("loader.cdr")[1]),
                 QStringLiteral("IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'idx_caller' AND object_id = "
                                "OBJECT_ID(N'[loader].[cdr]')) CREATE INDEX [idx_caller] ON [loader].[cdr] ([caller])"));
        QCOMPARE(q(d.dropIndexes("loader.cdr")[0]),
                 QStringLiteral("IF EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'idx_start_time' AND object_id = "
                                "OBJECT_ID(N'[loader].[cdr]')) DROP INDEX [idx_start_time] ON [loader].[cdr]"));
        QCOMPARE(q(d.maxId("loader.cdr")), QStringLiteral("SELECT MAX([id]) FROM [loader].[cdr]"));
        QCOMPARE(q(d.hasRows("loader.cdr")), QStringLiteral("SELECT TOP 1 1 FROM [loader].[cdr]"));
        // A schema name from the server may hold any character: quoted and escaped, also inside N'...'.
        QCOMPARE(q(d.dropTable("O'Brien]x.cdr")),
                 QStringLiteral("IF OBJECT_ID(N'[O''Brien]]x].[cdr]', N'U') IS NOT NULL DROP TABLE [O'Brien]]x].[cdr]"));
    }
    void postgresStatementsNameTheLoginsSchema()
    {
        const SqlDialect d(SqlDialect::Kind::PostgreSql);
        QCOMPARE(q(d.currentSchema()), QStringLiteral("SELECT current_schema()"));
        QCOMPARE(q(d.dropTable("Loader.cdr")), QStringLiteral("DROP TABLE IF EXISTS \"Loader\".\"cdr\""));
        QCOMPARE(q(d.dropIndexes("Loader.cdr")[2]),
                 QStringLiteral("DROP INDEX IF EXISTS \"Loader\".\"cdr_idx_operator_emission\""));
        QCOMPARE(q(d.quoteTable("a\"b.cdr")), QStringLiteral("\"a\"\"b\".\"cdr\""));
        QVERIFY(SqlDialect(SqlDialect::Kind::Sqlite).currentSchema().empty());
        QVERIFY(SqlDialect(SqlDialect::Kind::MySql).dropIndexes("cdr").empty());
    }
    void otherDialectsUseTheirOwnSql()
    {
        const SqlDialect mysql(SqlDialect::Kind::MySql);
        QCOMPARE(q(mysql.quoteTable("shop.cdr")), QStringLiteral("`shop`.`cdr`"));
        const QString mysqlDdl = q(mysql.createTable("cdr"));
        QVERIFY(mysqlDdl.startsWith("CREATE TABLE IF NOT EXISTS `cdr` (`id` BIGINT PRIMARY KEY"));
        QVERIFY(mysqlDdl.contains("`start_time` DATETIME,"));
        QVERIFY(mysqlDdl.contains("INDEX `idx_caller` (`caller`)"));
        const SqlDialect pg(SqlDialect::Kind::PostgreSql);
        QVERIFY(q(pg.createTable("cdr")).contains("\"start_time\" TIMESTAMP(0)"));
        QVERIFY(q(pg.createTable("cdr")).contains("DOUBLE PRECISION"));
        QCOMPARE(q(pg.createIndexes("public.calls")[1]),
                 QStringLiteral("CREATE INDEX IF NOT EXISTS \"calls_idx_caller\" ON \"public\".\"calls\" (\"caller\")"));
        const SqlDialect sqlite(SqlDialect::Kind::Sqlite);
        QVERIFY(q(sqlite.createTable("cdr")).contains("\"id\" INTEGER PRIMARY KEY"));
    }
    void detectsTheDatabase()
    {
        SqlDialect::Kind kind{};
        QVERIFY(SqlDialect::detect("Microsoft SQL Server", "", &kind) && kind == SqlDialect::Kind::SqlServer);
        QVERIFY(SqlDialect::detect("", "FreeTDS", &kind) && kind == SqlDialect::Kind::SqlServer);
        QVERIFY(SqlDialect::detect("PostgreSQL", "x", &kind) && kind == SqlDialect::Kind::PostgreSql);
        QVERIFY(SqlDialect::detect("MariaDB", "", &kind) && kind == SqlDialect::Kind::MySql);
        QVERIFY(SqlDialect::detect("", "SQLite3", &kind) && kind == SqlDialect::Kind::Sqlite);
        QVERIFY(!SqlDialect::detect("Oracle", "Oracle 19 ODBC driver", &kind));
    }
    void buildsOdbcConnectionStrings()
    {
        cdr::ConnectionSettings s;
        s.driver = "ODBC Driver 18 for SQL Server";
        s.server = "sql.example.be";
        s.port = "1433";
        s.database = "cdr";
        s.user = "sa";
        s.password = "p;w}d";
        s.options = "Encrypt=yes;TrustServerCertificate=yes";
        QCOMPARE(q(cdr::odbcConnectionString(s)),
                 QStringLiteral("DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql.example.be,1433;DATABASE=cdr;UID=sa;"
                                "PWD={p;w}}d};Encrypt=yes;TrustServerCertificate=yes;"));
        QVERIFY(!q(cdr::odbcConnectionStringForLog(s)).contains("p;w"));
        s.driver = "FreeTDS";
        QVERIFY(q(cdr::odbcConnectionString(s)).contains("SERVER=sql.example.be;PORT=1433;"));
        cdr::ConnectionSettings lite;
        lite.driver = "SQLite3";
        lite.database = "/tmp/x.db";
        QCOMPARE(q(cdr::odbcConnectionString(lite)), QStringLiteral("DRIVER={SQLite3};DATABASE=/tmp/x.db;"));
        cdr::ConnectionSettings dsn;
        dsn.dsn = "warehouse";
        QCOMPARE(q(cdr::odbcConnectionString(dsn)), QStringLiteral("DSN=warehouse;"));
    }
    // With DB_DSN the DSN names the server: no SERVER/PORT; DATABASE, UID and PWD are added.
    void dsnConnectionStringsCarryNoServer()
    {
        cdr::ConnectionSettings dsn;
        dsn.dsn = "warehouse";
        dsn.server = "sql.example.be";
        dsn.port = "1433";
        dsn.database = "cdr";
        dsn.user = "sa";
        dsn.password = "pw";
        QCOMPARE(q(cdr::odbcConnectionString(dsn)), QStringLiteral("DSN=warehouse;DATABASE=cdr;UID=sa;PWD=pw;"));
        dsn.driver = "FreeTDS";
        QCOMPARE(q(cdr::odbcConnectionString(dsn, cdr::BraceRule::FreeTdsBefore14)),
                 QStringLiteral("DSN=warehouse;DATABASE=cdr;UID=sa;PWD=pw;"));
    }
    // Qt 6.4's QODBC prefixes DSN= unless the text has DRIVER= or SERVER=, and FILEDSN= when it has ".dsn".
    void qodbcGetsTheTextItPassesOnUnchanged()
    {
        QCOMPARE(q(cdr::qodbcDatabaseName("DSN=pg;UID=u;PWD=p;")), QStringLiteral("pg;UID=u;PWD=p;"));
        // With the DSN's driver known, the text holds DRIVER= after the DSN and passes every Qt version unchanged.
        QCOMPARE(q(cdr::qodbcDatabaseName("DSN=pg;UID=u;PWD=p;", "PostgreSQL Unicode")),
                 QStringLiteral("DSN=pg;DRIVER={PostgreSQL Unicode};UID=u;PWD=p;"));
        QCOMPARE(q(cdr::qodbcDatabaseName("DSN={p;g};UID=u;", "{FreeTDS}")), QStringLiteral("DSN={p;g};DRIVER={FreeTDS};UID=u;"));
        QCOMPARE(q(cdr::qodbcDatabaseName("DSN=pg", "/usr/lib/psqlodbcw.so")), QStringLiteral("DSN=pg;DRIVER={/usr/lib/psqlodbcw.so};"));
        QCOMPARE(q(cdr::qodbcDatabaseName("DRIVER={FreeTDS};SERVER=h;PORT=1;")), QStringLiteral("DRIVER={FreeTDS};SERVER=h;PORT=1;"));
        QCOMPARE(q(cdr::qodbcDatabaseName("DSN=pg;UID=u;PWD=xserver=y;")), QStringLiteral("DSN=pg;UID=u;PWD=xserver=y;"));
        QVERIFY_THROWS_EXCEPTION(cdr::SinkError, cdr::qodbcDatabaseName("DSN=pg;PWD=a.DSN;"));
        // A braced DSN name ends where its rule says: "}}" is a '}' under the standard rule, FreeTDS 1.3 stops at "};".
        QCOMPARE(q(cdr::qodbcDatabaseName("DSN={a}};b};UID=u;", "D")), QStringLiteral("DSN={a}};b};DRIVER={D};UID=u;"));
        QCOMPARE(q(cdr::qodbcDatabaseName("DSN={a}b;c};UID=u;", "D", cdr::BraceRule::FreeTdsBefore14)),
                 QStringLiteral("DSN={a}b;c};DRIVER={D};UID=u;"));
    }
    // The driver manager ends DRIVER={...} at the first '}': a DB_DRIVER holding one is refused, naming DB_DRIVER, so
    // that nothing after it becomes an attribute of its own.
    void driverWithAClosingBraceIsRefused()
    {
        cdr::ConnectionSettings s;
        s.driver = "My}Driver;PWD=x";
        s.password = "secret";
        try {
            cdr::odbcConnectionString(s);
            QFAIL("no error");
        } catch (const cdr::SinkError &error) {
            QCOMPARE(error.kind(), cdr::SinkError::Kind::Configuration);
            QVERIFY2(QString::fromUtf8(error.what()).contains("DB_DRIVER contains '}'"), error.what());
        }
        QCOMPARE(q(cdr::odbcConnectionStringForLog(s)), QStringLiteral("DRIVER={My}}Driver;PWD=x};PWD=***;"));
        s.driver = "{PostgreSQL Unicode}"; // the braces users copy from odbcinst.ini are not part of the name
        QCOMPARE(q(cdr::odbcConnectionString(s)), QStringLiteral("DRIVER={PostgreSQL Unicode};PWD=secret;"));
    }
    // Braces only where needed; FreeTDS before 1.4 reads a braced value up to the first "};" and unescapes nothing.
    void quotesValuesForEachDriver()
    {
        cdr::ConnectionSettings s;
        s.driver = "FreeTDS";
        s.server = "h";
        s.user = "u";
        const auto pwdPart = [&](const std::string &password, cdr::BraceRule rule) {
            s.password = password;
            const QString text = q(cdr::odbcConnectionString(s, rule));
            return text.mid(text.indexOf("PWD="));
        };
        using R = cdr::BraceRule;
        QCOMPARE(pwdPart("plain=x", R::Standard), QStringLiteral("PWD=plain=x;"));
        QCOMPARE(pwdPart("p;w}d", R::Standard), QStringLiteral("PWD={p;w}}d};"));
        QCOMPARE(pwdPart("a}b", R::Standard), QStringLiteral("PWD={a}}b};"));
        QCOMPARE(pwdPart(" sp ", R::Standard), QStringLiteral("PWD={ sp };"));
        QCOMPARE(pwdPart("p;w}d", R::FreeTdsBefore14), QStringLiteral("PWD={p;w}d};"));
        QCOMPARE(pwdPart("a}b", R::FreeTdsBefore14), QStringLiteral("PWD=a}b;"));
        QCOMPARE(pwdPart("x{y", R::FreeTdsBefore14), QStringLiteral("PWD=x{y;"));
        QCOMPARE(pwdPart("{x", R::FreeTdsBefore14), QStringLiteral("PWD={{x};"));
        QCOMPARE(pwdPart("a;b}", R::FreeTdsBefore14), QStringLiteral("PWD={a;b}};"));
        QVERIFY_THROWS_EXCEPTION(cdr::SinkError, pwdPart("a};b", R::FreeTdsBefore14));
        QCOMPARE(pwdPart("a;b", R::FreeTdsUnknown), QStringLiteral("PWD={a;b};"));
        QVERIFY_THROWS_EXCEPTION(cdr::SinkError, pwdPart("a;b}", R::FreeTdsUnknown));
        try {
            pwdPart("x};y", R::FreeTdsBefore14);
        } catch (const cdr::SinkError &error) {
            QCOMPARE(error.kind(), cdr::SinkError::Kind::Configuration);
            QVERIFY2(QString(error.what()).contains("DB_PASSWORD") && !QString(error.what()).contains("x};y"), error.what());
        }
    }
    void maxIdCanBeLimitedToAShard()
    {
        const SqlDialect d(SqlDialect::Kind::PostgreSql);
        QCOMPARE(q(d.maxId("cdr", 501, 1000)), QStringLiteral("SELECT MAX(\"id\") FROM \"cdr\" WHERE \"id\" BETWEEN 501 AND 1000"));
        QCOMPARE(q(d.maxId("cdr", 1, std::numeric_limits<std::int64_t>::max())), q(d.maxId("cdr")));
    }
    void locksTheIdsOfARunPerDatabase()
    {
        const SqlDialect pg(SqlDialect::Kind::PostgreSql);
        QCOMPARE(q(pg.tryLockIds("s.cdr", 501, 1000)),
                 QStringLiteral("SELECT CASE WHEN pg_try_advisory_lock(hashtext('cdrgen \"s\".\"cdr\" ids 501..1000')) "
                                "THEN 1 ELSE 0 END"));
        const QString sqlServer = q(SqlDialect(SqlDialect::Kind::SqlServer).tryLockIds("dbo.cdr", 1, 50));
        QVERIFY2(sqlServer.contains("sp_getapplock @Resource = N'cdrgen [dbo].[cdr] ids 1..50'") &&
                     sqlServer.contains("@LockOwner = 'Session'") && sqlServer.contains("@LockTimeout = 0"),
                 qPrintable(sqlServer));
        QVERIFY(SqlDialect(SqlDialect::Kind::Sqlite).tryLockIds("cdr", 1, 50).empty());
        QVERIFY(SqlDialect(SqlDialect::Kind::MySql).tryLockIds("cdr", 1, 50).empty());
    }
    void recognisesDdlThatLostARaceWithAnotherShard()
    {
        namespace f = cdr::sinkfailure;
        const auto diagnosis = [](std::string state, long native) {
            f::Diagnosis d;
            d.records.push_back({std::move(state), native});
            return d;
        };
        for (const char *state : {"42P07", "42710", "23505"})
            QVERIFY2(cdr::lostConcurrentDdlRace(diagnosis(state, 0)), state);
        for (long native : {2714L, 1913L, 3701L})
            QVERIFY(cdr::lostConcurrentDdlRace(diagnosis("42000", native)));
        QVERIFY(!cdr::lostConcurrentDdlRace(diagnosis("42501", 0)));   // permission denied
        QVERIFY(!cdr::lostConcurrentDdlRace(diagnosis("42000", 262))); // CREATE TABLE permission denied
    }
    void classifiesFailures()
    {
        using K = cdr::SinkError::Kind;
        namespace f = cdr::sinkfailure;
        QCOMPARE(f::classify("08001", "FATAL: password authentication failed for user \"x\"", false), K::Authentication);
        QCOMPARE(f::classify("28000", "Login failed for user 'sa'.", false), K::Authentication);
        QCOMPARE(f::classify("08001", "could not connect to server: Connection refused", false), K::Transient);
        QCOMPARE(f::classify("57P01", "terminating connection due to administrator command", false), K::Transient);
        QCOMPARE(f::classify("", "anything", true), K::Transient);
        QCOMPARE(f::classify("01000", "[unixODBC][Driver Manager]Can't open lib 'ODBC Driver 17 for SQL Server' : "
                                      "file not found", false), K::Configuration);
        QCOMPARE(f::classify("IM002", "[unixODBC][Driver Manager]Data source name not found", false),
                 K::Configuration);
        QCOMPARE(f::classify("23505", "duplicate key value violates unique constraint", false), K::Fatal);
        QCOMPARE(q(f::scrub("PWD=hunter2;x hunter2", "hunter2")), QStringLiteral("PWD=***;x ***"));
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "test_sqldialect.moc"
