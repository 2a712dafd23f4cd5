#include "clirunner.h"
#include "../fixtures/tds/logincapture.h"
#include "postgresfacts.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

// cdrgen-cli -o odbc with DB_DSN (the seed's .env plus a DSN in an odbc.ini named by ODBCINI) against the
// `postgres` fixture through psqlODBC, the setup errors that must stop it at once with exit 2, and FreeTDS
// passwords as the installed FreeTDS version can carry them.
class TestCliOdbc : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::map<QString, QString> m_pg;

    void writeFile(const QString &name, const QString &text) const
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    CliRunner runner() const
    {
        CliRunner cli(m_dir.path());
        cli.setVariable("ODBCINI", m_dir.filePath("odbc.ini"));
        return cli;
    }

private slots:
    void initTestCase()
    {
        m_pg = readPostgresFacts();
        QVERIFY(m_pg.count("PG_HOST"));
        writeFile("odbc.ini", postgresOdbcIni(m_pg));
    }

    // Defect: "Data source name not found" (QODBC made it DSN=DSN=cdrgen_pg). DB_SERVER next to DB_DSN is unused.
    void dsnRunLoadsTheTable()
    {
        writeFile(".env", QStringLiteral("DB_DSN=cdrgen_pg\nDB_USER=%1\nDB_PASSWORD=%2\nDB_SERVER=sql.example.be\n"
                                         "CDR_TABLE=cdr_cli_dsn\n")
                              .arg(m_pg["PG_USER"], m_pg["PG_PASSWORD"]));
        const CliResult result = runner().run({"-o", "odbc", "-n", "5000", "--if-exists", "replace"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QSqlDatabase reader = postgresConnection(m_pg, "reader");
        QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
        QSqlQuery query(reader);
        QVERIFY(query.exec("SELECT COUNT(*), MIN(id), MAX(id) FROM cdr_cli_dsn") && query.next());
        QCOMPARE(query.value(0).toLongLong(), 5000);
        QCOMPARE(query.value(1).toLongLong(), 1);
        QCOMPARE(query.value(2).toLongLong(), 5000);
        reader.close();
    }

    void missingDsnExitsTwoAtOnce()
    {
        writeFile(".env", QStringLiteral("DB_DSN=no_such_dsn\nDB_USER=x\nDB_PASSWORD=y\n"));
        const CliResult result = runner().run({"-o", "odbc", "-n", "10"}, 60000);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("IM002") || result.out.contains("IM002"), qPrintable(result.err));
    }

    // A password that needs braces reaches FreeTDS exactly, or, when the installed FreeTDS cannot read it back
    // (before 1.4: "};" ends a braced value), is refused before connecting with exit 2. Both against
    // tests/fixtures/tds/logincapture.py, which records each login and closes: a carried password makes the run
    // fail on the lost connection (exit 1, one attempt), after the login arrived with the password unchanged.
    void freeTdsPasswordArrivesExactlyOrExitsTwo_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("\"};\" inside braces (FreeTDS 1.4+ only)") << "semi;colon};brace";
        QTest::newRow("'}' inside braces (every version)") << "semi;colon}brace";
    }
    void freeTdsPasswordArrivesExactlyOrExitsTwo()
    {
        QFETCH(QString, password);
        const tdstest::FreeTdsVersion freeTds = tdstest::installedFreeTds();
        QVERIFY2(freeTds.major > 0, "dpkg-query reports no tdsodbc version");
        const bool carriable = freeTds.readsDoubledBraces() || !password.contains("};");
        const QTemporaryDir captureDir;
        tdstest::LoginCapture capture;
        QVERIFY2(capture.start(captureDir.filePath("logins.jsonl"), 120), "logincapture.py did not start");

        CliRunner cli = runner();
        const CliResult exported = cli.run({"--export-config", "retry-once.yml"});
        QCOMPARE(exported.exitCode, 0);
        QFile config(m_dir.filePath("retry-once.yml"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(config.readAll());
        QVERIFY(text.contains("attempts: 8"));
        config.close();
        writeFile("retry-once.yml", QString(text).replace("attempts: 8", "attempts: 1"));
        writeFile(".env", QStringLiteral("DB_DRIVER=FreeTDS\nDB_SERVER=127.0.0.1\nDB_PORT=%1\nDB_USER=loader\n"
                                         "DB_PASSWORD=%2\nDB_OPTIONS=TDS_Version=7.4\n")
                              .arg(capture.port(), password));
        const CliResult result = cli.run({"-c", "retry-once.yml", "-o", "odbc", "-n", "10"}, 60000);
        const QString output = result.out + result.err;
        QVERIFY2(!output.contains(password), qPrintable(output));
        if (carriable) {
            QVERIFY2(result.exitCode == 1, qPrintable(output));
            const QList<QJsonObject> logins = capture.logins();
            QVERIFY2(!logins.isEmpty(), qPrintable("no login reached the listener: " + output));
            for (const QJsonObject &login : logins) {
                QCOMPARE(login.value("password").toString(), password);
                QCOMPARE(login.value("user").toString(), QStringLiteral("loader"));
            }
        } else {
            QVERIFY2(result.exitCode == 2, qPrintable(output));
            QVERIFY2(output.contains("DB_PASSWORD cannot be passed to FreeTDS before 1.4"), qPrintable(output));
            QTest::qWait(300);
            QCOMPARE(capture.logins().size(), 0); // refused before connecting
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOdbc)
#include "test_cli_odbc.moc"
