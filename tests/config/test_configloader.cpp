#include "config/belgiumoverlap.h"
#include "config/configloader.h"
#include "config/periodtime.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "issuetesting.h"

#include <cstdint>
#include <set>

using cdr::ConfigIssue;

namespace {

const QString kData = QStringLiteral(CDRGEN_TEST_DATA "/config/");

struct MalformedCase {
    const char *file;
    const char *keyPath;  // substring of the issue's key path
    const char *message;  // substring of the issue's message (the rule)
    bool warningOnly = false;
};

// Each file breaks one rule; the row names the key that must be blamed and the rule that must be stated.
const MalformedCase kMalformed[] = {
    {"syntax_bad_indent.yml", "syntax_bad_indent.yml", "YAML syntax error at line 3, column"},
    {"syntax_unclosed_quote.yml", "syntax_unclosed_quote.yml", "line 4, column 9: a quoted value has no closing quote"},
    {"not_utf8.yml", "not_utf8.yml", "not UTF-8 text: byte 0xE9 at line 3, column 14; save the file as UTF-8"},
    {"alias_loop.yml", "alias_loop.yml", "more than 100000 values once its aliases (*name) are expanded"},
    {"type_records_text.yml", "generation.records", "expected a whole number, got \"many\""},
    {"type_operators_map.yml", "data_types.operators", "expected a list of operators, got a map"},
    {"type_call_types_scalar.yml", "data_types.call_types", "expected a list"},
    {"type_duration_min_text.yml", "ranges.duration.min", "expected a whole number"},
    {"type_latitude_list.yml", "geography.latitude", "expected a map of keys, got a list"},
    {"type_share_quoted.yml", "data_types.operators[0].market_share", "quoted text"},
    {"type_level_map.yml", "logging.level", "expected a text value, got a map"},
    {"shares_sum_90.yml", "data_types.operators", "sum to 100, they sum to 90"},
    {"share_negative.yml", "data_types.operators[1].market_share", "must be > 0"},
    {"share_zero.yml", "data_types.operators[2].market_share", "must be > 0"},
    {"duration_min_gt_max.yml", "ranges.duration", "min (3600) must be <= max (10)"},
    {"duration_negative.yml", "ranges.duration.min", "between 0 and"},
    {"altitude_too_high.yml", "ranges.altitude.max", "between -500 and 9000"},
    {"antenna_id_negative.yml", "ranges.antenna_id.min", "between 0 and"},
    {"antenna_id_too_many.yml", "ranges.antenna_id", "at most 10000000"},
    {"latitude_out_of_range.yml", "geography.latitude.max", "between -90 and 90"},
    {"longitude_out_of_range.yml", "geography.longitude.min", "between -180 and 180"},
    {"latitude_min_gt_max.yml", "geography.latitude", "must be <= max"},
    {"box_misses_belgium.yml", "geography", "does not overlap Belgium"},
    {"box_in_bounding_box_outside_border.yml", "geography", "does not overlap Belgium"},
    {"call_types_empty.yml", "data_types.call_types", "at least one value"},
    {"call_status_duplicate.yml", "data_types.call_status[2]", "duplicate value \"SUCCESS\""},
    {"antenna_type_too_long.yml", "data_types.antenna_types[0]", "1 to 20 characters"},
    {"call_type_empty_text.yml", "data_types.call_types[1]", "1 to 20 characters"},
    {"operators_empty.yml", "data_types.operators", "at least one value"},
    {"operator_code_duplicate.yml", "data_types.operators[1].code", "duplicate value \"OP1\""},
    {"operator_code_missing.yml", "data_types.operators[0].code", "is required"},
    {"number_block_not_mobile.yml", "data_types.operators[0].number_blocks[0]", "04[5-9]"},
    {"number_block_overlap.yml", "data_types.operators[1].number_blocks[0]", "overlaps \"047\""},
    {"mcc_mnc_bad.yml", "data_types.operators[0].mcc_mnc", "206-01"},
    {"records_zero.yml", "generation.records", "between 1 and"},
    {"records_absurd.yml", "generation.records", "far too large"},
    {"records_too_many.yml", "generation.records", "between 1 and 1000000000000"},
    {"records_fraction.yml", "generation.records", "whole number"},
    {"batch_size_negative.yml", "generation.batch_size", "between 1 and 1000000"},
    {"threads_too_many.yml", "generation.threads", "between 0 and 256"},
    {"subscribers_absurd.yml", "generation.subscribers", "far too large"},
    {"seed_negative.yml", "generation.seed", "whole number >= 0"},
    {"period_reversed.yml", "generation.period", "must be before end"},
    {"period_bad_date.yml", "generation.period.start", "YYYY-MM-DD"},
    {"logging_level_bad.yml", "logging.level", "one of DEBUG"},
    {"logging_format_unknown_field.yml", "logging.format", "%(severity)"},
    {"if_exists_bad.yml", "database.if_exists", "resume, replace or fail"},
    {"retry_attempts_zero.yml", "database.retry.attempts", "between 1 and"},
    {"retry_jitter_too_big.yml", "database.retry.jitter", "between 0 and 1"},
    {"connect_timeout_negative.yml", "database.connect_timeout_s", "between 1 and 3600"},
    {"realism_unknown_call_type.yml", "realism.call_type_weights.FAX", "not one of data_types.call_types"},
    {"realism_weights_all_zero.yml", "realism.antenna_type_weights", "at least one weight must be > 0"},
    {"realism_negative_weight.yml", "realism.call_type_weights.SMS", "between 0 and"},
    {"realism_unknown_status.yml", "realism.status_weights.VOICE.BUSY", "not one of data_types.call_status"},
    {"realism_share_above_one.yml", "realism.contact_call_share", "between 0 and 1"},
    {"realism_sigma_zero.yml", "realism.voice_sigma", "must be > 0"},
    {"realism_data_sessions_bad.yml", "realism.data_sessions", "must be empty or filled, got \"sometimes\""},
    {"realism_offnet_shares_above_one.yml", "realism.foreign_call_share", "must be <= 1, got 1.2"},
    {"realism_hour_weights_23.yml", "realism.hour_weights.working_day",
     "must list 24 weights, one per hour from 00 h to 23 h, got 23"},
    {"realism_hour_weights_negative.yml", "realism.hour_weights.rest_day[5]",
     "weight must be between 0 and 1000000000, got -1"},
    {"duplicate_key.yml", "generation.records", "duplicate key"},
    {"unknown_top_level_key.yml", "loging", "unknown key", true},
    {"unknown_operator_key.yml", "data_types.operators[0].share", "unknown key", true},
    {"unknown_range_key.yml", "ranges.duration.maximum", "unknown key", true},
    {"events_gathering_no_latitude.yml", "events.gatherings[0].latitude", "is required"},
    {"events_start_after_end.yml", "events.gatherings[0]", "start (2024-07-07 02:00:00) must be before end"},
    {"events_start_malformed.yml", "events.outages[0].start", "must be \"YYYY-MM-DD HH:MM:SS\" (or \"YYYY-MM-DD\"), "
                                                              "got \"22/06/2024 18:00\""},
    {"events_radius_zero.yml", "events.gatherings[0].radius_km", "must be between 0.05 and 50 km, got 0"},
    {"defects_rate_high.yml", "defects.orphans", "must be between 0 and 1, got 1.5"},
    {"defects_rate_negative.yml", "defects.timestamp_faults", "must be between 0 and 1, got -0.1"},
    {"defects_unknown_kind.yml", "defects.duplicate", "unknown kind of defect"},
    {"defects_unknown_column.yml", "defects.missing_fields.columns[1]", "unknown column \"calee\""},
    {"defects_unknown_variant.yml", "defects.corrupt_values.variants[1]", "unknown variant \"inverted_time\""},
    {"defects_rates_above_one.yml", "defects", "the rates add up to 1.1"},
    {"events_failure_share_high.yml", "events.outages[0].failure_share", "must be between 0 and 1, got 1.5"},
    {"events_attendance_zero.yml", "events.gatherings[0].attendance", "must be between 1 and 10000000, got 0"},
    {"events_new_year_minutes_zero.yml", "events.new_year.minutes", "must be between 1 and 1440 min, got 0"},
    {"events_gathering_unknown_key.yml", "events.gatherings[0].capacity", "unknown key", true},
    {"events_outages_not_list.yml", "events.outages", "expected a list, got a map"},
    {"events_outside_period.yml", "events.gatherings[0]", "falls outside generation.period", true},
    // Valid but unrealistic activity: a warning saying why and what to change.
    {"activity_quiet.yml", "generation.records", "0.05 records per subscriber per day", true},
    {"activity_busy.yml", "generation.subscribers", "busier than any real subscriber; set more generation.subscribers",
     true},
};

} // namespace

