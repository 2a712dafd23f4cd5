#include "clirunner.h"
#include "sqlitetable.h"

#include "model/schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString seedExample()
{
    return QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets/seed-example.yml");
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when server goes out of scope
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
    }

    void loadsHundredThousandRecordsIntoSqlite()
    {
        const CliResult result = m_cli->run({"-n", "100000", "-o", "sqlite:t.sqlite", "--no-email"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const TableFacts facts = readTable(m_dir->filePath("t.sqlite"));
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QCOMPARE(facts.count, 100000);
        QCOMPARE(facts.minId, 1);
        QCOMPARE(facts.maxId, 100000);
        QStringList expected;
        for (const cdr::Column &column : cdr::kCdrColumns)
            expected << QString::fromLatin1(column.name.data(), int(column.name.size()));
        QCOMPARE(facts.columns, expected);
        for (const char *column : {"start_time", "caller", "operator_code_emission"})
            QVERIFY2(facts.indexedColumns.contains(QLatin1String(column)), column);
    }

    void defaultTargetIsCdrSqliteInTheWorkingFolder()
    {
        const CliResult result = m_cli->run({"-n", "2000", "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(rowCount(m_dir->filePath("cdr.sqlite")), 2000);
    }

    void largerCountResumesToTheSameTableAsOneRun()
    {
        // The default subscriber count follows generation.records; a fixed one keeps the world the same for any
        // total, so a resumed larger run must equal one uninterrupted run.
        writeFile(m_dir->filePath("fixed.yml"), readFile(seedExample()) + "\ngeneration:\n  subscribers: 3000\n");
        QCOMPARE(m_cli->run({"-c", "fixed.yml", "-n", "30000", "-o", "sqlite:a.sqlite", "--no-email"}).exitCode, 0);
        const TableFacts firstRun = readTable(m_dir->filePath("a.sqlite"));
        const CliResult resumed = m_cli->run({"-c", "fixed.yml", "-n", "70000", "-o", "sqlite:a.sqlite", "--no-email"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains("resuming at id 30001"), qPrintable(resumed.err));
        QCOMPARE(m_cli->run({"-c", "fixed.yml", "-n", "70000", "-o", "sqlite:b.sqlite", "--no-email"}).exitCode, 0);
        const TableFacts resumedTable = readTable(m_dir->filePath("a.sqlite"));
        QCOMPARE(resumedTable.count, 70000);
        QCOMPARE(resumedTable.maxId, 70000);
        QCOMPARE(readTable(m_dir->filePath("a.sqlite"), "cdr", 30000).digest, firstRun.digest);
        QCOMPARE(resumedTable.digest, readTable(m_dir->filePath("b.sqlite")).digest);
    }

    void interruptCommitsTheBatchAndExits130ThenResumes()
    {
        const QString file = m_dir->filePath("i.sqlite");
        const QStringList arguments{"-n", "200000", "--batch-size", "2000", "--no-email"};
        const CliResult interrupted = m_cli->runAndInterrupt(arguments + QStringList{"-o", "sqlite:i.sqlite"},
                                                             [&] { return QFile::exists(file) && rowCount(file) > 0; });
        QVERIFY2(interrupted.exitCode == 130, qPrintable(interrupted.err));
        QVERIFY2(interrupted.err.contains("resume"), qPrintable(interrupted.err));
        const qint64 kept = rowCount(file);
        QVERIFY(kept > 0 && kept < 200000);
        QCOMPARE(kept % 2000, 0);

        QCOMPARE(m_cli->run(arguments + QStringList{"-o", "sqlite:i.sqlite"}).exitCode, 0);
        QCOMPARE(m_cli->run(arguments + QStringList{"-o", "sqlite:j.sqlite"}).exitCode, 0);
        const TableFacts resumed = readTable(file);
        QCOMPARE(resumed.count, 200000);
        QCOMPARE(resumed.digest, readTable(m_dir->filePath("j.sqlite")).digest);
    }

    void badInputExits2AndTouchesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("count not a number") << QStringList{"-n", "ten"} << "--count";
        QTest::newRow("count zero") << QStringList{"-n", "0"} << "--count";
        QTest::newRow("unknown option") << QStringList{"--bogus"} << "bogus";
        QTest::newRow("bad shard") << QStringList{"--shard", "3/2"} << "--shard";
        QTest::newRow("bad if-exists") << QStringList{"--if-exists", "append"} << "--if-exists";
        QTest::newRow("replace with a shard") << QStringList{"--shard", "2/4", "--if-exists", "replace"}
                                              << "replace cannot be combined with --shard 2/4";
        QTest::newRow("bad target") << QStringList{"-o", "oracle:x"} << "oracle";
        QTest::newRow("unknown libpq parameter") << QStringList{"-o", "postgresql://u@127.0.0.1:1/db?sslmod=require"}
                                                 << "unknown parameter 'sslmod'";
        QTest::newRow("bad table") << QStringList{"--table", "cdr;drop"} << "--table";
        QTest::newRow("missing config") << QStringList{"-c", "nope.yml"} << "nope.yml";
        QTest::newRow("missing env") << QStringList{"-e", "nope.env"} << "nope.env";
        QTest::newRow("bad config") << QStringList{"-c", CDRGEN_TEST_DATA "/cli/bad-shares.yml"}
                                    << "data_types.operators";
    }
    void badInputExits2AndTouchesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const CliResult result = m_cli->run(arguments + QStringList{"--no-email"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(named), qPrintable(result.err));
        QVERIFY(!QFile::exists(m_dir->filePath("cdr.sqlite")));
    }

    void unreachableServerRetriesThenExits1WithoutThePassword()
    {
        writeFile(m_dir->filePath("quick-retry.yml"),
                  readFile(seedExample()) + "\ndatabase:\n  connect_timeout_s: 2\n  retry:\n    attempts: 2\n"
                                            "    initial_delay_ms: 100\n    max_delay_ms: 200\n");
        const QString port = QString::number(closedPort());
        m_cli->setVariable("DB_DRIVER", "PostgreSQL Unicode");
        m_cli->setVariable("DB_SERVER", "127.0.0.1");
        m_cli->setVariable("DB_PORT", port);
        m_cli->setVariable("DB_NAME", "cdr");
        m_cli->setVariable("DB_USER", "analyst");
        m_cli->setVariable("DB_PASSWORD", "Sup3rSecretPw");
        const CliResult result = m_cli->run({"-c", "quick-retry.yml", "-n", "1000", "--no-email"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("Run failed"), qPrintable(result.err));
        const QString log = readFile(m_dir->filePath("cdr_generation.log"));
        QVERIFY(!log.isEmpty());
        QVERIFY(!result.err.contains("Sup3rSecretPw"));
        QVERIFY(!log.contains("Sup3rSecretPw"));
    }

    void missingOdbcDriverIsABadEnvNotARetry()
    {
        m_cli->setVariable("DB_DRIVER", "ODBC Driver 17 for SQL Server"); // not installed on this machine
        m_cli->setVariable("DB_SERVER", "sql.example.invalid");
        m_cli->setVariable("DB_PASSWORD", "Sup3rSecretPw");
        QElapsedTimer timer;
        timer.start();
        const CliResult result = m_cli->run({"-n", "100", "--no-email"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(timer.elapsed() < 5000, "a missing driver must not be retried");
        QVERIFY2(result.err.contains("odbcinst -q -d"), qPrintable(result.err));
        QVERIFY(!result.err.contains("Sup3rSecretPw"));
    }

    void previewPrintsCsvAndTouchesNoDatabase()
    {
        const CliResult result = m_cli->run({"--preview", "5"});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.first(), QString::fromStdString(cdr::csvHeader()));
        QVERIFY(lines.at(1).startsWith("1,+324"));
        QVERIFY(!QFile::exists(m_dir->filePath("cdr.sqlite")));
    }

    void validateReportsEveryProblem()
    {
        const CliResult good = m_cli->run({"--validate", "-c", seedExample()});
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        const CliResult bad = m_cli->run({"--validate", "-c", CDRGEN_TEST_DATA "/cli/bad-shares.yml"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("80"), qPrintable(bad.err)); // says what the shares sum to
    }

    // The activity warning follows the record count the run will use (-n), not the file's.
    void activityWarningFollowsTheCountOverride()
    {
        const CliResult defaults = m_cli->run({"--validate"});
        QCOMPARE(defaults.exitCode, 0);
        QVERIFY2(!defaults.err.contains("records per subscriber per day"), qPrintable(defaults.err));
        const CliResult quiet = m_cli->run({"--validate", "-n", "2000"});
        QCOMPARE(quiet.exitCode, 0); // a warning, not an error
        QVERIFY2(quiet.err.contains("warning: generation.records: 2000 records over 366.00 days"), qPrintable(quiet.err));
        QCOMPARE(quiet.err.count("records per subscriber per day"), 1);
    }

    void exportedConfigLoadsBackWithTheOverrides()
    {
        QCOMPARE(m_cli->run({"-c", seedExample(), "-n", "1234", "-s", "99", "--export-config", "out.yml"}).exitCode, 0);
        QCOMPARE(m_cli->run({"--validate", "-c", "out.yml"}).exitCode, 0);
        const CliResult again = m_cli->run({"-c", "out.yml", "--export-config", "-"});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QRegularExpression("records: 1234\\b")), qPrintable(again.out));
        QVERIFY2(again.out.contains(QRegularExpression("seed: 99\\b")), qPrintable(again.out));
        QVERIFY(again.out.contains("OP2"));
    }

    void csvToStdoutAndShardsJoinToOneRun()
    {
        const CliResult all = m_cli->run({"-n", "5000", "-o", "csv:-", "--no-email", "-q"});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out.count('\n'), 5001);
        QString joined;
        for (const QString &shard : QStringList{"1/3", "2/3", "3/3"}) {
            const CliResult part = m_cli->run({"-n", "5000", "--shard", shard, "-o", "csv:-", "--no-email", "-q"});
            QCOMPARE(part.exitCode, 0);
            joined += joined.isEmpty() ? part.out : part.out.section('\n', 1);
        }
        QCOMPARE(joined, all.out);
    }

    // Shards of one table with --if-exists fail: each refuses only rows of its own ids, not the other shards'.
    void failWithShardsRefusesOnlyTheShardsOwnIds()
    {
        const QStringList common{"-n", "3000", "--if-exists", "fail", "--no-email", "-q"};
        QCOMPARE(m_cli->run(common + QStringList{"--shard", "1/2"}).exitCode, 0);
        const CliResult second = m_cli->run(common + QStringList{"--shard", "2/2"});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(rowCount(m_dir->filePath("cdr.sqlite")), 3000);
        const CliResult again = m_cli->run(common + QStringList{"--shard", "1/2"});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("already holds ids of shard 1/2 (1..1500) (--if-exists fail)"), qPrintable(again.err));
        QCOMPARE(rowCount(m_dir->filePath("cdr.sqlite")), 3000);
        // Without --shard, fail still refuses any row.
        QCOMPARE(m_cli->run({"-n", "3000", "--if-exists", "fail", "--no-email", "-q"}).exitCode, 2);
    }

    void logFileLinesLookLikePython()
    {
        QCOMPARE(m_cli->run({"-n", "1000", "--no-email", "-q"}).exitCode, 0);
        const QString log = readFile(m_dir->filePath("cdr_generation.log"));
        const QRegularExpression line(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} - INFO - Done: 1000 records"),
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(log).hasMatch(), qPrintable(log));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
