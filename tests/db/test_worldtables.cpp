#include "calendar/eventcalendar.h"
#include "config/config.h"
#include "config/configloader.h"
#include "scenarios/scenarioplan.h"
#include "synth/cdrengine.h"
#include "synth/syntheticworld.h"
#include "world/configdigest.h"
#include "world/ddlscript.h"
#include "world/worldcsvfiles.h"
#include "world/worldrows.h"
#include "world/worldtableschema.h"
#include "world/worldtableshape.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <set>

using namespace cdr;

namespace {
QString q(const std::string &s) { return QString::fromStdString(s); }

constexpr std::int64_t kScenarioRecords = 200'000;

Config smallConfig()
{
    Config config = loadBundledDefaultConfig().config;
    config.generation.records = 2000;
    return config;
}

// The limits an existing world table's column `name` is checked against for a run of `config`.
ExpectedColumn columnLimit(WorldTable table, const Config &config, const char *name)
{
    const RunValueLimits limits = runValueLimits(config, config.generation.records);
    for (const ExpectedColumn &column : expectedWorldColumns(table, config, limits))
        if (column.name == name)
            return column;
    return ExpectedColumn{};
}

// A SIM-box fraud and a Wangiri campaign (foreign callers, no IMEI of ours) at their default prevalence.
Config scenarioConfig()
{
    Config config = loadBundledDefaultConfig().config;
    config.generation.records = kScenarioRecords;
    config.scenarios[ScenarioKind::SimBox].enabled = true;
    config.scenarios[ScenarioKind::Wangiri].enabled = true;
    return config;
}
} // namespace

// The pieces of --world-tables and --print-sql that need no database: the config digest, table names and DDL per
// dialect, the rows' text, the CSV sibling names.
class TestWorldTables : public QObject {
    Q_OBJECT
private slots:
    void digestIgnoresHowRecordsAreWritten()
    {
        const Config base = smallConfig();
        const std::string digest = configDigest(base);
        QCOMPARE(digest.size(), std::size_t(64));
        QVERIFY(digest.find_first_not_of("0123456789abcdef") == std::string::npos);
        Config writing = base;
        writing.generation.batchSize = 777;
        writing.generation.threads = 3;
        writing.database.ifExists = "replace";
        writing.database.worldTables = true;
        writing.database.retryAttempts = 2;
        writing.logging.level = "DEBUG";
        writing.logging.file = "other.log";
        QCOMPARE(configDigest(writing), digest);
    }

    void digestFollowsWhatChangesRecords()
    {
        const Config base = smallConfig();
        const std::string digest = configDigest(base);
        Config seed = base;
        seed.generation.seed += 1;
        Config records = base;
        records.generation.records += 1;
        Config realism = base;
        realism.realism.awayFromHomeShare = 0.3;
        Config box = base;
        box.latitude.max -= 0.1;
        Config types = base;
        types.antennaTypes.push_back("FEMTO");
        Config events = base;
        events.events.gatherings.at(0).enabled = true;
        Config scenarios = base; // a resume must not keep the answer key of another set of scenarios
        scenarios.scenarios[ScenarioKind::SimBox].enabled = true;
        for (const Config &changed : {seed, records, realism, box, types, events, scenarios})
            QVERIFY(configDigest(changed) != digest);
    }

    void configKeyTakesTrueOrFalseOnly()
    {
        const ConfigLoadResult on = loadConfigText("database:\n  world_tables: true\n", "on.yml");
        QVERIFY(on.ok());
        QVERIFY(on.config.database.worldTables);
        QVERIFY(!loadConfigText("database:\n  if_exists: resume\n", "absent.yml").config.database.worldTables);
        const ConfigLoadResult yes = loadConfigText("database:\n  world_tables: yes\n", "yes.yml");
        QVERIFY(!yes.ok());
        QCOMPARE(q(yes.issues.front().keyPath), QStringLiteral("database.world_tables"));
        QVERIFY(q(yes.issues.front().message).contains("true or false"));
    }

