#include "clirunner.h"
#include "worldagreement.h"

#include "config/configloader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <future>

namespace {
constexpr qint64 kScenarioRecords = 200'000;
}

// --world-tables into SQLite and CSV (the ground truth every record agrees with, the config digest guarding a
// resume, concurrent shards) and --print-sql (executed by sqlite3; SQL Server and MySQL against reviewed forms).
class TestCliWorld : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QSqlDatabase openSqlite(const QString &file)
    {
        const QString name = QStringLiteral("reader-%1").arg(file);
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                        : QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(m_dir->filePath(file));
        [&] { QVERIFY2(db.open(), qPrintable(db.lastError().text())); }();
        return db;
    }
    static QString readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    static QStringList digestsIn(const QString &text)
    {
        QStringList found;
        for (const QRegularExpressionMatch &m : QRegularExpression("\\b[0-9a-f]{64}\\b").globalMatch(text))
            found << m.captured();
        return found;
    }

    static cdr::Config configOf(const cdr::ConfigLoadResult &loaded, qint64 records)
    {
        cdr::Config config = loaded.config;
        config.generation.records = records;
        return config;
    }
    static QString busyYear() { return QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets/busy-year.yml"); }
    // The default config with a SIM-box fraud and a Wangiri campaign (foreign callers without an IMEI of ours) on,
    // written to scenarios.yml in the working folder; the config a run of `records` records with it uses.
    cdr::Config writeScenarioConfig(qint64 records)
    {
        QFile file(m_dir->filePath("scenarios.yml"));
        [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
        file.write("scenarios:\n  sim_box:\n    enabled: true\n  wangiri:\n    enabled: true\n");
        file.close();
        const cdr::ConfigLoadResult loaded = cdr::loadConfigFile(file.fileName().toStdString());
        [&] { QVERIFY(loaded.ok()); }();
        return configOf(loaded, records);
    }
    static QStringList sorted(QStringList rows)
    {
        rows.sort();
        return rows;
    }
    // `<table>_labels` holds exactly the plan's labels (in any order), with the same text as the CDR columns.
    static void checkLabels(const QSqlDatabase &db, const QString &table, const QStringList &expected)
    {
        QVERIFY(expected.size() > 0);
        QCOMPARE(sorted(labelRowsIn(db, table)), sorted(expected));
        QCOMPARE(countOf(db, QStringLiteral("SELECT COUNT(*) FROM %1_labels WHERE imei IS NULL").arg(table)),
                 qint64(expected.filter(QRegularExpression("^[^|]+\\|NULL\\|")).size()));
    }
    static QStringList columnsOf(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery query(db);
        QStringList columns;
        if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            while (query.next())
                columns << query.value(1).toString() + " " + query.value(2).toString();
        return columns;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
    }
    void cleanup()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
    }

    void existingWorldTablesAreCheckedLikeTheCdrTable()
    {
        // World tables a DBA made: other types and column order load; a narrow or wrong column stops the run with
        // exit 2 before any record, listing every problem.
        QSqlDatabase db = openSqlite("shaped.sqlite");
        QSqlQuery ddl(db);
        QVERIFY(ddl.exec("CREATE TABLE cdr_antennas (operator TEXT, altitude SMALLINT, lon REAL, lat NUMERIC(9,6), "
                         "antenna_type VARCHAR(10), antenna_id VARCHAR(12) PRIMARY KEY, note TEXT)"));
        QVERIFY(ddl.exec("CREATE TABLE cdr_runs (version TEXT, seed TEXT, config_digest VARCHAR(64), "
                         "record_total INTEGER, created_at DATETIME)"));
        QVERIFY(ddl.exec("CREATE TABLE cdr_events (parameters VARCHAR(200), antenna_ids TEXT, end_time DATETIME, "
                         "start_time DATETIME, name VARCHAR(80), kind VARCHAR(9), event_id SMALLINT PRIMARY KEY)"));
        QVERIFY(ddl.exec("CREATE TABLE cdr_labels (valid_to DATETIME, valid_from DATETIME, group_id BIGINT, role "
                         "VARCHAR(9), scenario VARCHAR(18), imei CHAR(15), msisdn VARCHAR(12), note TEXT)"));
        const QStringList arguments{"-n", "3000", "--world-tables", "--no-email", "-q"};
        const CliResult loaded = m_cli->run(arguments + QStringList{"-o", "sqlite:shaped.sqlite"});
        QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
        QVERIFY(countOf(db, "SELECT COUNT(*) FROM cdr_antennas") > 0);
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_runs WHERE record_total = 3000"), 1);
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_events"), 11);
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_labels"), 0);
        const QStringList disagreements = worldDisagreements(db, "cdr");
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join("; ")));

        QSqlDatabase bad = openSqlite("bad.sqlite");
        QSqlQuery badDdl(bad);
        QVERIFY(badDdl.exec("CREATE TABLE cdr_antennas (antenna_id VARCHAR(4), antenna_type TEXT, lat REAL, lon REAL, "
                            "altitude TEXT, operator TEXT, region TEXT NOT NULL)"));
        QVERIFY(badDdl.exec("CREATE TABLE cdr_subscribers (msisdn TEXT, imei TEXT, operator TEXT, home_lat REAL, "
                            "home_lon REAL, home_antenna TEXT, work_lat REAL, work_lon REAL, work_antenna TEXT, "
                            "activity NUMERIC(4,2), second_imei TEXT NOT NULL, second_imei_from DATE)"));
        QVERIFY(badDdl.exec("CREATE TABLE cdr_events (event_id TEXT, kind VARCHAR(20), name VARCHAR(12), start_time "
                            "DATE, end_time TEXT, antenna_ids TEXT, parameters TEXT)"));
        QVERIFY(badDdl.exec("CREATE TABLE cdr_labels (msisdn VARCHAR(11), imei VARCHAR(15) NOT NULL, scenario "
                            "VARCHAR(12), role VARCHAR(20), group_id TEXT, valid_from DATETIME, valid_to DATETIME)"));
        const CliResult refused = m_cli->run(arguments + QStringList{"-o", "sqlite:bad.sqlite"});
        QCOMPARE(refused.exitCode, 2);
        for (const char *expected :
             {"table cdr's world tables cannot take this run's rows",
              "  - cdr_subscribers: column second_imei: NOT NULL, but this run leaves it empty (NULL) for subscribers "
              "who keep one handset",
              "  - cdr_subscribers: column second_imei_from: DATE has no time of day (use a timestamp type)",
              "  - cdr_antennas: column antenna_id: VARCHAR(4) is narrower than the longest value this run can write "
              "(7 characters)",
              "  - cdr_antennas: column altitude: TEXT cannot hold whole numbers",
              "  - cdr_antennas: column region: NOT NULL without a default, and cdrgen writes no value there",
              "  - cdr_events: column event_id: TEXT cannot hold whole numbers",
              "  - cdr_events: column name: VARCHAR(12) is narrower than the longest value this run can write (",
              "  - cdr_events: column start_time: DATE has no time of day (use a timestamp type)",
              "  - cdr_labels: column msisdn: VARCHAR(11) is narrower than the longest value this run can write "
              "(12 characters)",
              "  - cdr_labels: column imei: NOT NULL, but this run leaves it empty (NULL) for foreign numbers "
              "(Wangiri callers, premium-rate numbers)",
              "  - cdr_labels: column scenario: VARCHAR(12) is narrower than the longest value this run can write "
              "(18 characters)",
              "  - cdr_labels: column group_id: TEXT cannot hold whole numbers"})
            QVERIFY2(refused.err.contains(QLatin1String(expected)), qPrintable(expected + QString("\n") + refused.err));
        QCOMPARE(countOf(bad, "SELECT COUNT(*) FROM cdr"), 0);
    }

    void sqliteWorldTablesAgreeWithEveryRecord()
    {
        const CliResult result =
            m_cli->run({"-n", "20000", "-o", "sqlite:w.sqlite", "--world-tables", "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QSqlDatabase db = openSqlite("w.sqlite");
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr"), 20000);
        const qint64 subscribers = countOf(db, "SELECT COUNT(*) FROM cdr_subscribers");
        QVERIFY(subscribers >= 1000);
        QCOMPARE(countOf(db, "SELECT COUNT(DISTINCT msisdn) FROM cdr_subscribers"), subscribers);
        QVERIFY(countOf(db, "SELECT COUNT(*) FROM cdr_antennas") > 0);
        QVERIFY(countOf(db, "SELECT COUNT(*) FROM cdr_subscribers WHERE msisdn NOT LIKE '+32%'") == 0);
        QVERIFY(countOf(db, "SELECT COUNT(*) FROM cdr_subscribers WHERE work_antenna NOT LIKE 'ANT%'") == 0);
        const QStringList problems = worldDisagreements(db, "cdr");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));

        QSqlQuery run(db);
        QVERIFY(run.exec("SELECT version, seed, config_digest, record_total, created_at FROM cdr_runs") && run.next());
        QVERIFY(!run.value(0).toString().isEmpty());
        QCOMPARE(run.value(1).toString(), QStringLiteral("20240101"));
        QVERIFY(QRegularExpression("^[0-9a-f]{64}$").match(run.value(2).toString()).hasMatch());
        QCOMPARE(run.value(3).toLongLong(), 20000);
        const QRegularExpression timestamp("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$");
        QVERIFY(timestamp.match(run.value(4).toString()).hasMatch());
        QVERIFY(!run.next());

        // The default calendar: Belgium's ten public holidays of 2024 and New Year's midnight, nationwide (the
        // empty text, not NULL, in antenna_ids); both example gatherings are off.
        QCOMPARE(columnsOf(db, "cdr_events"),
                 QStringList({"event_id INT", "kind VARCHAR(20)", "name TEXT", "start_time TEXT", "end_time TEXT",
                              "antenna_ids TEXT", "parameters TEXT"}));
        QCOMPARE(eventRowsIn(db, "cdr"), expectedEventRows(configOf(cdr::loadBundledDefaultConfig(), 20000)));
        QCOMPARE(eventKindCounts(db, "cdr"), QStringLiteral("holiday 10, new_year 1, gathering 0, outage 0"));
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_events WHERE antenna_ids = '' AND typeof(antenna_ids) = "
                             "'text'"),
                 11);
        // No scenario enabled: the answer key is there, empty.
        QCOMPARE(columnsOf(db, "cdr_labels"),
                 QStringList({"msisdn VARCHAR(20)", "imei VARCHAR(20)", "scenario VARCHAR(20)", "role VARCHAR(20)",
                              "group_id INT", "valid_from TEXT", "valid_to TEXT"}));
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_labels"), 0);
        // Times are stored as the CDR table stores start_time.
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_events WHERE typeof(start_time) <> (SELECT "
                             "typeof(start_time) FROM cdr LIMIT 1) OR start_time NOT GLOB '2024-[01][0-9]-[0-3][0-9] "
                             "[0-2][0-9]:[0-5][0-9]:[0-5][0-9]' OR end_time NOT GLOB '2024-*' OR end_time < start_time"),
                 0);
    }

    // busy-year.yml: the calendar with both gatherings and two outages, each on the antennas around its place.
    void busyYearEventsAreTheCalendar()
    {
        const CliResult result = m_cli->run({"-c", busyYear(), "-n", "3000", "-o", "sqlite:busy.sqlite",
                                             "--world-tables", "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QSqlDatabase db = openSqlite("busy.sqlite");
        const cdr::ConfigLoadResult loaded = cdr::loadConfigFile(busyYear().toStdString());
        QVERIFY(loaded.ok());
        const QStringList expected = expectedEventRows(configOf(loaded, 3000));
        QCOMPARE(expected.size(), 15);
        QCOMPARE(eventRowsIn(db, "cdr"), expected);
        QCOMPARE(eventKindCounts(db, "cdr"), QStringLiteral("holiday 10, new_year 1, gathering 2, outage 2"));
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_events WHERE kind IN ('gathering', 'outage') AND antenna_ids "
                             "LIKE 'ANT%'"),
                 4);
        // The example docs/databases.md gives.
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_events WHERE kind = 'gathering' AND parameters = "
                             "'latitude=50.8958;longitude=4.3342;radius_km=1;attendance=50000;failure_share=0.25'"),
                 1);
        qint64 listed = 0;
        const QStringList unknown = unknownEventAntennas(db, "cdr", &listed);
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(",")));
        QVERIFY(listed >= 4);
    }

    // Issue 20's "done when", as a user would check it in SQL: the records agree with cdr_events.
    void busyYearRecordsAgreeWithTheEventsTable()
    {
        const CliResult result = m_cli->run({"-c", busyYear(), "-n", "2000000", "-o", "sqlite:agree.sqlite",
                                             "--world-tables", "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QSqlDatabase db = openSqlite("agree.sqlite");
        auto onEventAntenna = [](const QString &column) {
            return QStringLiteral("instr(',' || e.antenna_ids || ',', ',' || c.%1 || ',') > 0").arg(column);
        };
        const QString onAntennas = "(" + onEventAntenna("antenna_id_emission") + " OR "
            + onEventAntenna("antenna_id_reception") + ")";
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr c JOIN cdr_events e ON e.kind = 'outage' AND c.start_time "
                             "BETWEEN e.start_time AND e.end_time AND " + onAntennas),
                 0);
        QVERIFY(countOf(db, "SELECT COUNT(*) FROM cdr c JOIN cdr_events e ON e.kind = 'outage' AND c.start_time "
                            "BETWEEN datetime(e.start_time, '-7 days') AND datetime(e.end_time, '-7 days') AND "
                            + onAntennas) > 0);
        for (const QString &name : {QStringLiteral("Concert night, King Baudouin Stadium"),
                                    QStringLiteral("Rock Werchter festival day")}) {
            const QString base = "FROM cdr c JOIN cdr_events e ON e.name = '" + name + "' AND " + onAntennas;
            const QString during = " AND c.start_time BETWEEN e.start_time AND e.end_time";
            const QString weekBefore =
                " AND c.start_time BETWEEN datetime(e.start_time, '-7 days') AND datetime(e.end_time, '-7 days')";
            const qint64 records = countOf(db, "SELECT COUNT(*) " + base + during);
            const qint64 failed = countOf(db, "SELECT COUNT(*) " + base + during + " AND c.status = 'FAILED'");
            const qint64 recordsBefore = countOf(db, "SELECT COUNT(*) " + base + weekBefore);
            const qint64 failedBefore =
                countOf(db, "SELECT COUNT(*) " + base + weekBefore + " AND c.status = 'FAILED'");
            const QString text = QStringLiteral("%1: %2 records (%3 failed), a week before %4 (%5 failed)")
                                     .arg(name).arg(records).arg(failed).arg(recordsBefore).arg(failedBefore);
            qInfo("%s", qPrintable(text));
            QVERIFY2(records > 2 * recordsBefore, qPrintable(text));
            QVERIFY2(failed * std::max<qint64>(recordsBefore, 1) > failedBefore * records, qPrintable(text));
        }
    }

    void holidaysOffLeavesNewYearAlone()
    {
        QFile shipped(QStringLiteral(CDRGEN_SOURCE_DIR "/config/config.yml"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(shipped.readAll());
        QCOMPARE(text.count("\n  holidays: true"), 1);
        text.replace("\n  holidays: true", "\n  holidays: false");
        QFile edited(m_dir->filePath("no-holidays.yml"));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(text.toUtf8());
        edited.close();
        const CliResult result = m_cli->run({"-c", "no-holidays.yml", "-n", "2000", "-o", "sqlite:nh.sqlite",
                                             "--world-tables", "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QSqlDatabase db = openSqlite("nh.sqlite");
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_events"), 1);
        QCOMPARE(eventKindCounts(db, "cdr"), QStringLiteral("holiday 0, new_year 1, gathering 0, outage 0"));
        const cdr::ConfigLoadResult loaded = cdr::loadConfigFile(m_dir->filePath("no-holidays.yml").toStdString());
        QVERIFY(loaded.ok() && !loaded.config.events.holidays);
        QCOMPARE(eventRowsIn(db, "cdr"), expectedEventRows(configOf(loaded, 2000)));
    }

    // With scenarios on, `<table>_labels` is the plan's answer key in SQLite (natively and through the SQLite ODBC
    // driver) and, in the plan's order, in the CSV sibling file.
    void scenarioLabelsAreThePlansAnswerKey()
    {
        const cdr::Config config = writeScenarioConfig(kScenarioRecords);
        const QStringList expected = expectedLabelRows(config);
        QVERIFY(expected.size() > 0);
        const QString records = QString::number(kScenarioRecords);
        const CliResult sqlite = m_cli->run({"-c", "scenarios.yml", "-n", records, "-o", "sqlite:labels.sqlite",
                                             "--world-tables", "--no-email", "-q"});
        QVERIFY2(sqlite.exitCode == 0, qPrintable(sqlite.err));
        QSqlDatabase db = openSqlite("labels.sqlite");
        checkLabels(db, "cdr", expected);
        QCOMPARE(labelRowsIn(db, "cdr"), expected); // SQLite returns them in the order they were inserted
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_labels WHERE typeof(valid_from) <> (SELECT typeof(start_time) "
                             "FROM cdr LIMIT 1) OR valid_to < valid_from OR msisdn NOT LIKE '+%'"),
                 0);

        CliRunner odbc(m_dir->path());
        odbc.setVariable("DB_DRIVER", "SQLite3");
        odbc.setVariable("DB_NAME", m_dir->filePath("odbc.sqlite"));
        const CliResult viaOdbc = odbc.run({"-c", "scenarios.yml", "-n", records, "-o", "odbc", "--world-tables",
                                            "--no-email", "-q"});
        QVERIFY2(viaOdbc.exitCode == 0, qPrintable(viaOdbc.err));
        checkLabels(openSqlite("odbc.sqlite"), "cdr", expected);

        const CliResult csv = m_cli->run({"-c", "scenarios.yml", "-n", records, "-o", "csv:labels.csv",
                                          "--world-tables", "--no-email", "-q"});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QStringList lines = readFile(m_dir->filePath("labels_labels.csv")).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("msisdn,imei,scenario,role,group_id,valid_from,valid_to"));
        QStringList expectedLines;
        for (const QString &row : expected) // no field needs quoting; NULL is the empty field
            expectedLines << QString(row).replace(QStringLiteral("|NULL|"), QStringLiteral("||")).replace('|', ',');
        QCOMPARE(lines.mid(1), expectedLines);
    }

    void resumeWithAnotherConfigStopsBeforeWriting()
    {
        const CliResult first = m_cli->run({"-n", "5000", "-o", "sqlite:w.sqlite", "--world-tables", "--no-email", "-q"});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QString recorded;
        {
            QSqlDatabase db = openSqlite("w.sqlite");
            QSqlQuery query(db);
            QVERIFY(query.exec("SELECT config_digest FROM cdr_runs") && query.next());
            recorded = query.value(0).toString();
        }
        // Another seed and a larger total: a resume would add ids 5001..8000 of a different world.
        const CliResult refused =
            m_cli->run({"-n", "8000", "-s", "7", "-o", "sqlite:w.sqlite", "--world-tables", "--no-email", "-q"});
        QCOMPARE(refused.exitCode, 2);
        const QStringList digests = digestsIn(refused.err);
        QVERIFY2(digests.size() == 2 && digests.contains(recorded) && digests[0] != digests[1],
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains("--if-exists replace"), qPrintable(refused.err));
        QSqlDatabase db = openSqlite("w.sqlite");
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr"), 5000);
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_runs"), 1);

        // The same config resumes (nothing left to write) and keeps its world tables as they are.
        const CliResult same = m_cli->run({"-n", "5000", "-o", "sqlite:w.sqlite", "--world-tables", "--no-email"});
        QVERIFY2(same.exitCode == 0, qPrintable(same.err));
        QVERIFY2(same.err.contains("already hold this config"), qPrintable(same.err));

        // replace starts over: records and world tables of the new config only.
        const CliResult replaced = m_cli->run({"-n", "8000", "-s", "7", "-o", "sqlite:w.sqlite", "--world-tables",
                                               "--if-exists", "replace", "--no-email", "-q"});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr"), 8000);
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_runs"), 1);
        QSqlQuery query(db);
        QVERIFY(query.exec("SELECT config_digest, seed FROM cdr_runs") && query.next());
        QVERIFY(query.value(0).toString() != recorded);
        QCOMPARE(query.value(1).toString(), QStringLiteral("7"));
        const QStringList problems = worldDisagreements(db, "cdr");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
    }

    // A replace without --world-tables removes the world tables of the records it replaced: they would describe
    // records that are gone, and a later --world-tables resume would compare with their digest.
    void replaceWithoutWorldTablesRemovesTheStaleOnes()
    {
        QCOMPARE(m_cli->run({"-n", "3000", "-o", "sqlite:r.sqlite", "--world-tables", "--no-email", "-q"}).exitCode, 0);
        QCOMPARE(m_cli->run({"-n", "3000", "-o", "csv:r.csv", "--world-tables", "--no-email", "-q"}).exitCode, 0);
        {
            QSqlDatabase db = openSqlite("r.sqlite");
            QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_runs"), 1);
        }
        QCOMPARE(QDir(m_dir->path()).entryList({"r_*.csv"}).size(), 5);
        for (const QString &target : {QStringLiteral("sqlite:r.sqlite"), QStringLiteral("csv:r.csv")}) {
            const CliResult replaced =
                m_cli->run({"-n", "4000", "-s", "9", "-o", target, "--if-exists", "replace", "--no-email", "-q"});
            QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        }
        {
            QSqlDatabase db = openSqlite("r.sqlite");
            QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr"), 4000);
            QCOMPARE(countOf(db, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('cdr_subscribers', "
                                 "'cdr_antennas', 'cdr_events', 'cdr_labels', 'cdr_runs')"),
                     0);
        }
        QVERIFY(QFile::exists(m_dir->filePath("r.csv")));
        QCOMPARE(QDir(m_dir->path()).entryList({"r_*.csv"}), QStringList());
        // The same config with world tables now resumes (nothing to write) and records its world.
        const CliResult again = m_cli->run({"-n", "4000", "-s", "9", "-o", "sqlite:r.sqlite", "--world-tables",
                                            "--no-email", "-q"});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QSqlDatabase db = openSqlite("r.sqlite");
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_runs"), 1);
    }

    // Only shard 1 writes the world tables; the others check the digest when they find it. Two shards started at
    // once into one file end with one world and every record agreeing with it.
    void concurrentShardsWriteTheWorldOnce()
    {
        auto shard = [this](const QString &part) {
            return m_cli->run({"-n", "30000", "--shard", part, "-o", "sqlite:s.sqlite", "--world-tables",
                               "--batch-size", "2000", "--no-email", "-q"});
        };
        auto first = std::async(std::launch::async, shard, QStringLiteral("1/2"));
        auto second = std::async(std::launch::async, shard, QStringLiteral("2/2"));
        const CliResult a = first.get();
        const CliResult b = second.get();
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QSqlDatabase db = openSqlite("s.sqlite");
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr"), 30000);
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_runs"), 1);
        const QStringList problems = worldDisagreements(db, "cdr");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
    }

    // With scenarios on, three shards into one file: the answer key once, as one run writes it.
    void concurrentShardsWriteTheAnswerKeyOnce()
    {
        const QStringList labels = expectedLabelRows(writeScenarioConfig(30000));
        std::vector<std::future<CliResult>> shards;
        for (const QString &part : {QStringLiteral("1/3"), QStringLiteral("2/3"), QStringLiteral("3/3")})
            shards.push_back(std::async(std::launch::async, [this, part] {
                return m_cli->run({"-c", "scenarios.yml", "-n", "30000", "--shard", part, "-o", "sqlite:k.sqlite",
                                   "--world-tables", "--batch-size", "2000", "--no-email", "-q"});
            }));
        for (auto &shard : shards) {
            const CliResult result = shard.get();
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        }
        QSqlDatabase db = openSqlite("k.sqlite");
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr"), 30000);
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM cdr_runs"), 1);
        checkLabels(db, "cdr", labels);
    }

    void csvGetsFiveSiblingFiles()
    {
        const CliResult result = m_cli->run({"-n", "3000", "-o", "csv:out.csv", "--world-tables", "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        auto lines = [this](const char *file) { return readFile(m_dir->filePath(file)).split('\n', Qt::SkipEmptyParts); };
        const QStringList subscribers = lines("out_subscribers.csv");
        const QStringList antennas = lines("out_antennas.csv");
        const QStringList runs = lines("out_runs.csv");
        QCOMPARE(subscribers.value(0), QStringLiteral("msisdn,imei,operator,home_lat,home_lon,home_antenna,work_lat,"
                                                      "work_lon,work_antenna,activity,second_imei,second_imei_from"));
        QCOMPARE(antennas.value(0), QStringLiteral("antenna_id,antenna_type,lat,lon,altitude,operator"));
        QCOMPARE(runs.size(), 2);
        QVERIFY(subscribers.size() > 1000 && antennas.size() > 1);
        QCOMPARE(lines("out_labels.csv"), QStringList({"msisdn,imei,scenario,role,group_id,valid_from,valid_to"}));
        // The default calendar's fields need no quoting, so each line is the expected row with commas; a nationwide
        // event's antenna_ids is an empty field.
        const QStringList events = lines("out_events.csv");
        QCOMPARE(events.value(0), QStringLiteral("event_id,kind,name,start_time,end_time,antenna_ids,parameters"));
        QStringList expectedEvents;
        for (const QString &row : expectedEventRows(configOf(cdr::loadBundledDefaultConfig(), 3000)))
            expectedEvents << QString(row).replace('|', ',');
        QCOMPARE(expectedEvents.size(), 11);
        QCOMPARE(events.mid(1), expectedEvents);
        // Every caller of out.csv is a subscriber with the record's home coordinates.
        QSet<QString> homes;
        for (const QString &line : subscribers.mid(1)) {
            const QStringList f = line.split(',');
            homes.insert(f[0] + "," + f[3] + "," + f[4]);
        }
        const QStringList records = lines("out.csv");
        QCOMPARE(records.size(), 3001);
        for (const QString &line : records.mid(1)) {
            const QStringList f = line.split(',');
            QVERIFY2(homes.contains(f[1] + "," + f[21] + "," + f[22]), qPrintable(line));
        }
    }

    void csvOnStandardOutputCannotHaveSiblings()
    {
        const CliResult result = m_cli->run({"-n", "10", "-o", "csv:-", "--world-tables", "--no-email", "-q"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("csv:PATH"), qPrintable(result.err));
    }

    void printSqlSqliteCreatesWhatARunUses()
    {
        const CliResult printed = m_cli->run({"--print-sql", "sqlite", "--table", "ddl_cdr", "--world-tables"});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        for (const QString &line : printed.out.split('\n', Qt::SkipEmptyParts))
            QVERIFY2(line.endsWith(';') || line.startsWith("-- "), qPrintable(line));
        QCOMPARE(printed.out.count(";\n"), 9); // table, 3 indexes, 5 world tables
        QProcess sqlite;
        sqlite.setWorkingDirectory(m_dir->path());
        sqlite.start("sqlite3", {"-bail", "ddl.sqlite"});
        sqlite.write(printed.out.toUtf8());
        sqlite.closeWriteChannel();
        QVERIFY(sqlite.waitForFinished(30000));
        QVERIFY2(sqlite.exitCode() == 0, sqlite.readAllStandardError().constData());
        QSqlDatabase db = openSqlite("ddl.sqlite");
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ddl_cdr' "
                             "AND name LIKE 'ddl_cdr_idx_%'"),
                 3);
        // A run into the tables a DBA created from that output loads them.
        const CliResult run = m_cli->run({"-n", "2000", "-o", "sqlite:ddl.sqlite", "--table", "ddl_cdr",
                                          "--world-tables", "--if-exists", "fail", "--no-email", "-q"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM ddl_cdr"), 2000);
        QVERIFY(countOf(db, "SELECT COUNT(*) FROM ddl_cdr_subscribers") >= 1000);
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM ddl_cdr_events"), 11);
        QCOMPARE(countOf(db, "SELECT COUNT(*) FROM ddl_cdr_labels"), 0);
        const QStringList problems = worldDisagreements(db, "ddl_cdr");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
    }

    void printSqlMatchesReviewedForms_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("file");
        QTest::newRow("sqlserver") << "sqlserver" << "sqlserver-dbo.cdr.sql";
        QTest::newRow("mysql") << "mysql" << "mysql-dbo.cdr.sql";
    }
    void printSqlMatchesReviewedForms()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, file);
        const CliResult printed = m_cli->run({"--print-sql", dialect, "--table", "dbo.cdr", "--world-tables"});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QCOMPARE(printed.out, readFile(QStringLiteral(CDRGEN_TEST_DATA "/sql/") + file));
        QCOMPARE(printed.err, QString());
    }

    void printSqlWithoutWorldTablesIsTheCdrTableOnly()
    {
        const CliResult printed = m_cli->run({"--print-sql", "postgresql"});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QCOMPARE(printed.out.count(";\n"), 4);
        QVERIFY(printed.out.startsWith("-- The table cdrgen creates. A table that already exists is used as it is"));
        QVERIFY(printed.out.contains("Loading into an existing table\").\nCREATE TABLE IF NOT EXISTS \"cdr\" ("));
        QVERIFY(!printed.out.contains("_subscribers"));
    }

    void printSqlRefusesAnUnknownDialect()
    {
        const CliResult result = m_cli->run({"--print-sql", "oracle"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("sqlserver, postgresql, sqlite, mysql"), qPrintable(result.err));
        QCOMPARE(result.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestCliWorld)
#include "test_cli_world.moc"
