#include "clirunner.h"
#include "tableshapes.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// SQLite tables that someone else made and half filled (sqlite3 importing the first rows of a CSV run of the same
// config): compatible shapes are resumed to exactly the rows of one run; incompatible ones exit 2 before writing,
// listing every problem.
class TestCliTableShapes : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    static constexpr int kHalf = 3000;
    static constexpr int kTotal = 9000;

    // sqlite3 (the shell) runs `script` on `file`; its stderr, empty when it succeeded.
    QString sqliteShell(const QString &file, const QString &script) const
    {
        QProcess shell;
        shell.setWorkingDirectory(m_dir.path());
        shell.start("sqlite3", {"-bail", file});
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        if (!shell.waitForFinished(60000))
            return "sqlite3 did not finish";
        const QString err = QString::fromUtf8(shell.readAllStandardError());
        return shell.exitCode() == 0 && err.isEmpty() ? QString() : "sqlite3 failed: " + err;
    }

    // Creates `table` in `file` with `shape` and, if asked, fills it with the CSV run's first kHalf rows.
    QString makeTable(const QString &file, const QString &table, const TableShape &shape, bool halfLoad) const
    {
        QString script = createTableSql(table, shape) + ";\n";
        if (halfLoad) {
            QStringList values;
            for (const QString &column : cdrColumnsIn(shape).split(", "))
                values << QStringLiteral("NULLIF(%1, '')").arg(column);
            script += QStringLiteral(".mode csv\n.import half.csv staging\nINSERT INTO %1 (%2) SELECT %3 FROM staging;\n"
                                     "DROP TABLE staging;\n")
                          .arg(table, cdrColumnsIn(shape), values.join(", "));
        }
        return sqliteShell(file, script);
    }

    // -1 when the query fails.
    static qint64 number(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    static QString cdrColumns()
    {
        return cdrColumnsIn(seedShape("DATETIME"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        QFile seed(QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets/seed-example.yml"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QFile fixed(m_dir.filePath("fixed.yml"));
        QVERIFY(fixed.open(QIODevice::WriteOnly));
        fixed.write(seed.readAll() + "\ngeneration:\n  subscribers: 3000\n");
        fixed.close();
        const CliResult half = m_cli->run({"-c", "fixed.yml", "-n", QString::number(kHalf), "-o", "csv:half.csv", "--no-email", "-q"});
        QVERIFY2(half.exitCode == 0, qPrintable(half.err));
        const CliResult reference = m_cli->run({"-c", "fixed.yml", "-n", QString::number(kTotal), "-o", "sqlite:ref.sqlite", "--no-email", "-q"});
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
    }

    void compatibleShapesResumeToTheExactRows_data()
    {
        QTest::addColumn<int>("shapeIndex");
        QTest::newRow("seed's shape") << 0;
        QTest::newRow("other types, reversed order, extra columns") << 1;
    }
    void compatibleShapesResumeToTheExactRows()
    {
        QFETCH(int, shapeIndex);
        TableShape shape = seedShape("DATETIME");
        if (shapeIndex == 1) {
            shape = cdrShape({{cdr::ColumnKind::Id, "INTEGER NOT NULL"}, {cdr::ColumnKind::Text, "TEXT"},
                              {cdr::ColumnKind::Timestamp, "TIMESTAMP"}, {cdr::ColumnKind::Integer, "SMALLINT"},
                              {cdr::ColumnKind::Real, "REAL"}});
            setDefinition(shape, "caller_lon_home", "NUMERIC(9,6)");
            setDefinition(shape, "callee", "NVARCHAR(14)");
            std::reverse(shape.begin(), shape.end());
            shape.push_back({"note", "TEXT"});
            shape.push_back({"loaded_at", "TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP"});
        }
        const QString file = QStringLiteral("shape%1.sqlite").arg(shapeIndex);
        const QString problem = makeTable(file, "t", shape, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CliResult resumed =
            m_cli->run({"-c", "fixed.yml", "-n", QString::number(kTotal), "-o", "sqlite:" + file, "--table", "t", "--no-email"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains("resuming at id 3001"), qPrintable(resumed.err));

        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", file);
        db.setDatabaseName(m_dir.filePath(file));
        QVERIFY(db.open());
        QSqlQuery attach(db);
        QVERIFY2(attach.exec(QStringLiteral("ATTACH '%1' AS ref").arg(m_dir.filePath("ref.sqlite"))), qPrintable(attach.lastError().text()));
        QCOMPARE(number(db, "SELECT COUNT(*) FROM t"), qint64(kTotal));
        // The rows cdrgen wrote are exactly the reference run's, value for value. The half-load's coordinates are
        // sqlite3's own reading of the CSV text (SQLite 3.40 rounds about 1 % of them to the neighbouring double),
        // so every row is compared as the text SQLite shows (15 significant digits).
        const QString columns = cdrColumns();
        const QString ours = "SELECT " + columns + " FROM %1 WHERE id > " + QString::number(kHalf);
        QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2)").arg(ours.arg("t"), ours.arg("ref.cdr"))), qint64(0));
        QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2)").arg(ours.arg("ref.cdr"), ours.arg("t"))), qint64(0));
        QStringList asText;
        for (const QString &column : columns.split(", "))
            asText << QStringLiteral("CAST(%1 AS TEXT)").arg(column);
        const QString all = "SELECT " + asText.join(", ") + " FROM %1";
        QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2)").arg(all.arg("t"), all.arg("ref.cdr"))), qint64(0));
        QCOMPARE(number(db, QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2)").arg(all.arg("ref.cdr"), all.arg("t"))), qint64(0));
        // Every text column still holds text (an IMEI's leading zeros, a number's '+').
        QCOMPARE(number(db, "SELECT COUNT(*) FROM t WHERE typeof(caller) <> 'text' OR typeof(imei_caller) <> 'text'"), qint64(0));
        if (shapeIndex == 1)
            QCOMPARE(number(db, "SELECT COUNT(*) FROM t WHERE loaded_at IS NULL OR note IS NOT NULL"), qint64(0));
        db.close();
    }

    void incompatibleShapesExitTwoBeforeWritingListingEveryProblem()
    {
        TableShape halfLoaded = seedShape("DATETIME");
        setDefinition(halfLoaded, "caller", "VARCHAR(10)");
        setDefinition(halfLoaded, "start_time", "DATE");
        setDefinition(halfLoaded, "imei_receiver", "BIGINT");
        removeColumn(halfLoaded, "imei_caller");
        QVERIFY(makeTable("bad.sqlite", "t", halfLoaded, true).isEmpty());
        TableShape empty = seedShape("DATETIME");
        setDefinition(empty, "callee", "VARCHAR(20) NOT NULL");
        empty.push_back({"region", "TEXT NOT NULL"});
        QVERIFY(makeTable("bad.sqlite", "e", empty, false).isEmpty());

        const CliResult refused =
            m_cli->run({"-c", "fixed.yml", "-n", QString::number(kTotal), "-o", "sqlite:bad.sqlite", "--table", "t", "--no-email"});
        QCOMPARE(refused.exitCode, 2);
        for (const char *expected :
             {"table t in bad.sqlite cannot take this run's rows (nothing was written",
              "  - column caller: VARCHAR(10) is narrower than the longest value this run can write (12 characters)",
              "  - column start_time: DATE has no time of day (use a timestamp type)",
              "  - missing column imei_caller",
              "  - column imei_receiver: BIGINT cannot hold text (values such as 356938035643809)"})
            QVERIFY2(refused.err.contains(QLatin1String(expected)), qPrintable(expected + QString("\n") + refused.err));
        const CliResult refusedEmpty =
            m_cli->run({"-c", "fixed.yml", "-n", QString::number(kTotal), "-o", "sqlite:bad.sqlite", "--table", "e", "--no-email"});
        QCOMPARE(refusedEmpty.exitCode, 2);
        for (const char *expected :
             {"  - column callee: NOT NULL, but this run leaves it empty (NULL) for off-net calls and data sessions",
              "  - column region: NOT NULL without a default, and cdrgen writes no value there"})
            QVERIFY2(refusedEmpty.err.contains(QLatin1String(expected)), qPrintable(expected + QString("\n") + refusedEmpty.err));

        // Nothing was written and nothing was changed: the same rows, no index made or dropped.
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "bad");
        db.setDatabaseName(m_dir.filePath("bad.sqlite"));
        QVERIFY(db.open());
        QCOMPARE(number(db, "SELECT COUNT(*) FROM t"), qint64(kHalf));
        QCOMPARE(number(db, "SELECT MAX(id) FROM t"), qint64(kHalf));
        QCOMPARE(number(db, "SELECT COUNT(*) FROM e"), qint64(0));
        QCOMPARE(number(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"), qint64(0));
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestCliTableShapes)
#include "test_cli_tableshapes.moc"
