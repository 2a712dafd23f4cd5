#include "dbtestsupport.h"

#include "sink/odbcsink.h"
#include "sink/sinkerror.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// ODBC connection strings through the real QODBC driver and psqlODBC, against the `postgres` fixture: a DSN from
// an odbc.ini (ODBCINI), and passwords with ';', '{', '}', '=' and spaces.
class TestOdbcConnection : public QObject {
    Q_OBJECT
    std::map<std::string, std::string> m_pg;
    QTemporaryDir m_dir;
    QSqlDatabase m_reader;
    QSqlDatabase m_admin;

    cdr::ConnectionSettings dsnSettings() const
    {
        cdr::ConnectionSettings c;
        c.dsn = "cdrgen_pg";
        c.user = m_pg.at("PG_USER");
        c.password = m_pg.at("PG_PASSWORD");
        // Not used with a DSN (the DSN names the server): a wrong port proves it.
        c.server = "192.0.2.1";
        c.port = "1";
        return c;
    }

    void loadAndCompare(const cdr::ConnectionSettings &connection, const QString &table)
    {
        const auto records = cdrtest::makeRecords(1, 3000);
        cdr::OdbcSink sink(connection, table.toStdString(), cdrtest::testConfig());
        try {
            cdrtest::load(sink, cdr::IfExists::Replace, records, 1000);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        std::int64_t rows = 0;
        QCOMPARE(cdrtest::tableDigest(m_reader, table, &rows), cdrtest::csvDigest(records));
        QCOMPARE(rows, std::int64_t(3000));
    }

private slots:
    void initTestCase()
    {
        m_pg = cdrtest::postgresFixture();
        QVERIFY(m_dir.isValid());
        // A user DSN file of our own: unixODBC reads ODBCINI before ~/.odbc.ini.
        QFile ini(m_dir.filePath("odbc.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("[cdrgen_pg]\nDriver = PostgreSQL Unicode\nServername = %1\nPort = %2\nDatabase = %3\n")
                      .arg(QString::fromStdString(m_pg.at("PG_HOST")), QString::fromStdString(m_pg.at("PG_PORT")),
                           QString::fromStdString(m_pg.at("PG_DATABASE")))
                      .toUtf8());
        ini.close();
        qputenv("ODBCINI", ini.fileName().toLocal8Bit());
        m_reader = cdrtest::postgresReader(m_pg, "reader");
        QVERIFY2(m_reader.open(), qPrintable(m_reader.lastError().text()));
        m_admin = cdrtest::postgresReader(m_pg, "admin");
        m_admin.setUserName(QString::fromStdString(m_pg.at("PG_SUPERUSER")));
        m_admin.setPassword(QString::fromStdString(m_pg.at("PG_SUPERPASSWORD")));
        QVERIFY2(m_admin.open(), qPrintable(m_admin.lastError().text()));
    }

    // Defect: QODBC turned "DSN=cdrgen_pg;..." into "DSN=DSN=cdrgen_pg;...": "Data source name not found".
    void dsnConnectsThroughQodbc()
    {
        loadAndCompare(dsnSettings(), "cdr_dsn");
    }

    // DB_NAME next to DB_DSN overrides the DSN's database.
    void dsnWithDatabaseOverride()
    {
        QSqlQuery admin(m_admin);
        admin.exec("DROP DATABASE IF EXISTS cdr_other");
        QVERIFY2(admin.exec(QStringLiteral("CREATE DATABASE cdr_other OWNER %1").arg(QString::fromStdString(m_pg.at("PG_USER")))),
                 qPrintable(admin.lastError().text()));
        cdr::ConnectionSettings c = dsnSettings();
        c.database = "cdr_other";
        cdr::OdbcSink sink(c, "cdr_elsewhere", cdrtest::testConfig());
        try {
            cdrtest::load(sink, cdr::IfExists::Replace, cdrtest::makeRecords(1, 10), 10);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        QSqlDatabase other = cdrtest::postgresReader(m_pg, "other");
        other.setDatabaseName("cdr_other");
        QVERIFY(other.open());
        QCOMPARE(cdrtest::scalar(other, "SELECT COUNT(*) FROM cdr_elsewhere"), std::int64_t(10));
        other.close();
    }

    // A DSN that does not exist is a setup error (exit 2), reported at once with its SQLSTATE.
    void missingDsnIsASetupError()
    {
        cdr::ConnectionSettings c = dsnSettings();
        c.dsn = "no_such_dsn";
        cdr::OdbcSink sink(c, "cdr", cdrtest::testConfig());
        try {
            sink.open();
            QFAIL("connected to a DSN that does not exist");
        } catch (const cdr::SinkError &error) {
            QCOMPARE(error.kind(), cdr::SinkError::Kind::Configuration);
            QVERIFY2(QString(error.what()).contains("IM002") && QString(error.what()).contains("odbcinst"), error.what());
        }
    }

    // A wrong password through psqlODBC is a bad login (exit 1, not retried).
    void wrongPasswordIsABadLogin()
    {
        cdr::ConnectionSettings c = dsnSettings();
        c.password = "wrong";
        cdr::OdbcSink sink(c, "cdr", cdrtest::testConfig());
        try {
            sink.open();
            QFAIL("connected with a wrong password");
        } catch (const cdr::SinkError &error) {
            QCOMPARE(error.kind(), cdr::SinkError::Kind::Authentication);
        }
    }

    // psqlODBC follows the ODBC rule ("}}" inside braces): passwords with ;{}= and spaces log in, by DSN and by
    // DRIVER.
    void trickyPasswordsLogIn_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("semicolon and brace") << "p;w}d";
        QTest::newRow("leading brace") << "{open";
        QTest::newRow("equals") << "a=b=c";
        QTest::newRow("spaces") << " two words ";
        QTest::newRow("closing brace then semicolon") << "x};y";
    }
    void trickyPasswordsLogIn()
    {
        QFETCH(QString, password);
        // A role of its own: changing the fixture user's password would fail the logins of tests running meanwhile.
        const QString role = QStringLiteral("cdrgen_tricky");
        QSqlQuery admin(m_admin);
        QVERIFY2(admin.exec("DROP ROLE IF EXISTS " + role), qPrintable(admin.lastError().text()));
        QString literal = password;
        literal.replace("'", "''");
        QVERIFY2(admin.exec("CREATE ROLE " + role + " LOGIN PASSWORD '" + literal + "'"),
                 qPrintable(admin.lastError().text()));
        cdr::ConnectionSettings byDsn = dsnSettings();
        byDsn.user = role.toStdString();
        byDsn.password = password.toStdString();
        cdr::ConnectionSettings byDriver = byDsn;
        byDriver.dsn.clear();
        byDriver.driver = "PostgreSQL Unicode";
        byDriver.server = m_pg.at("PG_HOST");
        byDriver.port = m_pg.at("PG_PORT");
        byDriver.database = m_pg.at("PG_DATABASE");
        for (const auto &settings : {byDsn, byDriver}) {
            cdr::OdbcSink sink(settings, "cdr_tricky", cdrtest::testConfig());
            try {
                sink.open(); // logs in, or throws
                sink.close();
            } catch (const std::exception &error) {
                QFAIL(error.what());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOdbcConnection)
#include "test_odbcconnection.moc"
