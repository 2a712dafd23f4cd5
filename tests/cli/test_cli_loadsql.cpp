#include "clirunner.h"
#include "loadsqlscripts.h"
#include "sqlitetable.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace loadsqltest;

// database.before_load_sql / after_load_sql against SQLite, written by the SQLite sink and through the SQLite ODBC
// driver: where they run, what a failing statement does, and the requests refused before anything is written.
class TestCliLoadSql : public QObject {
    Q_OBJECT

    static QString indexCount(const QString &table)
    {
        return QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = '%1'").arg(table);
    }

    // {rows_then, ...} of one marks table, "" for none.
    static QStringList marks(const QString &file, const QString &table)
    {
        QStringList values;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("marks"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                    while (query.next())
                        for (int c = 0; c < query.record().count(); ++c)
                            values << query.value(c).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("marks"));
        return values;
    }

private slots:
    void scriptsRunAroundTheLoad_data()
    {
        QTest::addColumn<bool>("viaOdbc");
        QTest::newRow("sqlite:") << false;
        QTest::newRow("odbc (SQLite3 driver)") << true;
    }
    void scriptsRunAroundTheLoad()
    {
        QFETCH(bool, viaOdbc);
        const QTemporaryDir dir;
        QVERIFY(writeConfig(dir.path(), beforeScript("cdr"), afterScript("cdr", indexCount("cdr"))));
        CliRunner cli(dir.path());
        QStringList arguments = {"-c", "conf/config.yml", "-n", "3000", "--batch-size", "1000", "--no-email"};
        const QString file = dir.filePath("out.sqlite");
        if (viaOdbc) {
            cli.setVariable("DB_DRIVER", "SQLite3");
            cli.setVariable("DB_NAME", file);
            arguments << "-o" << "odbc";
        } else {
            arguments << "-o" << "sqlite:out.sqlite";
        }
        const CliResult result = cli.run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains("Running database.before_load_sql (3 statements)"), qPrintable(result.err));
        QCOMPARE(rowCount(file), 3000);
        // Before: the table existed and held no row. After: every row and the three indexes.
        QCOMPARE(marks(file, "cdr_before"), (QStringList{"0", "it's; before"}));
        QCOMPARE(marks(file, "cdr_after"), (QStringList{"3000", "3"}));
    }

    void failingBeforeScriptWritesNoRow()
    {
        const QTemporaryDir dir;
        QVERIFY(writeConfig(dir.path(), "CREATE TABLE ok_first (x integer);\n\nINSERT INTO missing_table VALUES (1);\n",
                            afterScript("cdr", indexCount("cdr"))));
        const CliResult result =
            CliRunner(dir.path()).run({"-c", "conf/config.yml", "-n", "3000", "-o", "sqlite:out.sqlite", "--no-email"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("no row was written; database.before_load_sql statement 2 (line 3: INSERT INTO "
                                     "missing_table VALUES (1)) failed: SQLite out.sqlite: running the statement: "
                                     "no such table: missing_table"),
                 qPrintable(result.err));
        QCOMPARE(rowCount(dir.filePath("out.sqlite")), 0);
        QCOMPARE(marks(dir.filePath("out.sqlite"), "cdr_after"), QStringList{}); // the after-script did not run
    }

    void failingAfterScriptSaysTheRowsAreCommitted()
    {
        const QTemporaryDir dir;
        QVERIFY(writeConfig(dir.path(), beforeScript("cdr"), "UPDATE no_such_table SET x = 1;\n"));
        const CliResult result = CliRunner(dir.path()).run(
            {"-c", "conf/config.yml", "-n", "2500", "--batch-size", "1000", "-o", "sqlite:out.sqlite", "--no-email"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("the rows are committed (2500 written by this run); database.after_load_sql "
                                     "statement 1 (line 1: UPDATE no_such_table SET x = 1) failed: "),
                 qPrintable(result.err));
        const TableFacts facts = readTable(dir.filePath("out.sqlite"));
        QCOMPARE(facts.count, 2500);
        QCOMPARE(facts.indexedColumns.size(), 3);
    }

    void refusedBeforeAnythingIsWritten_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("untouched");
        QTest::newRow("csv") << QStringList{"-o", "csv:out.csv"}
                             << "database.before_load_sql: a csv: target runs no SQL" << "out.csv";
        QTest::newRow("shards of one table")
            << QStringList{"-o", "sqlite:out.sqlite", "--shard", "2/3"}
            << "database.before_load_sql: shards that share one table (--shard 2/3) run no load SQL" << "out.sqlite";
        QTest::newRow("bcp") << QStringList{"-o", "bcp:outbcp"} << "database.before_load_sql: a bcp: folder runs no SQL"
                             << "outbcp";
        QTest::newRow("split tsql") << QStringList{"-o", "tsql:out.sql", "--split", "day"}
                                    << "database.before_load_sql: --split writes many files" << "out_manifest.csv";
    }

    void tsqlScriptHoldsTheTextWhereItRuns()
    {
        // A tsql: script runs no SQL here: the before-text goes after the table's DDL and before the first batch, the
        // after-text after the indexes, each ended by GO.
        const QTemporaryDir dir;
        const QString before = beforeScript("cdr"), after = afterScript("cdr", indexCount("cdr"));
        QVERIFY(writeConfig(dir.path(), before, after));
        const CliResult result = CliRunner(dir.path()).run(
            {"-c", "conf/config.yml", "-n", "2500", "--batch-size", "1000", "--no-email", "-o", "tsql:out.sql"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(!result.err.contains("Running database."), qPrintable(result.err));
        QFile file(dir.filePath("out.sql"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray script = file.readAll();
        const qsizetype beforeAt = script.indexOf(before.toUtf8() + "GO\n");
        const qsizetype afterAt = script.indexOf(after.toUtf8() + "GO\n");
        QVERIFY(beforeAt > script.indexOf("CREATE TABLE [cdr] ("));
        QVERIFY(beforeAt < script.indexOf("BEGIN TRANSACTION;"));
        QVERIFY(afterAt > script.lastIndexOf("CREATE INDEX"));
        QVERIFY(afterAt > script.lastIndexOf("COMMIT TRANSACTION;"));
        QCOMPARE(script.count("BEGIN TRANSACTION;"), qsizetype(3));
    }
    void refusedBeforeAnythingIsWritten()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFETCH(QString, untouched);
        const QTemporaryDir dir;
        QVERIFY(writeConfig(dir.path(), beforeScript("cdr"), {}));
        const CliResult result =
            CliRunner(dir.path()).run(QStringList{"-c", "conf/config.yml", "-n", "100", "--no-email"} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(dir.filePath(untouched)));
    }

    void missingFileExitsTwoNamingKeyAndPath()
    {
        const QTemporaryDir dir;
        QVERIFY(writeConfig(dir.path(), beforeScript("cdr"), {}));
        QVERIFY(QFile::remove(dir.filePath("conf/sql/before.sql")));
        CliRunner cli(dir.path());
        const QString expected = "database.before_load_sql: file '" + dir.filePath("conf/sql/before.sql") +
                                 "' does not exist";
        const CliResult validate = cli.run({"-c", "conf/config.yml", "--validate"});
        QCOMPARE(validate.exitCode, 2);
        QVERIFY2((validate.out + validate.err).contains(expected), qPrintable(validate.out + validate.err));
        const CliResult run = cli.run({"-c", "conf/config.yml", "-n", "100", "-o", "sqlite:out.sqlite", "--no-email"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir.filePath("out.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestCliLoadSql)
#include "test_cli_loadsql.moc"