    void worldTableNamesKeepTheSchema()
    {
        QCOMPARE(q(worldTableName("dbo.cdr", WorldTable::Subscribers)), QStringLiteral("dbo.cdr_subscribers"));
        const SqlDialect server(SqlDialect::Kind::SqlServer);
        QCOMPARE(q(createWorldTable(server, "dbo.cdr", WorldTable::Runs)),
                 QStringLiteral("IF OBJECT_ID(N'[dbo].[cdr_runs]', N'U') IS NULL CREATE TABLE [dbo].[cdr_runs] "
                                "([version] VARCHAR(20), [seed] VARCHAR(20), [config_digest] VARCHAR(64), "
                                "[record_total] BIGINT, [created_at] DATETIME2(0))"));
        const SqlDialect pg(SqlDialect::Kind::PostgreSql);
        QCOMPARE(q(createWorldTable(pg, "cdr", WorldTable::Antennas)),
                 QStringLiteral("CREATE TABLE IF NOT EXISTS \"cdr_antennas\" (\"antenna_id\" VARCHAR(20) NOT NULL "
                                "PRIMARY KEY, \"antenna_type\" VARCHAR(20), \"lat\" DOUBLE PRECISION, \"lon\" DOUBLE "
                                "PRECISION, \"altitude\" INT, \"operator\" VARCHAR(20))"));
    }

    // Names, antenna lists and parameters have no length the schema can promise: unbounded text in every dialect;
    // times as the CDR table's start_time.
    void eventsTableTypesPerDialect()
    {
        QCOMPARE(q(createWorldTable(SqlDialect(SqlDialect::Kind::PostgreSql), "cdr", WorldTable::Events)),
                 QStringLiteral("CREATE TABLE IF NOT EXISTS \"cdr_events\" (\"event_id\" INT NOT NULL PRIMARY KEY, "
                                "\"kind\" VARCHAR(20), \"name\" TEXT, \"start_time\" TIMESTAMP(0), \"end_time\" "
                                "TIMESTAMP(0), \"antenna_ids\" TEXT, \"parameters\" TEXT)"));
        QCOMPARE(q(createWorldTable(SqlDialect(SqlDialect::Kind::SqlServer), "dbo.cdr", WorldTable::Events)),
                 QStringLiteral("IF OBJECT_ID(N'[dbo].[cdr_events]', N'U') IS NULL CREATE TABLE [dbo].[cdr_events] "
                                "([event_id] INT NOT NULL PRIMARY KEY, [kind] VARCHAR(20), [name] NVARCHAR(MAX), "
                                "[start_time] DATETIME2(0), [end_time] DATETIME2(0), [antenna_ids] NVARCHAR(MAX), "
                                "[parameters] NVARCHAR(MAX))"));
        const std::string mysql = createWorldTable(SqlDialect(SqlDialect::Kind::MySql), "cdr", WorldTable::Events);
        QVERIFY(mysql.find("`antenna_ids` MEDIUMTEXT") != std::string::npos);
        QCOMPARE(q(worldTableName("cdr", WorldTable::Events)), QStringLiteral("cdr_events"));
    }

    // The answer key: no primary key (a number may have several rows), numbers and IMEIs as the CDR caller's
    // VARCHAR(20), the group an integer, the window as the CDR table's start_time.
    void labelsTableTypesPerDialect()
    {
        QCOMPARE(q(createWorldTable(SqlDialect(SqlDialect::Kind::PostgreSql), "cdr", WorldTable::Labels)),
                 QStringLiteral("CREATE TABLE IF NOT EXISTS \"cdr_labels\" (\"msisdn\" VARCHAR(20), \"imei\" "
                                "VARCHAR(20), \"scenario\" VARCHAR(20), \"role\" VARCHAR(20), \"group_id\" INT, "
                                "\"valid_from\" TIMESTAMP(0), \"valid_to\" TIMESTAMP(0))"));
        QCOMPARE(q(createWorldTable(SqlDialect(SqlDialect::Kind::SqlServer), "dbo.cdr", WorldTable::Labels)),
                 QStringLiteral("IF OBJECT_ID(N'[dbo].[cdr_labels]', N'U') IS NULL CREATE TABLE [dbo].[cdr_labels] "
                                "([msisdn] VARCHAR(20), [imei] VARCHAR(20), [scenario] VARCHAR(20), [role] "
                                "VARCHAR(20), [group_id] INT, [valid_from] DATETIME2(0), [valid_to] DATETIME2(0))"));
        QCOMPARE(q(worldTableName("dbo.cdr", WorldTable::Labels)), QStringLiteral("dbo.cdr_labels"));
        QCOMPARE(q(insertWorldRows(SqlDialect(SqlDialect::Kind::SqlServer), "dbo.cdr", WorldTable::Labels, 1)),
                 QStringLiteral("INSERT INTO [dbo].[cdr_labels] ([msisdn], [imei], [scenario], [role], [group_id], "
                                "[valid_from], [valid_to]) VALUES (?,?,?,?,?,?,?)"));
    }

