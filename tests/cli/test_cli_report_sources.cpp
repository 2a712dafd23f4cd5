#include "clirunner.h"
#include "reportjson.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// --profile of a table another program wrote (tests/cli/seedtable.py: the seed's schema and values, written by
// Python's sqlite3), its figures against the ones the script counts from the same rows; the same rows through the
// SQLite ODBC driver, under other column names with --columns, and as .csv.gz give identical figures.
class TestCliReportSources : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QJsonObject m_expected;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    void writeFile(const QString &name, const QByteArray &text) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    // Profiles with the arguments given into NAME.json; the figures, {} on failure (reason in the message).
    QJsonObject profile(const CliRunner &cli, const QStringList &arguments, const QString &name) const
    {
        const CliResult result = cli.run(arguments + QStringList{"--report-json", name + ".json", "-q"});
        if (result.exitCode != 0)
            qWarning("%s", qPrintable(result.err));
        return readReportJson(path(name + ".json"));
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        QProcess script;
        script.start("python3", {qEnvironmentVariable("CDRGEN_SEEDTABLE"), path("seed.sqlite"), path("expected.json"),
                                 "1500", qEnvironmentVariable("CDRGEN_BELGIUM_GEOJSON")});
        QVERIFY(script.waitForFinished(60000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        m_expected = readReportJson(path("expected.json"));
        QCOMPARE(m_expected["records"].toInteger(), qint64(1500));
        writeFile("columns.yml", "# ours: theirs\ncaller: msisdn_a\ncallee: msisdn_b\nstart_time: call_start\n"
                                 "type: call_type\nantenna_lat_emission: cell_lat\n");
    }

    void seedTableAgreesWithTheScriptsCounts()
    {
        const QJsonObject figures = profile(*m_cli, {"--profile", "sqlite:seed.sqlite"}, "seed");
        QCOMPARE(reportDifference(figures, m_expected), QString());
        QCOMPARE(figures["missing_columns"].toArray().size(), 0);
    }

    void otherColumnNamesProfileWithAMapping()
    {
        const QJsonObject seed = profile(*m_cli, {"--profile", "sqlite:seed.sqlite"}, "seed");
        const QJsonObject mapped =
            profile(*m_cli, {"--profile", "sqlite:seed.sqlite", "--table", "calls", "--columns", "columns.yml"},
                    "mapped");
        QVERIFY(!mapped.isEmpty());
        QCOMPARE(withoutSource(mapped), withoutSource(seed));

        // Without the mapping the renamed columns are missing, and named.
        const QJsonObject unmapped = profile(*m_cli, {"--profile", "sqlite:seed.sqlite", "--table", "calls"}, "bare");
        const QJsonArray missing = unmapped["missing_columns"].toArray();
        for (const char *column : {"caller", "callee", "start_time", "type", "antenna_lat_emission"})
            QVERIFY2(missing.contains(QLatin1String(column)), column);
    }

    void sqliteOdbcDriverGivesTheSameFigures()
    {
        CliRunner odbc(m_dir->path());
        odbc.setVariable("DB_DRIVER", "SQLite3");
        odbc.setVariable("DB_NAME", path("seed.sqlite"));
        const QJsonObject viaOdbc =
            profile(odbc, {"--profile", "odbc", "--table", "calls", "--columns", "columns.yml"}, "odbc");
        QVERIFY(!viaOdbc.isEmpty());
        QCOMPARE(withoutSource(viaOdbc), withoutSource(profile(*m_cli, {"--profile", "sqlite:seed.sqlite"}, "seed")));
    }

    void gzipCsvReadsLikeThePlainFile()
    {
        const CliResult run = m_cli->run({"-n", "4000", "-o", "csv:run.csv", "--no-email", "-q"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess gzip;
        gzip.start("python3", {"-c", "import gzip,shutil,sys; shutil.copyfileobj(open(sys.argv[1],'rb'), "
                                     "gzip.open(sys.argv[2],'wb'))",
                               path("run.csv"), path("run.csv.gz")});
        QVERIFY(gzip.waitForFinished(60000) && gzip.exitCode() == 0);
        const QJsonObject plain = profile(*m_cli, {"--profile", "csv:run.csv"}, "plain");
        QCOMPARE(plain["records"].toInteger(), qint64(4000));
        QCOMPARE(withoutSource(profile(*m_cli, {"--profile", "csv:run.csv.gz"}, "gz")), withoutSource(plain));

        QFile truncated(path("cut.csv.gz"));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        QFile whole(path("run.csv.gz"));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        truncated.write(whole.read(whole.size() / 2));
        truncated.close();
        const CliResult cut = m_cli->run({"--profile", "csv:cut.csv.gz", "--report-json", "cut.json"});
        QCOMPARE(cut.exitCode, 1);
        QVERIFY2(cut.err.contains("cut.csv.gz"), qPrintable(cut.err));
        QVERIFY(!QFile::exists(path("cut.json")));
    }

    void badMappingsAreNamed()
    {
        writeFile("unknown.yml", "caller: msisdn_a\ncaler_imei: imei\n");
        CliResult result = m_cli->run({"--profile", "sqlite:seed.sqlite", "--table", "calls", "--columns",
                                       "unknown.yml", "--report-json", "x.json"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("not columns of the CDR table: caler_imei"), qPrintable(result.err));

        writeFile("absent.yml", "caller: msisdn_a\nimei_caller: handset\n");
        result = m_cli->run({"--profile", "sqlite:seed.sqlite", "--table", "calls", "--columns", "absent.yml",
                             "--report-json", "x.json"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("does not have: handset (for imei_caller)"), qPrintable(result.err));

        result = m_cli->run({"--profile", "sqlite:seed.sqlite", "--columns", "nothing.yml", "--report-json", "x.json"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("cannot read the column mapping nothing.yml"), qPrintable(result.err));
        QVERIFY(!QFile::exists(path("x.json")));

        result = m_cli->run({"-n", "10", "-o", "csv:x.csv", "--columns", "columns.yml", "--report-json", "x.json"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--columns goes with --profile"), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliReportSources)
#include "test_cli_report_sources.moc"
