#include "config/connectionsettings.h"
#include "sink/sinkerror.h"
#include "sink/targetspec.h"

#include <QTest>

using cdr::TargetSpec;

class TestTargetSpec : public QObject {
    Q_OBJECT
private slots:
    void parsesFileTargets()
    {
        std::string error;
        auto sqlite = TargetSpec::parse("sqlite:out/cdr.sqlite", &error);
        QVERIFY(sqlite);
        QCOMPARE(sqlite->kind, TargetSpec::Kind::Sqlite);
        QCOMPARE(sqlite->path, std::string("out/cdr.sqlite"));
        auto csv = TargetSpec::parse("csv:-", &error);
        QVERIFY(csv);
        QCOMPARE(csv->kind, TargetSpec::Kind::Csv);
        QCOMPARE(csv->path, std::string("-"));
        QCOMPARE(TargetSpec::parse("odbc", &error)->kind, TargetSpec::Kind::Odbc);
        auto tsql = TargetSpec::parse("tsql:out/cdr.sql.gz", &error);
        QVERIFY(tsql);
        QCOMPARE(tsql->kind, TargetSpec::Kind::Tsql);
        QCOMPARE(tsql->path, std::string("out/cdr.sql.gz"));
        auto bcp = TargetSpec::parse("bcp:drop/cdr", &error);
        QVERIFY(bcp);
        QCOMPARE(bcp->kind, TargetSpec::Kind::Bcp);
        QCOMPARE(bcp->path, std::string("drop/cdr"));
    }
    void parsesPostgresUrlWithPercentDecoding()
    {
        std::string error;
        auto pg = TargetSpec::parse("postgresql://an%40lyst:p%3Ass%2Fw@db.example.be:6543/cdr%5Fdb", &error);
        QVERIFY2(pg, error.c_str());
        QCOMPARE(pg->kind, TargetSpec::Kind::Postgres);
        QCOMPARE(pg->user, std::string("an@lyst"));
        QCOMPARE(pg->password, std::string("p:ss/w"));
        QCOMPARE(pg->host, std::string("db.example.be"));
        QCOMPARE(pg->port, std::string("6543"));
        QCOMPARE(pg->database, std::string("cdr_db"));
        auto noPassword = TargetSpec::parse("postgres://me@[::1]/cdr", &error);
        QVERIFY2(noPassword, error.c_str());
        QCOMPARE(noPassword->host, std::string("::1"));
        QVERIFY(noPassword->port.empty());
        QVERIFY(noPassword->password.empty());
    }
    void passesLibpqParametersThrough()
    {
        std::string error;
        auto pg = TargetSpec::parse("postgresql://me@localhost:5433/cdr?sslmode=verify-full&sslrootcert=%2Ftmp%2Fca%20dir"
                                    "%2Fca.crt&connect_timeout=7&application_name=shard%203",
                                    &error);
        QVERIFY2(pg, error.c_str());
        QCOMPARE(pg->database, std::string("cdr"));
        const std::vector<std::pair<std::string, std::string>> expected{{"sslmode", "verify-full"},
                                                                        {"sslrootcert", "/tmp/ca dir/ca.crt"},
                                                                        {"connect_timeout", "7"},
                                                                        {"application_name", "shard 3"}};
        QCOMPARE(pg->parameters, expected);
    }
    void refusesBadTargetsNamingTheProblem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << "mysql" << "unknown output 'mysql'";
        QTest::newRow("empty sqlite") << "sqlite:" << "needs a file path";
        QTest::newRow("empty tsql") << "tsql:" << "tsql: needs a file path";
        QTest::newRow("tsql stdout") << "tsql:-" << "tsql: cannot write to standard output";
        QTest::newRow("tsql folder") << "tsql:drop/" << "not a folder: drop/";
        QTest::newRow("empty bcp") << "bcp:" << "bcp: needs a folder";
        QTest::newRow("bcp stdout") << "bcp:-" << "give a folder, not -";
        QTest::newRow("no db") << "postgresql://u:secret@host:5432" << "database name is missing";
        QTest::newRow("no user") << "postgresql://host/db" << "user name is missing";
        QTest::newRow("bad port") << "postgresql://u:secret@host:99999/db" << "port must be a number";
        QTest::newRow("bad escape") << "postgresql://u:se%zzcret@host/db" << "percent-encoding in the password";
        QTest::newRow("signed escape") << "postgresql://u:secret%-1@host/db" << "percent-encoding in the password";
        QTest::newRow("signed escape in the query") << "postgresql://u:secret@host/db?application_name=%-f"
                                                    << "percent-encoding in the value of parameter 'application_name'";
        QTest::newRow("unknown parameter") << "postgresql://u:secret@host/db?sslmode=require&sslmod=x"
                                           << "unknown parameter 'sslmod'";
        QTest::newRow("parameter of the URL") << "postgresql://u:secret@host/db?user=u" << "given by the URL";
        QTest::newRow("password parameter") << "postgresql://u@host/db?password=secret" << "set DB_PASSWORD";
        QTest::newRow("semicolon") << "postgresql://u:secret@host/db?application_name=a%3Bb" << "contains ';'";
        QTest::newRow("not key=value") << "postgresql://u:secret@host/db?sslmode" << "KEY=VALUE";
        QTest::newRow("fragment") << "postgresql://u:secret@host/db#x" << "fragment";
        QTest::newRow("scheme") << "mysql://u@h/db" << "unsupported output URL scheme";
    }
    void refusesBadTargetsNamingTheProblem()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        std::string error;
        QVERIFY(!TargetSpec::parse(text.toStdString(), &error));
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
        QVERIFY2(error.find("secret") == std::string::npos, "an error message repeats the password");
    }
    void defaultsToOdbcOnlyWhenConfigured()
    {
        cdr::ConnectionSettings none;
        QCOMPARE(TargetSpec::defaultFor(none).kind, TargetSpec::Kind::Sqlite);
        QCOMPARE(TargetSpec::defaultFor(none).path, std::string("cdr.sqlite"));
        cdr::ConnectionSettings odbc;
        odbc.dsn = "cdr";
        QCOMPARE(TargetSpec::defaultFor(odbc).kind, TargetSpec::Kind::Odbc);
    }
    void makeSinkRefusesBadTableNames()
    {
        const cdr::Config config = cdr::Config::seedDefaults();
        std::string error;
        const TargetSpec target = *TargetSpec::parse("sqlite:unused.sqlite", &error);
        for (const char *bad : {"cdr; DROP TABLE x", "1cdr", "a.b.c", "cdr\"", ""}) {
            try {
                cdr::makeSink(target, {}, bad, config);
                QFAIL(bad);
            } catch (const cdr::SinkError &e) {
                QCOMPARE(e.kind(), cdr::SinkError::Kind::Configuration);
            }
        }
        QVERIFY(cdr::makeSink(target, {}, "dbo.cdr_2024", config));
        try {
            cdr::makeSink(*TargetSpec::parse("odbc", &error), {}, "cdr", config);
            QFAIL("odbc without DB_DRIVER/DB_DSN accepted");
        } catch (const cdr::SinkError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QLatin1String("DB_DRIVER")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTargetSpec)
#include "test_targetspec.moc"