    // An existing `<table>_labels` must take the longest names of the catalogue, a NULL IMEI, the CDR caller's
    // foreign numbers once a scenario is on, and positive group ids.
    void labelColumnLimits()
    {
        Config config = smallConfig();
        auto limit = [](const Config &c, const char *name) { return columnLimit(WorldTable::Labels, c, name); };
        QCOMPARE(limit(config, "msisdn").longestText, std::strlen("+32471234567"));
        QCOMPARE(limit(config, "imei").longestText, std::size_t(15));
        QVERIFY(!limit(config, "imei").nullWhen.empty());
        QVERIFY(limit(config, "msisdn").nullWhen.empty());
        QCOMPARE(limit(config, "scenario").longestText, std::strlen("subscription_fraud"));
        QCOMPARE(limit(config, "role").longestText, std::strlen("lookalike"));
        QCOMPARE(limit(config, "group_id").smallest, std::int64_t(1));
        QCOMPARE(limit(config, "group_id").largest, std::int64_t(2147483647));
        QCOMPARE(limit(config, "valid_from").kind, ColumnKind::Timestamp);
        QCOMPARE(limit(config, "valid_to").longestText, std::size_t(19));
        config.scenarios[ScenarioKind::Wangiri].enabled = true;
        QVERIFY(limit(config, "msisdn").longestText >= std::strlen("+32471234567"));
        QVERIFY(limit(config, "msisdn").longestText <= 16); // E.164: at most 15 digits
    }

    // An existing `<table>_events` is checked against limits from the config alone: the calendar's ids, names and
    // parameters, and for antenna_ids every antenna of the run in one list once a gathering or an outage is on.
    void eventColumnLimitsFollowTheCalendar()
    {
        Config config = smallConfig();
        const std::vector<CalendarEvent> events = EventCalendar(config, {}).events();
        QCOMPARE(events.size(), std::size_t(11));
        auto limit = [](const Config &c, const char *name) { return columnLimit(WorldTable::Events, c, name); };
        QCOMPARE(limit(config, "event_id").largest, std::int64_t(11));
        QCOMPARE(limit(config, "kind").longestText, std::strlen("new_year"));
        std::size_t longestName = 0;
        for (const CalendarEvent &event : events)
            longestName = std::max(longestName, std::size_t(q(event.name).size()));
        QCOMPARE(limit(config, "name").longestText, longestName);
        QCOMPARE(limit(config, "antenna_ids").longestText, std::size_t(0));
        QCOMPARE(limit(config, "start_time").kind, ColumnKind::Timestamp);
        QCOMPARE(limit(config, "end_time").longestText, std::size_t(19));

        config.events.gatherings.at(0).enabled = true;
        const std::size_t antennas = std::size_t(config.antennaId.max - config.antennaId.min + 1);
        const std::size_t idLength = 3 + std::to_string(config.antennaId.max).size();
        QCOMPARE(limit(config, "antenna_ids").longestText, antennas * (idLength + 1) - 1);
        QCOMPARE(limit(config, "event_id").largest, std::int64_t(12));
    }

    void insertsStayWithinEveryDialectsLimits()
    {
        for (WorldTable table : kWorldTables) {
            const std::size_t rows = worldRowsPerInsert(table);
            QVERIFY(rows >= 1 && rows <= 1000);
            QVERIFY(rows * worldColumns(table).size() <= 2000);
            const std::string sql = insertWorldRows(SqlDialect(SqlDialect::Kind::Sqlite), "cdr", table, rows);
            QCOMPARE(std::size_t(std::count(sql.begin(), sql.end(), '?')), rows * worldColumns(table).size());
        }
    }

