#include "clirunner.h"
#include "postgresfacts.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

// cdrgen-cli -o odbc with DB_DSN (the seed's .env plus a DSN in an odbc.ini named by ODBCINI) against the
// `postgres` fixture through psqlODBC, and the setup errors that must stop it at once with exit 2.
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

    // FreeTDS 1.3 cannot carry "};" in a braced value: refused before connecting (no server is needed).
    void uncarriableFreeTdsPasswordExitsTwo()
    {
        writeFile(".env", QStringLiteral("DB_DRIVER=FreeTDS\nDB_SERVER=127.0.0.1\nDB_PORT=9\nDB_USER=x\n"
                                         "DB_PASSWORD=semi;colon};brace\n"));
        const CliResult result = runner().run({"-o", "odbc", "-n", "10"}, 60000);
        const QString output = result.out + result.err;
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(output.contains("DB_PASSWORD cannot be passed to FreeTDS"), qPrintable(output));
        QVERIFY2(!output.contains("semi;colon"), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestCliOdbc)
#include "test_cli_odbc.moc"
