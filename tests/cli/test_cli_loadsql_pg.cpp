#include "clirunner.h"
#include "loadsqlscripts.h"
#include "postgresfacts.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace loadsqltest;

// database.before_load_sql / after_load_sql against the `postgres` fixture, on the run's own connection through
// COPY (postgresql://) and through psqlODBC (-o odbc): where they run, dollar quotes and GO batches, and what a
// failing statement does.
class TestCliLoadSqlPg : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::map<QString, QString> m_pg;
    QSqlDatabase m_reader;

    static QString indexCount(const QString &table)
    {
        return QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = '%1' AND indexname NOT LIKE '%%pkey'")
            .arg(table);
    }
    QString url() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(m_pg.at("PG_USER"), m_pg.at("PG_HOST"), m_pg.at("PG_PORT"), m_pg.at("PG_DATABASE"));
    }
    // Runs in a folder of its own (conf/config.yml) with the fixture's .env, odbc.ini and password file.
    CliResult run(const QString &folder, const QStringList &arguments, bool viaOdbc) const
    {
        CliRunner cli(folder);
        cli.setVariable("PGPASSFILE", m_pg.at("PG_PASSFILE"));
        cli.setVariable("ODBCINI", m_dir.filePath("odbc.ini"));
        cli.setVariable("DB_DSN", "cdrgen_pg");
        cli.setVariable("DB_USER", m_pg.at("PG_USER"));
        cli.setVariable("DB_PASSWORD", m_pg.at("PG_PASSWORD"));
        return cli.run(QStringList{"-c", "conf/config.yml", "--if-exists", "replace", "--no-email", "-o",
                                   viaOdbc ? QStringLiteral("odbc") : url()} +
                       arguments);
    }
    QStringList rowsOf(const QString &sql) const
    {
        QSqlQuery query(m_reader);
        QStringList values;
        if (!query.exec(sql))
            return {query.lastError().text()};
        while (query.next())
            for (int c = 0; c < query.record().count(); ++c)
                values << query.value(c).toString();
        return values;
    }
    void dropMarks(const QString &table) const
    {
        QSqlQuery(m_reader).exec(QStringLiteral("DROP TABLE IF EXISTS %1_before, %1_after").arg(table));
    }

private slots:
    void initTestCase()
    {
        m_pg = readPostgresFacts();
        QVERIFY(m_pg.count("PG_HOST"));
        QFile ini(m_dir.filePath("odbc.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(postgresOdbcIni(m_pg).toUtf8());
        ini.close();
        m_reader = postgresConnection(m_pg, "reader");
        QVERIFY2(m_reader.open(), qPrintable(m_reader.lastError().text()));
    }
    void cleanupTestCase() { m_reader.close(); }

    void scriptsRunAroundTheLoad_data()
    {
        QTest::addColumn<bool>("viaOdbc");
        QTest::newRow("postgresql:// (COPY)") << false;
        QTest::newRow("odbc (psqlODBC)") << true;
    }
    void scriptsRunAroundTheLoad()
    {
        QFETCH(bool, viaOdbc);
        const QString table = viaOdbc ? "ls_odbc" : "ls_copy";
        dropMarks(table);
        const QTemporaryDir folder;
        // A dollar-quoted block with ';' inside must reach the server whole.
        const QString after = afterScript(table, indexCount(table)) +
                              QStringLiteral("DO $body$ BEGIN INSERT INTO %1_before VALUES (-1, 'dollar; quoted'); "
                                             "END $body$;\n")
                                  .arg(table);
        QVERIFY(writeConfig(folder.path(), beforeScript(table), after));
        const CliResult result = run(folder.path(), {"--table", table, "-n", "3000", "--batch-size", "1000"}, viaOdbc);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(rowsOf("SELECT COUNT(*) FROM " + table), QStringList{"3000"});
        QCOMPARE(rowsOf(QStringLiteral("SELECT * FROM %1_before ORDER BY rows_then DESC").arg(table)),
                 (QStringList{"0", "it's; before", "-1", "dollar; quoted"}));
        QCOMPARE(rowsOf(QStringLiteral("SELECT * FROM %1_after").arg(table)), (QStringList{"3000", "3"}));
    }

    void failingBeforeScriptWritesNoRow()
    {
        const QTemporaryDir folder;
        QVERIFY(writeConfig(folder.path(), "SELECT 1;\n-- then\nUPDATE missing_table SET x = 1;\n", {}));
        const CliResult result = run(folder.path(), {"--table", "ls_before_fails", "-n", "2000"}, false);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("no row was written; database.before_load_sql statement 2 (line 3: UPDATE "
                                     "missing_table SET x = 1) failed: PostgreSQL running the statement: ERROR: "
                                     "relation \"missing_table\" does not exist"),
                 qPrintable(result.err));
        QCOMPARE(rowsOf("SELECT COUNT(*) FROM ls_before_fails"), QStringList{"0"});
    }

    // Through ODBC, a GO batch whose second statement fails (psqlODBC reports it when the batch executes).
    void failingAfterScriptSaysTheRowsAreCommitted()
    {
        const QString table = "ls_after_fails";
        dropMarks(table);
        const QTemporaryDir folder;
        QVERIFY(writeConfig(folder.path(), beforeScript(table),
                            QStringLiteral("SELECT 1;\nSELECT * FROM missing_after;\nGO\n")));
        const CliResult result = run(folder.path(), {"--table", table, "-n", "2000", "--batch-size", "500"}, true);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("the rows are committed (2000 written by this run); database.after_load_sql "
                                     "statement 1 (line 1: SELECT 1;) failed: ODBC running the statement"),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains("missing_after"), qPrintable(result.err));
        QCOMPARE(rowsOf("SELECT COUNT(*) FROM " + table), QStringList{"2000"});
        QCOMPARE(rowsOf(QStringLiteral("SELECT rows_then FROM %1_before").arg(table)), QStringList{"0"});
    }
};

QTEST_GUILESS_MAIN(TestCliLoadSqlPg)
#include "test_cli_loadsql_pg.moc"
