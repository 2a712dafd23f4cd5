#include "config/configloader.h"
#include "config/configwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "issuetesting.h"

#include <limits>

#include <unistd.h>

namespace {

// Every field away from its default, with text that YAML would otherwise read as something else.
cdr::Config unusualConfig()
{
    cdr::Config c = cdr::Config::seedDefaults();
    c.logging = {"debug", "%(asctime)s.%(msecs)03d [%(levelname)s] \"%(name)s\": %(message)s # not a comment", ""};
    c.operators = {{"NO", 33.3, "Op: \"quoted\" # hash", "206-01", {"047", "0456"}},
                   {"1e3", 33.3, "Ünïcödé ✓", "", {"04510"}},
                   {"null", 33.4, "", "206-100", {}}};
    c.callTypes = {"VOICE", "yes", "~"};
    c.callStatus = {"OK", "0x10", "[x]"};
    c.antennaTypes = {"MACRO", "a: b", "- c"};
    c.duration = {0, 86400};
    c.antennaId = {0, 9'999'999};
    c.altitude = {-500, 9000};
    c.latitude = {0.1 + 0.2, 51.49999999999999};
    c.longitude = {-1e-7, 6.123456789012345};
    c.generation = {1'000'000'000'000, 1'000'000, std::numeric_limits<std::uint64_t>::max(), "2023-03-26",
                    "2023-10-29 03:00:00", 256, 100'000'000};
    c.database = {100, 0, 1.5, 0, 0.0, 3600, 86400, "replace"};
    c.realism.callTypeWeights = {{"VOICE", 1e-9}, {"yes", 0}, {"~", 2.5}};
    c.realism.statusWeights = {{"VOICE", {{"OK", 1}, {"0x10", 0.25}}}, {"~", {{"[x]", 7}}}};
    c.realism.antennaTypeWeights = {{"a: b", 3}};
    c.realism.voiceMedianSeconds = 1.0 / 3;
    c.realism.voiceSigma = 5;
    c.realism.dataMedianSeconds = 86400;
    c.realism.dataSigma = 0.001;
    c.realism.contactCallShare = 0;
    c.realism.meanContacts = 10000;
    c.realism.awayFromHomeShare = 1;
    c.realism.weekendActivity = 0;
    c.realism.imeiChangeShare = 0.5;
    c.realism.activitySkew = 10;
    c.realism.workingDayHourWeights.assign(24, 0.0);
    c.realism.workingDayHourWeights[23] = 1e9;
    c.realism.workingDayHourWeights[3] = 1.0 / 3;
    for (int hour = 0; hour < 24; ++hour)
        c.realism.restDayHourWeights.push_back(0.1 * hour);
    c.events.holidays = false;
    c.events.newYear = {false, 1440, 100, 1};
    c.events.gatherings = {{"Rock: \"Werchter\" # day ✓", false, {50.123456789012345, 4.1 + 0.2, 0.05},
                            "2023-07-06", "2023-07-07 01:59:59", 10'000'000, 0},
                           {"null", true, {51.49999999999999, 6.123456789012345, 50}, "2023-03-26 00:00:00",
                            "2023-03-26 00:00:01", 1, 1}};
    c.events.outages = {{"- outage: [x]", true, {0.1 + 0.2, -1e-7, 12.5}, "2023-10-29", "2023-10-29 03:00:00", 0, 1},
                        {"yes", false, {1, 1, 1}, "2023-04-01 08:00:00", "2023-04-01 12:00:00", 1440, 0.5}};
    return c;
}

cdr::Config defectsWithOptions()
{
    cdr::Config config = cdr::loadBundledDefaultConfig().config;
    config.defects.duplicates = {0.01, {"near"}, {}};
    config.defects.missingFields = {0.02, {}, {"caller", "start_time"}};
    config.defects.corruptValues.rate = 0.005;
    return config;
}

// Two scenarios on, one with its own window and mimicry, one parameter off its default.
cdr::Config scenariosWithOptions()
{
    cdr::Config config = cdr::loadBundledDefaultConfig().config;
    cdr::ScenarioConfig &box = config.scenarios[cdr::ScenarioKind::SimBox];
    box.enabled = true;
    box.start = "2024-03-01 00:00:00";
    box.end = "2024-04-30 23:59:59";
    box.values[cdr::kMimicry] = 0.75;
    box.values[cdr::scenarioParameterIndex(cdr::ScenarioKind::SimBox, "sims_per_box")] = 32;
    config.scenarios[cdr::ScenarioKind::MultiSim].enabled = true;
    return config;
}

} // namespace

