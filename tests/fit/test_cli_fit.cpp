#include "clirunner.h"

#include "config/configloader.h"
#include "config/configwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace cdr;

// cdrgen-cli --fit-from SOURCE --export-config FILE: a run written to SQLite by the CLI with known knobs is fitted
// back from the table; the fitted file loads; bad invocations and thin sources are named.
class TestCliFit : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    static double share(const std::map<std::string, double> &weights, const std::string &name)
    {
        double sum = 0;
        for (const auto &[key, weight] : weights)
            sum += weight;
        return weights.at(name) / sum;
    }
    static bool within(double actual, double expected)
    {
        const bool ok = std::abs(actual - expected) <= 0.05 * std::abs(expected);
        if (!ok)
            qWarning("%g is not within 5 %% of %g", actual, expected);
        return ok;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
    }

    void fitsTheKnobsBackFromAnSqliteTable()
    {
        ConfigLoadResult bundled = loadBundledDefaultConfig();
        QVERIFY(bundled.ok());
        Config known = bundled.config;
        known.generation.subscribers = 1'200;
        known.generation.periodStart = "2024-06-03 00:00:00";
        known.generation.periodEnd = "2024-06-23 23:59:59";
        known.logging.file.clear();
        known.realism.callTypeWeights = {{"VOICE", 40}, {"SMS", 45}, {"DATA", 15}};
        known.realism.statusWeights = {{"VOICE", {{"SUCCESS", 50}, {"MISSED", 30}, {"FAILED", 20}}}};
        known.realism.voiceMedianSeconds = 120, known.realism.voiceSigma = 0.9;
        known.realism.dataMedianSeconds = 300, known.realism.dataSigma = 1.3;
        known.realism.weekendActivity = 1.2;
        std::string error;
        QVERIFY2(saveConfigFile(known, path("known.yml").toStdString(), &error), error.c_str());
        CliResult result = m_cli->run({"-c", "known.yml", "-n", "100000", "-o", "sqlite:known.sqlite", "--table",
                                       "calls", "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        result = m_cli->run({"--fit-from", "sqlite:known.sqlite", "--table", "calls", "--export-config", "fitted.yml"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.contains("fit: realism.call_type_weights: VOICE"));
        QVERIFY(result.err.contains("fit: realism.hour_weights.working_day from "));
        const ConfigLoadResult fitted = loadConfigFile(path("fitted.yml").toStdString());
        QVERIFY(fitted.ok());
        const Config &c = fitted.config;
        QCOMPARE(c.generation.records, 100'000);
        QCOMPARE(c.generation.periodStart, known.generation.periodStart);
        QCOMPARE(c.generation.periodEnd, known.generation.periodEnd);
        QVERIFY(within(double(c.generation.subscribers), 1'200));
        for (const std::string type : {"VOICE", "SMS", "DATA"})
            QVERIFY(within(share(c.realism.callTypeWeights, type), share(known.realism.callTypeWeights, type)));
        for (const std::string status : {"SUCCESS", "MISSED", "FAILED"})
            QVERIFY(within(share(c.realism.statusWeights.at("VOICE"), status),
                           share(known.realism.statusWeights.at("VOICE"), status)));
        QVERIFY(within(c.realism.voiceMedianSeconds, 120));
        QVERIFY(within(c.realism.voiceSigma, 0.9));
        QVERIFY(within(c.realism.dataMedianSeconds, 300));
        QVERIFY(within(c.realism.dataSigma, 1.3));
        QVERIFY(within(c.realism.weekendActivity, 1.2));
        QCOMPARE(c.realism.workingDayHourWeights.size(), std::size_t(24));
        QCOMPARE(c.realism.restDayHourWeights.size(), std::size_t(24));
    }

    void namesBadInvocationsAndThinSources()
    {
        CliResult result = m_cli->run({"--fit-from", "csv:x.csv"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--fit-from: give --export-config FILE"));
        result = m_cli->run({"--fit-from", "csv:x.csv", "--export-config", "-", "--preview", "3"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--fit-from goes with --export-config alone"));

        result = m_cli->run({"--fit-from", "csv:absent.csv", "--export-config", "out.yml"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("--fit-from: ") && result.err.contains("absent.csv"), qPrintable(result.err));
        QVERIFY(!QFile::exists(path("out.yml")));

        QFile thin(path("thin.csv"));
        QVERIFY(thin.open(QIODevice::WriteOnly));
        thin.write("id,start_time,type,status,caller\n1,2024-05-06 10:00:00,VOICE,SUCCESS,+32470000001\n");
        thin.close();
        result = m_cli->run({"--fit-from", "csv:thin.csv", "--export-config", "-"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.contains("fit: the source has no column duration"));
        QVERIFY(result.err.contains("fit: call type mix: 1 typed records (fewer than 100)"));
        QVERIFY(result.err.contains("fit: hourly profile: 1 records on working days and 0 on rest days"));
        QVERIFY(loadConfigText(result.out.toStdString(), "stdout").ok());
    }
};

QTEST_GUILESS_MAIN(TestCliFit)
#include "test_cli_fit.moc"
