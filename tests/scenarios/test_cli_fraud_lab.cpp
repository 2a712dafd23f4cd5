// Issue 21's "done when", as a user runs it: cdrgen-cli -c config/presets/fraud-lab.yml -n 2000000 --world-tables
// -o sqlite:x.sqlite, then everything read back from the file: the answer key cdr_labels is the run's ScenarioPlan,
// the CDR table has its 23 columns and nothing else, and the rule of thumb computed from the table's rows alone
// scores as it does on the engine's records (test_scenario_signatures).
#include "callprofiles.h"
#include "clirunner.h"

#include "config/configloader.h"
#include "model/schema.h"
#include "scenarios/scenarioplan.h"
#include "synth/cdrengine.h"
#include "synth/civiltime.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <map>
#include <set>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace cdr;
using namespace cdr::testing;

namespace {

constexpr std::int64_t kRecords = 2'000'000;

std::uint64_t digits(const unsigned char *text)
{
    std::uint64_t value = 0;
    for (const unsigned char *p = text; p && *p; ++p)
        if (*p >= '0' && *p <= '9')
            value = value * 10 + std::uint64_t(*p - '0');
    return value;
}

std::string textOf(sqlite3_stmt *row, int column)
{
    const unsigned char *text = sqlite3_column_text(row, column);
    return text ? reinterpret_cast<const char *>(text) : std::string();
}

ScenarioKind kindOf(const std::string &key)
{
    for (ScenarioKind kind : kScenarioKinds)
        if (scenarioKey(kind) == key)
            return kind;
    throw std::runtime_error("unknown scenario " + key);
}

LabelRole roleOf(const std::string &name)
{
    for (LabelRole role : {LabelRole::Fraud, LabelRole::Lookalike, LabelRole::Victim})
        if (labelRoleName(role) == name)
            return role;
    throw std::runtime_error("unknown role " + name);
}

} // namespace

class TestCliFraudLab : public QObject {
    Q_OBJECT

private slots:
    void fraudLabTableShowsItsScenariosAndTheirKey()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString preset = QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets/fraud-lab.yml");
        const CliResult run = CliRunner(dir.path()).run({"-c", preset, "-n", QString::number(kRecords),
                                                         "--world-tables", "-o", "sqlite:x.sqlite", "-q", "--no-email"},
                                                        600'000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(qPrintable(dir.filePath("x.sqlite")), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        const auto query = [&](const char *sql, const std::function<void(sqlite3_stmt *)> &each) {
            sqlite3_stmt *statement = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), SQLITE_OK);
            while (sqlite3_step(statement) == SQLITE_ROW)
                each(statement);
            sqlite3_finalize(statement);
        };

        // The CDR table: exactly the 23 columns, ids 1..N (no id range set apart, no label column).
        std::vector<std::string> columns;
        query("PRAGMA table_info(cdr)", [&](sqlite3_stmt *s) { columns.push_back(textOf(s, 1)); });
        QCOMPARE(columns.size(), kCdrColumnCount);
        for (std::size_t c = 0; c < kCdrColumnCount; ++c)
            QCOMPARE(columns[c], std::string(kCdrColumns[c].name));
        query("SELECT COUNT(*), MIN(id), MAX(id) FROM cdr", [&](sqlite3_stmt *s) {
            QCOMPARE(sqlite3_column_int64(s, 0), kRecords);
            QCOMPARE(sqlite3_column_int64(s, 1), std::int64_t(1));
            QCOMPARE(sqlite3_column_int64(s, 2), kRecords);
        });

        // The answer key is the plan of the same config, row for row.
        const ConfigLoadResult loaded = loadConfigFile(preset.toStdString());
        QVERIFY(loaded.ok());
        Config config = loaded.config;
        config.generation.records = kRecords;
        const CdrEngine engine(config);
        std::vector<LabelRow> key;
        query("SELECT msisdn, imei, scenario, role, group_id, valid_from, valid_to FROM cdr_labels ORDER BY rowid",
              [&](sqlite3_stmt *s) {
                  key.push_back({digits(sqlite3_column_text(s, 0)), digits(sqlite3_column_text(s, 1)),
                                 kindOf(textOf(s, 2)), roleOf(textOf(s, 3)),
                                 static_cast<std::uint32_t>(sqlite3_column_int64(s, 4)),
                                 CivilTime::parse(textOf(s, 5)).value(), CivilTime::parse(textOf(s, 6)).value()});
              });
        QCOMPARE(key.size(), engine.scenarios().labels().size());
        QVERIFY(key == engine.scenarios().labels());
        std::set<ScenarioKind> present;
        for (const LabelRow &row : key)
            present.insert(row.scenario);
        QCOMPARE(present.size(), kScenarioCount);

        // The customer register lists the scenarios' subscriptions too: every caller with a handset is in it, so
        // "not a known customer" finds no fraud by itself.
        query("SELECT COUNT(*) FROM cdr_subscribers", [&](sqlite3_stmt *s) {
            QCOMPARE(std::size_t(sqlite3_column_int64(s, 0)),
                     engine.world().subscribers().size() + engine.scenarios().subscriptions().size());
        });
        QVERIFY(engine.scenarios().subscriptions().size() > 200);
        query("SELECT COUNT(*) FROM cdr WHERE imei_caller IS NOT NULL AND caller NOT IN (SELECT msisdn FROM "
              "cdr_subscribers)",
              [&](sqlite3_stmt *s) { QCOMPARE(sqlite3_column_int64(s, 0), std::int64_t(0)); });

        // The rule of thumb from the table's rows alone.
        const CallMix mix(config);
        std::vector<CallRow> rows;
        rows.reserve(std::size_t(kRecords));
        query("SELECT caller, callee, start_time, duration, type, status, imei_caller, imei_receiver FROM cdr",
              [&](sqlite3_stmt *s) {
                  CallRow row;
                  row.caller = digits(sqlite3_column_text(s, 0));
                  row.callee = digits(sqlite3_column_text(s, 1));
                  row.start = CivilTime::parse(textOf(s, 2)).value();
                  row.duration = sqlite3_column_int(s, 3);
                  row.service = CallMix::classifyService(textOf(s, 4));
                  row.outcome = CallMix::classifyOutcome(textOf(s, 5));
                  row.imeiCaller = digits(sqlite3_column_text(s, 6));
                  row.imeiReceiver = digits(sqlite3_column_text(s, 7));
                  rows.push_back(row);
              });
        sqlite3_close(db);
        const auto profiles = profile(rows);
        std::set<std::uint64_t> boxSims, lookalikes;
        for (const LabelRow &row : key)
            if (row.scenario == ScenarioKind::SimBox && profiles.count(row.msisdn))
                boxSims.insert(row.msisdn);
            else if (row.role == LabelRole::Lookalike)
                lookalikes.insert(row.msisdn);
        int flagged = 0, hits = 0, flaggedLookalikes = 0;
        for (const auto &[number, p] : profiles)
            if (simBoxRule(p)) {
                ++flagged;
                hits += int(boxSims.count(number));
                flaggedLookalikes += int(lookalikes.count(number));
            }
        QCOMPARE(QString::number(double(hits) / flagged, 'f', 3), QStringLiteral("0.947"));
        QCOMPARE(QString::number(double(hits) / double(boxSims.size()), 'f', 3), QStringLiteral("0.995"));
        QCOMPARE(flaggedLookalikes, 12);
    }
};

QTEST_GUILESS_MAIN(TestCliFraudLab)
#include "test_cli_fraud_lab.moc"