class TestConfigWriter : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsEveryField_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("seed defaults") << 0;
        QTest::newRow("belgian default") << 1;
        QTest::newRow("unusual values") << 2;
        QTest::newRow("busy-year preset") << 3;
        QTest::newRow("dirty-data preset") << 4;
        QTest::newRow("defects with variants and columns") << 5;
        QTest::newRow("fraud-lab preset") << 6;
        QTest::newRow("scenarios with windows and mimicry") << 7;
    }

    void roundTripKeepsEveryField()
    {
        QFETCH(int, which);
        const cdr::Config original =
            which == 0   ? cdr::Config::seedDefaults()
            : which == 1 ? cdr::loadBundledDefaultConfig().config
            : which == 2 ? unusualConfig()
            : which == 3 ? cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/busy-year.yml").config
            : which == 4 ? cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/dirty-data.yml").config
            : which == 5 ? defectsWithOptions()
            : which == 6 ? cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/fraud-lab.yml").config
                         : scenariosWithOptions();
        QVERIFY2(cdr::validateConfig(original).empty(), describe(cdr::validateConfig(original)).c_str());
        const std::string yaml = cdr::configToYaml(original);
        const auto reloaded = cdr::loadConfigText(yaml, "exported");
        QVERIFY2(reloaded.issues.empty(), (describe(reloaded.issues) + "\n" + yaml).c_str());
        QVERIFY2(reloaded.config == original, yaml.c_str());
        QCOMPARE(cdr::configToYaml(reloaded.config), yaml); // and it is stable
    }

    void exportWritesEverySection()
    {
        const std::string yaml = cdr::configToYaml(cdr::Config::seedDefaults());
        for (const char *key : {"logging:", "data_types:", "operators:", "call_types:", "call_status:",
                                "antenna_types:", "ranges:", "duration:", "antenna_id:", "altitude:", "geography:",
                                "latitude:", "longitude:", "generation:", "records:", "batch_size:", "seed:",
                                "period:", "threads:", "subscribers:", "database:", "if_exists:",
                                "connect_timeout_s:", "query_timeout_s:", "retry:", "attempts:", "initial_delay_ms:", "multiplier:",
                                "max_delay_ms:", "jitter:", "realism:", "call_type_weights:", "status_weights:",
                                "antenna_type_weights:", "voice_median_s:", "voice_sigma:", "data_median_s:",
                                "data_sigma:", "contact_call_share:", "mean_contacts:", "away_from_home_share:",
                                "weekend_activity:", "imei_change_share:", "activity_skew:"})
            QVERIFY2(yaml.find(key) != std::string::npos, key);
        const std::string events = cdr::configToYaml(unusualConfig());
        for (const char *key : {"events:", "holidays:", "new_year:", "enabled:", "minutes:", "surge:", "failure_share:",
                                "gatherings:", "name:", "radius_km:", "start:", "end:", "attendance:", "outages:",
                                "spike_minutes:"})
            QVERIFY2(events.find(std::string("\n") + key) != std::string::npos
                         || events.find(std::string(" ") + key) != std::string::npos,
                     key);
    }

    // realism.hour_weights is written only when set (a default export stays as it was), both lists together.
    void hourWeightsAreWrittenOnlyWhenSet()
    {
        QVERIFY(cdr::configToYaml(cdr::Config::seedDefaults()).find("hour_weights") == std::string::npos);
        cdr::Config config = cdr::Config::seedDefaults();
        config.realism.restDayHourWeights.assign(24, 2.5);
        const std::string yaml = cdr::configToYaml(config);
        QVERIFY2(yaml.find("hour_weights:") != std::string::npos, yaml.c_str());
        QVERIFY2(yaml.find("working_day: []") != std::string::npos, yaml.c_str());
        const auto reloaded = cdr::loadConfigText(yaml, "exported");
        QVERIFY2(reloaded.issues.empty(), describe(reloaded.issues).c_str());
        QVERIFY(reloaded.config.realism.workingDayHourWeights.empty());
        QCOMPARE(reloaded.config.realism.restDayHourWeights, std::vector<double>(24, 2.5));
    }

    // The events section alone, written and read back: every event kept with its order and text.
    void eventsSectionRoundTrips()
    {
        const cdr::Config original = unusualConfig();
        const auto reloaded = cdr::loadConfigText(cdr::configToYaml(original), "exported");
        QVERIFY2(reloaded.ok(), describe(reloaded.issues).c_str());
        QVERIFY(reloaded.config.events == original.events);
        QCOMPARE(reloaded.config.events.gatherings.at(0).name, std::string("Rock: \"Werchter\" # day ✓"));
        QCOMPARE(reloaded.config.events.outages.at(1).area.latitude, 1.0);
        // An empty list stays empty (not the default config's examples).
        cdr::Config none = cdr::loadBundledDefaultConfig().config;
        none.events.gatherings.clear();
        QVERIFY(cdr::loadConfigText(cdr::configToYaml(none), "none").config.events.gatherings.empty());
    }

    void savedFileLoadsBackEqual()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("nested.yml")).toStdString();
        std::string error;
        const cdr::Config original = unusualConfig();
        QVERIFY2(cdr::saveConfigFile(original, path, &error), error.c_str());
        const auto loaded = cdr::loadConfigFile(path);
        QVERIFY2(loaded.issues.empty(), describe(loaded.issues).c_str());
        QVERIFY(loaded.config == original);
        // Overwriting replaces the whole file.
        QVERIFY2(cdr::saveConfigFile(cdr::Config::seedDefaults(), path, &error), error.c_str());
        QVERIFY(cdr::loadConfigFile(path).config == cdr::Config::seedDefaults());
    }

    void failedSaveLeavesTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("config.yml"));
        const QByteArray old = "# the old file\ngeneration:\n  records: 42\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(old), qint64(old.size()));
        }
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        // root ignores directory permissions, so the save runs as "nobody" for its duration.
        const bool asRoot = geteuid() == 0;
        if (asRoot)
            QCOMPARE(seteuid(65534), 0);
        std::string error;
        const bool saved = cdr::saveConfigFile(cdr::Config::seedDefaults(), path.toStdString(), &error);
        if (asRoot)
            QCOMPARE(seteuid(0), 0);
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(!saved);
        QVERIFY(error.find("config.yml") != std::string::npos);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("config.yml")});
    }

    void saveIntoMissingFolderFails()
    {
        QTemporaryDir dir;
        std::string error;
        QVERIFY(!cdr::saveConfigFile(cdr::Config::seedDefaults(),
                                     dir.filePath(QStringLiteral("missing/config.yml")).toStdString(), &error));
        QVERIFY(!error.empty());
    }
};

QTEST_GUILESS_MAIN(TestConfigWriter)
#include "test_configwriter.moc"