class TestConfigLoader : public QObject {
    Q_OBJECT
private slots:
    void seedExampleLoadsWithTheSeedValues()
    {
        const auto result = cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/seed-example.yml");
        QVERIFY2(result.issues.empty(), describe(result.issues).c_str());
        const cdr::Config &c = result.config;
        QCOMPARE(c.logging.level, std::string("INFO"));
        QCOMPARE(c.logging.format, std::string("%(asctime)s - %(levelname)s - %(message)s"));
        QCOMPARE(c.logging.file, std::string("cdr_generation.log"));
        QCOMPARE(c.operators.size(), std::size_t(3));
        const char *codes[] = {"OP1", "OP2", "OP3"};
        const double shares[] = {40, 30, 30};
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(c.operators[i].code, std::string(codes[i]));
            QCOMPARE(c.operators[i].marketShare, shares[i]);
            QVERIFY(c.operators[i].numberBlocks.empty());
        }
        QCOMPARE(c.callTypes, (std::vector<std::string>{"VOICE", "SMS", "DATA"}));
        QCOMPARE(c.callStatus, (std::vector<std::string>{"SUCCESS", "MISSED", "FAILED"}));
        QCOMPARE(c.antennaTypes, (std::vector<std::string>{"MACRO", "MICRO", "PICO"}));
        QCOMPARE(c.duration.min, std::int64_t(10));
        QCOMPARE(c.duration.max, std::int64_t(3600));
        QCOMPARE(c.antennaId.min, std::int64_t(1));
        QCOMPARE(c.antennaId.max, std::int64_t(1000));
        QCOMPARE(c.altitude.min, std::int64_t(0));
        QCOMPARE(c.altitude.max, std::int64_t(100));
        QCOMPARE(c.latitude.min, 49.5);
        QCOMPARE(c.latitude.max, 51.5);
        QCOMPARE(c.longitude.min, 2.5);
        QCOMPARE(c.longitude.max, 6.5);
        // The seed has no extension sections: they keep their defaults.
        QVERIFY(c.generation == cdr::GenerationConfig{});
        QVERIFY(c.database == cdr::DatabaseConfig{});
        QVERIFY(c.realism == cdr::RealismConfig{});
        QVERIFY(c == cdr::Config::seedDefaults());
    }

    void bundledSeedPresetIsTheSameFile()
    {
        const auto fromResource = cdr::loadConfigFile(":/config/presets/seed-example.yml");
        const auto fromSource = cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/seed-example.yml");
        QVERIFY2(fromResource.ok(), describe(fromResource.issues).c_str());
        QVERIFY(fromResource.config == fromSource.config);
    }

    void belgianDefaultLoadsClean()
    {
        const auto bundled = cdr::loadBundledDefaultConfig();
        QVERIFY2(bundled.issues.empty(), describe(bundled.issues).c_str());
        const auto file = cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/config.yml");
        QVERIFY2(file.issues.empty(), describe(file.issues).c_str());
        QVERIFY(bundled.config == file.config);
        QCOMPARE(file.config.operators.size(), std::size_t(6));
        QCOMPARE(file.config.operators[0].code, std::string("PROXIMUS"));
        QCOMPARE(file.config.operators[0].mccMnc, std::string("206-01"));
        QCOMPARE(file.config.operators[2].numberBlocks.size(), std::size_t(9));
        QCOMPARE(file.config.realism.statusWeights.at("VOICE").at("MISSED"), 15.0);
        QCOMPARE(file.config.antennaId.max, std::int64_t(7300));
    }

    // The preset is the default config with its calendar switched on: any other difference is drift.
    void busyYearPresetIsTheDefaultPlusItsCalendar()
    {
        const auto preset = cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/busy-year.yml");
        QVERIFY2(preset.issues.empty(), describe(preset.issues).c_str());
        const auto shipped = cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/config.yml");
        QVERIFY2(shipped.ok(), describe(shipped.issues).c_str());
        cdr::Config withoutEvents = preset.config;
        withoutEvents.events = shipped.config.events;
        QVERIFY(withoutEvents == shipped.config);
        const cdr::EventsConfig &events = preset.config.events;
        QVERIFY(events.holidays && events.newYear.enabled);
        QCOMPARE(events.gatherings.size(), std::size_t(2));
        QCOMPARE(events.outages.size(), std::size_t(2));
        for (const auto &gathering : events.gatherings)
            QVERIFY2(gathering.enabled, gathering.name.c_str());
        for (const auto &outage : events.outages)
            QVERIFY2(outage.enabled, outage.name.c_str());
        // The shipped default has the same gatherings, switched off.
        QCOMPARE(shipped.config.events.gatherings.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            cdr::GatheringConfig on = shipped.config.events.gatherings[i];
            QVERIFY(!on.enabled);
            on.enabled = true;
            QVERIFY(on == events.gatherings[i]);
        }
        QVERIFY(shipped.config.events.outages.empty());
    }

    // The preset is the default config with every kind of defect on at whetherharder's rates: nothing else differs.
    void dirtyDataPresetIsTheDefaultPlusItsDefects()
    {
        const auto preset = cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/dirty-data.yml");
        QVERIFY2(preset.issues.empty(), describe(preset.issues).c_str());
        const auto shipped = cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/config.yml");
        QVERIFY2(shipped.ok(), describe(shipped.issues).c_str());
        QVERIFY(!shipped.config.defects.enabled());
        cdr::Config withoutDefects = preset.config;
        withoutDefects.defects = shipped.config.defects;
        QVERIFY(withoutDefects == shipped.config);
        const cdr::DefectsConfig &d = preset.config.defects;
        QCOMPARE(d.duplicates.rate, 0.005);
        QCOMPARE(d.missingFields.rate, 0.01);
        QCOMPARE(d.orphans.rate, 0.02);
        QCOMPARE(d.timestampFaults.rate, 0.003);
        QCOMPARE(d.corruptValues.rate, 0.002);
    }

    // The preset is the default config with every scenario on at its catalogue defaults: nothing else differs.
    void fraudLabPresetIsTheDefaultPlusEveryScenario()
    {
        const auto preset = cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/fraud-lab.yml");
        QVERIFY2(preset.issues.empty(), describe(preset.issues).c_str());
        const auto shipped = cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/config.yml");
        QVERIFY(!shipped.config.scenarios.enabled());
        cdr::Config withoutScenarios = preset.config;
        withoutScenarios.scenarios = shipped.config.scenarios;
        QVERIFY(withoutScenarios == shipped.config);
        for (cdr::ScenarioKind kind : cdr::kScenarioKinds) {
            cdr::ScenarioConfig expected = cdr::ScenariosConfig{}[kind];
            expected.enabled = true;
            QVERIFY2(preset.config.scenarios[kind] == expected, std::string(cdr::scenarioKey(kind)).c_str());
        }
    }

    // A misspelt scenario or parameter, an out-of-range value, a fraction where a count belongs and a window outside
    // the period are errors that name the key.
    void badScenarioKeysAndValuesAreNamed()
    {
        const auto loaded = cdr::loadConfigText("scenarios:\n"
                                                "  simbox: {enabled: true}\n"
                                                "  sim_box: {enabled: true, sims_per_box: 2.5, prevalence: 3, calls: 9}\n"
                                                "  wangiri: {enabled: true, start: '2030-01-01', end: '2030-02-01'}\n"
                                                "  irsf: {enabled: true, start: 'yesterday'}\n",
                                                "test");
        const std::string text = describe(loaded.issues);
        QVERIFY(!loaded.ok());
        for (const char *expected : {"scenarios.simbox", "unknown scenario", "scenarios.sim_box.calls", "unknown key",
                                     "scenarios.sim_box.sims_per_box", "whole number", "scenarios.sim_box.prevalence",
                                     "scenarios.wangiri", "inside generation.period", "scenarios.irsf.start"})
            QVERIFY2(text.find(expected) != std::string::npos, (std::string(expected) + " not in:\n" + text).c_str());
    }

    // A kind is a number or a map with rate, variants and (missing_fields) columns.
    void defectKindsReadAsNumberOrMap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("defects.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("defects:\n  duplicates: 0.01\n  missing_fields:\n    rate: 0.02\n    columns: [caller, duration]\n"
                   "  corrupt_values:\n    rate: 0.03\n    variants: [negative_duration]\n");
        file.close();
        const auto result = cdr::loadConfigFile(path.toStdString());
        QVERIFY2(result.issues.empty(), describe(result.issues).c_str());
        const cdr::DefectsConfig &d = result.config.defects;
        QCOMPARE(d.duplicates.rate, 0.01);
        QCOMPARE(d.missingFields.rate, 0.02);
        QCOMPARE(d.missingFields.columns, (std::vector<std::string>{"caller", "duration"}));
        QCOMPARE(d.corruptValues.variants, std::vector<std::string>{"negative_duration"});
        QCOMPARE(d.orphans.rate, 0.0);
        QVERIFY(d.enabled());
    }

    void omittedDataTypesGetTheSeedLists()
    {
        const auto result = cdr::loadConfigText("generation:\n  records: 5000000\n", "inline");
        QVERIFY2(result.issues.empty(), describe(result.issues).c_str());
        const cdr::Config seed = cdr::Config::seedDefaults();
        QCOMPARE(result.config.generation.records, std::int64_t(5000000));
        QVERIFY(result.config.operators == seed.operators);
        QCOMPARE(result.config.callTypes, seed.callTypes);
        QCOMPARE(result.config.callStatus, seed.callStatus);
        QCOMPARE(result.config.antennaTypes, seed.antennaTypes);
    }

    void wholeNumbersMayBeWrittenInExponentForm()
    {
        const auto result = cdr::loadConfigText("generation:\n  records: 1e6\n  batch_size: +500\n", "inline");
        QVERIFY2(result.ok(), describe(result.issues).c_str());
        QCOMPARE(result.config.generation.records, std::int64_t(1'000'000));
        QCOMPARE(result.config.generation.batchSize, std::int64_t(500));
    }

    void malformedFilesAreRejectedNamingTheirKey_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("warningOnly");
        for (const auto &row : kMalformed)
            QTest::newRow(row.file) << QString::fromUtf8(row.file) << QString::fromUtf8(row.keyPath)
                                    << QString::fromUtf8(row.message) << row.warningOnly;
    }

    void malformedFilesAreRejectedNamingTheirKey()
    {
        QFETCH(QString, file);
        QFETCH(QString, keyPath);
        QFETCH(QString, message);
        QFETCH(bool, warningOnly);
        const auto result = cdr::loadConfigFile((kData + file).toStdString());
        const auto severity = warningOnly ? ConfigIssue::Severity::Warning : ConfigIssue::Severity::Error;
        QVERIFY2(hasIssue(result.issues, keyPath.toStdString(), severity, message.toStdString()),
                 ("no issue at " + keyPath.toStdString() + " saying \"" + message.toStdString() + "\"; got:"
                  + describe(result.issues))
                     .c_str());
        QCOMPARE(result.ok(), warningOnly);
        if (warningOnly) // an unknown key is only a warning: everything else must still be clean
            QCOMPARE(result.issues.size(), std::size_t(1));
    }

    void everyMalformedFileIsInTheTable()
    {
        std::set<QString> listed;
        for (const auto &row : kMalformed)
            listed.insert(QString::fromUtf8(row.file));
        QVERIFY(listed.size() >= 30);
        const auto files = QDir(kData).entryList({QStringLiteral("*.yml")}, QDir::Files);
        for (const QString &file : files)
            if (file != QStringLiteral("multi_errors.yml"))
                QVERIFY2(listed.count(file), qPrintable(file + QStringLiteral(" has no row in kMalformed")));
        QCOMPARE(std::size_t(files.size()), listed.size() + 1);
    }

    void everyProblemIsReportedNotJustTheFirst()
    {
        const auto result = cdr::loadConfigFile((kData + QStringLiteral("multi_errors.yml")).toStdString());
        const auto error = ConfigIssue::Severity::Error;
        const std::pair<const char *, const char *> expected[] = {
            {"logging.level", "LOUD"},
            {"data_types.operators", "they sum to 90"},
            {"data_types.call_types", "at least one value"},
            {"data_types.antenna_types[2]", "duplicate"},
            {"ranges.duration", "min (100) must be <= max (10)"},
            {"geography.latitude.max", "between -90 and 90"},
            {"generation.records", "between 1 and"},
            {"generation.batch_size", "expected a whole number"},
        };
        for (const auto &[key, message] : expected)
            QVERIFY2(hasIssue(result.issues, key, error, message),
                     (std::string("missing ") + key + ": " + message + describe(result.issues)).c_str());
        QVERIFY(hasIssue(result.issues, "generation.colour", ConfigIssue::Severity::Warning, "unknown key"));
        QCOMPARE(result.issues.size(), std::size_t(9));
    }

    void readErrorsAreNotRepeatedByRules()
    {
        // market_share: "40" is refused as text; the default 0 it leaves must not add "must be > 0, got 0".
        const auto result = cdr::loadConfigFile((kData + QStringLiteral("type_share_quoted.yml")).toStdString());
        QVERIFY2(result.issues.size() == 1, describe(result.issues).c_str());
        QVERIFY(hasIssue(result.issues, "data_types.operators[0].market_share", ConfigIssue::Severity::Error,
                         "quoted text"));
    }

    void issuesRenderWithSeverityKeyAndRule()
    {
        const ConfigIssue issue{ConfigIssue::Severity::Error, "ranges.duration", "min (50) must be <= max (10)"};
        QCOMPARE(issue.toString(), std::string("error: ranges.duration: min (50) must be <= max (10)"));
        QVERIFY(cdr::hasErrors({issue}));
        QVERIFY(!cdr::hasErrors({{ConfigIssue::Severity::Warning, "x", "y"}}));
    }

    void unreadableFileIsAnError()
    {
        const auto result = cdr::loadConfigFile((kData + QStringLiteral("does-not-exist.yml")).toStdString());
        QVERIFY(!result.ok());
        QVERIFY(hasIssue(result.issues, "does-not-exist.yml", ConfigIssue::Severity::Error, "cannot read"));
    }

    void hourWeightsReadAsTwoListsOf24()
    {
        const std::string working = "[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2.5]";
        const auto result = cdr::loadConfigText("realism:\n  hour_weights:\n    working_day: " + working
                                                    + "\n    rest_day: []\n",
                                                "inline");
        QVERIFY2(result.ok() && result.issues.empty(), describe(result.issues).c_str());
        std::vector<double> expected(24, 0.0);
        expected.front() = 1, expected.back() = 2.5;
        QCOMPARE(result.config.realism.workingDayHourWeights, expected);
        QVERIFY(result.config.realism.restDayHourWeights.empty()); // empty: the built-in rest-day hours
        QVERIFY(cdr::loadConfigText("realism:\n  hour_weights:\n", "inline").config.realism
                == cdr::RealismConfig{});
    }

    void badHourWeightsNameTheKeyAndTheHour_data()
    {
        QTest::addColumn<QString>("hourWeights");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("warningOnly");
        const QString zeros = QStringLiteral("[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]");
        QTest::newRow("all zero") << QStringLiteral("rest_day: ") + zeros
                                  << QStringLiteral("realism.hour_weights.rest_day")
                                  << QStringLiteral("at least one hour's weight must be > 0") << false;
        QTest::newRow("25 hours") << QStringLiteral("working_day: [1, ") + zeros.mid(1)
                                  << QStringLiteral("realism.hour_weights.working_day")
                                  << QStringLiteral("got 25") << false;
        QTest::newRow("text") << QStringLiteral("working_day: [1, 1, lots]")
                              << QStringLiteral("realism.hour_weights.working_day[2]")
                              << QStringLiteral("expected a number") << false;
        QTest::newRow("not a list") << QStringLiteral("rest_day: 5") << QStringLiteral("realism.hour_weights.rest_day")
                                    << QStringLiteral("expected a list of numbers") << false;
        QTest::newRow("unknown day") << QStringLiteral("weekday: [1]") << QStringLiteral("realism.hour_weights.weekday")
                                     << QStringLiteral("unknown key") << true;
    }

    void badHourWeightsNameTheKeyAndTheHour()
    {
        QFETCH(QString, hourWeights);
        QFETCH(QString, keyPath);
        QFETCH(QString, message);
        QFETCH(bool, warningOnly);
        const auto result =
            cdr::loadConfigText("realism:\n  hour_weights:\n    " + hourWeights.toStdString() + "\n", "inline");
        const auto severity = warningOnly ? ConfigIssue::Severity::Warning : ConfigIssue::Severity::Error;
        QVERIFY2(hasIssue(result.issues, keyPath.toStdString(), severity, message.toStdString()),
                 describe(result.issues).c_str());
        QCOMPARE(result.ok(), warningOnly);
    }

    void validateConfigChecksEditedValues()
    {
        cdr::Config config = cdr::Config::seedDefaults();
        QVERIFY(cdr::validateConfig(config).empty());
        config.operators[0].marketShare = 40.0000001; // inside the 1e-6 tolerance
        QVERIFY(cdr::validateConfig(config).empty());
        config.operators[0].marketShare = 40.001;
        QVERIFY(hasIssue(cdr::validateConfig(config), "data_types.operators", ConfigIssue::Severity::Error,
                         "they sum to 100.001"));
        config = cdr::Config::seedDefaults();
        config.callTypes.assign(256, "X");
        for (std::size_t i = 0; i < config.callTypes.size(); ++i)
            config.callTypes[i] = "T" + std::to_string(i);
        QVERIFY(hasIssue(cdr::validateConfig(config), "data_types.call_types", ConfigIssue::Severity::Error,
                         "at most 255"));
        config.callTypes.resize(255);
        QVERIFY(cdr::validateConfig(config).empty());

        config = cdr::Config::seedDefaults();
        config.operators[0].numberBlocks = {"047", "0475"}; // redundant within one operator: a warning only
        const auto sameOperator = cdr::validateConfig(config);
        QVERIFY(hasIssue(sameOperator, "data_types.operators[0].number_blocks[1]", ConfigIssue::Severity::Warning,
                         "same operator"));
        QVERIFY(!cdr::hasErrors(sameOperator));

        config = cdr::Config::seedDefaults();
        config.generation.periodEnd = config.generation.periodStart;
        config.database.retryInitialDelayMs = 5000;
        config.database.retryMaxDelayMs = 1000;
        const auto issues = cdr::validateConfig(config);
        QVERIFY(hasIssue(issues, "generation.period", ConfigIssue::Severity::Error, "must be before end"));
        QVERIFY(hasIssue(issues, "database.retry.max_delay_ms", ConfigIssue::Severity::Error,
                         ">= initial_delay_ms (5000)"));
        QCOMPARE(issues.size(), std::size_t(2));
    }

    void activityWarningsNameTheFigureAndTheRemedy()
    {
        cdr::Config config = cdr::Config::seedDefaults();
        QVERIFY(cdr::validateConfig(config).empty()); // 10 M records over 2024: 3,415 subscribers at 8 a day
        config.generation.records = 20'000; // the 1,000-subscriber floor: 0.05 records a day each
        auto issues = cdr::validateConfig(config);
        QVERIFY2(issues.size() == 1 && !cdr::hasErrors(issues), describe(issues).c_str());
        QVERIFY(hasIssue(issues, "generation.records", ConfigIssue::Severity::Warning,
                         "20000 records over 366.00 days for 1000 subscribers is 0.05 records per subscriber per day"));
        QVERIFY(hasIssue(issues, "generation.records", ConfigIssue::Severity::Warning,
                         "raise generation.records, shorten generation.period"));
        config.generation.periodEnd = "2024-01-02 23:59:59"; // two days: 10 records a day each
        QVERIFY2(cdr::validateConfig(config).empty(), describe(cdr::validateConfig(config)).c_str());
        config = cdr::Config::seedDefaults();
        config.generation.subscribers = 100; // 10 M records: 273 a day each
        issues = cdr::validateConfig(config);
        QVERIFY(hasIssue(issues, "generation.subscribers", ConfigIssue::Severity::Warning, "273.22 records per"));
        QVERIFY(!cdr::hasErrors(issues));
    }

    void boxOverlapUsesVerticesCornersAndCrossings()
    {
        const cdr::GeoPolygon square{{{0, 0}, {0, 10}, {10, 10}, {10, 0}}, {}};
        const std::vector<cdr::GeoPolygon> polygons{square};
        auto overlaps = [&](double latMin, double latMax, double lonMin, double lonMax) {
            return cdr::boxOverlapsPolygons({latMin, latMax}, {lonMin, lonMax}, polygons);
        };
        QVERIFY(overlaps(-1, 1, -1, 1));   // a border vertex lies in the box
        QVERIFY(overlaps(4, 5, 4, 5));     // the box is inside: its corners are inside the polygon
        QVERIFY(overlaps(-1, 11, 4, 5));   // a strip across: only edges cross
        QVERIFY(!overlaps(20, 21, 20, 21));
        QVERIFY(!overlaps(-5, -1, 4, 5));
    }

    void periodTimesParseStrictly()
    {
        QCOMPARE(cdr::parsePeriodTime("1970-01-01").value(), std::int64_t(0));
        QCOMPARE(cdr::parsePeriodTime("2024-01-01 00:00:00").value(), std::int64_t(1704067200));
        QCOMPARE(cdr::parsePeriodTime("2024-02-29 23:59:59").value(), std::int64_t(1709251199));
        QVERIFY(!cdr::parsePeriodTime("2023-02-29"));
        QVERIFY(!cdr::parsePeriodTime("2024-13-01"));
        QVERIFY(!cdr::parsePeriodTime("2024-01-01T00:00:00"));
        QVERIFY(!cdr::parsePeriodTime("2024-01-01 24:00:00"));
        QVERIFY(!cdr::parsePeriodTime("1969-12-31"));
        QVERIFY(!cdr::parsePeriodTime(""));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "test_configloader.moc"