    void sqlServerInsertNamesEveryColumnInBrackets()
    {
        const std::string sql = insertWorldRows(SqlDialect(SqlDialect::Kind::SqlServer), "dbo.cdr", WorldTable::Antennas, 2);
        QCOMPARE(q(sql), QStringLiteral("INSERT INTO [dbo].[cdr_antennas] ([antenna_id], [antenna_type], [lat], [lon], "
                                        "[altitude], [operator]) VALUES (?,?,?,?,?,?),(?,?,?,?,?,?)"));
    }

    void ddlScriptIsTheRunsStatementsEachEndingALine()
    {
        for (auto kind : {SqlDialect::Kind::SqlServer, SqlDialect::Kind::PostgreSql, SqlDialect::Kind::Sqlite,
                          SqlDialect::Kind::MySql}) {
            const SqlDialect dialect(kind);
            const auto statements = runDdlStatements(dialect, "cdr", true);
            QCOMPARE(statements.front(), dialect.createTable("cdr"));
            QCOMPARE(statements.size(), 1 + dialect.createIndexes("cdr").size() + 5);
            const QString script = q(runDdlScript(dialect, "cdr", true));
            QCOMPARE(script.count(";\n"), int(statements.size()));
            QVERIFY(script.endsWith(";\n"));
            QVERIFY(script.startsWith(q(existingTableNote())));
            QCOMPARE(script.count("\n-- "), 4); // the note: five comment lines before the statements
            QCOMPARE(runDdlStatements(dialect, "cdr", false).size(), statements.size() - 5);
        }
        QCOMPARE(dialectFromName("sqlserver"), std::optional(SqlDialect::Kind::SqlServer));
        QCOMPARE(dialectFromName("mysql"), std::optional(SqlDialect::Kind::MySql));
        QVERIFY(!dialectFromName("SQLServer"));
        QVERIFY(!dialectFromName("oracle"));
    }

    void rowsUseTheRecordsFormatting()
    {
        const Config config = smallConfig();
        const CdrEngine engine(config);
        const auto &world = dynamic_cast<const SyntheticWorld &>(engine.world());
        const WorldRows rows(world, config, {"9.9.9", 42, "abc", 2000, 0}, ScenarioPlan(config, world));
        QCOMPARE(rows.count(WorldTable::Subscribers), world.subscribers().size());
        QCOMPARE(rows.count(WorldTable::Antennas), world.antennas().size());
        std::vector<CdrRecord> records;
        engine.generate(1, 50, records);
        WorldRows::Row row;
        for (const CdrRecord &record : records) {
            std::uint32_t index = 0;
            while (world.subscribers()[index].number != record.caller)
                ++index;
            rows.fill(WorldTable::Subscribers, index, row);
            QCOMPARE(q(*row[0]), QStringLiteral("+%1").arg(record.caller));
            QCOMPARE(q(*row[2]), q(config.operators[record.operatorEmission].code));
            QCOMPARE(QString::fromStdString(*row[3]).toDouble(), record.callerHomeLat);
            QCOMPARE(QString::fromStdString(*row[4]).toDouble(), record.callerHomeLon);
            QVERIFY(row[5]->starts_with("ANT") && row[8]->starts_with("ANT"));
            QCOMPARE(row[10].has_value(), row[11].has_value());
        }
        const std::vector<CalendarEvent> events = EventCalendar(config, world.antennas()).events();
        QCOMPARE(rows.count(WorldTable::Events), events.size());
        rows.fill(WorldTable::Events, 0, row);
        QCOMPARE(row.size(), worldColumns(WorldTable::Events).size());
        QCOMPARE(q(*row[0]), QStringLiteral("1"));
        QCOMPARE(q(*row[1]), QStringLiteral("holiday"));
        QCOMPARE(q(*row[2]), q(events[0].name));
        QCOMPARE(q(*row[3]), QStringLiteral("2024-01-01 00:00:00"));
        QCOMPARE(q(*row[4]), QStringLiteral("2024-01-01 23:59:59"));
        QVERIFY(row[5].has_value() && row[5]->empty());
        QCOMPARE(rows.count(WorldTable::Labels), std::size_t(0)); // no scenario enabled
        rows.fill(WorldTable::Runs, 0, row);
        QCOMPARE(q(*row[0]), QStringLiteral("9.9.9"));
        QCOMPARE(q(*row[1]), QStringLiteral("42"));
        QCOMPARE(q(*row[4]), QStringLiteral("1970-01-01 00:00:00"));
    }

    // Every label of the plan, in its order, as the CDR columns write a caller, an IMEI and a start time; NULL where
    // a number has no IMEI of ours.
    void labelRowsAreThePlansLabels()
    {
        const Config config = scenarioConfig();
        const CdrEngine engine(config);
        const auto &world = dynamic_cast<const SyntheticWorld &>(engine.world());
        const std::vector<LabelRow> labels = ScenarioPlan(config, world).labels();
        QVERIFY(!labels.empty());
        const WorldRows rows(world, config, {"9.9.9", 42, "abc", kScenarioRecords, 0}, ScenarioPlan(config, world));
        QCOMPARE(rows.count(WorldTable::Labels), labels.size());
        const std::size_t longestNumber = columnLimit(WorldTable::Labels, config, "msisdn").longestText;
        std::size_t withoutImei = 0;
        std::set<std::string> scenarios;
        WorldRows::Row row;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const LabelRow &label = labels[i];
            rows.fill(WorldTable::Labels, i, row);
            QCOMPARE(row.size(), std::size_t(7));
            QCOMPARE(q(*row[0]), QStringLiteral("+%1").arg(qulonglong(label.msisdn)));
            QVERIFY2(row[0]->size() <= longestNumber, row[0]->c_str()); // an existing table is checked for this
            if (label.imei == 0) {
                ++withoutImei;
                QVERIFY(!row[1]);
            } else {
                QCOMPARE(q(*row[1]), QStringLiteral("%1").arg(qulonglong(label.imei), 15, 10, QLatin1Char('0')));
            }
            QCOMPARE(*row[2], std::string(scenarioKey(label.scenario)));
            QCOMPARE(*row[3], std::string(labelRoleName(label.role)));
            QCOMPARE(q(*row[4]), QString::number(label.groupId));
            QCOMPARE(q(*row[5]), QDateTime::fromSecsSinceEpoch(label.validFrom, QTimeZone::utc())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            QCOMPARE(q(*row[6]), QDateTime::fromSecsSinceEpoch(label.validTo, QTimeZone::utc())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            scenarios.insert(*row[2]);
        }
        QCOMPARE(scenarios, std::set<std::string>({"sim_box", "wangiri"}));
        QVERIFY(withoutImei > 0); // the Wangiri callers
        QVERIFY(withoutImei < labels.size());
    }

    void csvSiblingsSitNextToTheFile()
    {
        QCOMPARE(q(worldCsvPath("out.csv", WorldTable::Subscribers)), QStringLiteral("out_subscribers.csv"));
        QCOMPARE(q(worldCsvPath("/data/x.y/out.csv", WorldTable::Runs)), QStringLiteral("/data/x.y/out_runs.csv"));
        QCOMPARE(q(worldCsvPath("/data/x.y/out", WorldTable::Antennas)), QStringLiteral("/data/x.y/out_antennas"));
        QCOMPARE(q(worldCsvPath(".hidden", WorldTable::Runs)), QStringLiteral(".hidden_runs"));
        QCOMPARE(q(worldCsvPath("/d/out.csv.gz", WorldTable::Runs)), QStringLiteral("/d/out_runs.csv.gz"));
        QCOMPARE(q(worldCsvPath("/d.x/out.gz", WorldTable::Runs)), QStringLiteral("/d.x/out_runs.gz"));
        QCOMPARE(q(worldCsvPath("/d/out.csv.gz", WorldTable::Events)), QStringLiteral("/d/out_events.csv.gz"));
        QCOMPARE(q(worldCsvPath("/d/out.csv", WorldTable::Labels)), QStringLiteral("/d/out_labels.csv"));
    }
};

QTEST_GUILESS_MAIN(TestWorldTables)
#include "test_worldtables.moc"
