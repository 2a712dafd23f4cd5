#include "clirunner.h"
#include "postgresfacts.h"
#include "worldagreement.h"

#include "config/configloader.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {
constexpr qint64 kScenarioRecords = 200'000;
}

// --world-tables into PostgreSQL through COPY (postgresql://) and through psqlODBC (-o odbc), every record
// agreeing with its world tables, the digest check there, and --print-sql postgresql executed by psql.
class TestCliWorldPg : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::map<QString, QString> m_pg;
    QSqlDatabase m_reader;

    CliRunner runner() const
    {
        CliRunner cli(m_dir.path());
        cli.setVariable("ODBCINI", m_dir.filePath("odbc.ini"));
        cli.setVariable("PGPASSFILE", m_pg.at("PG_PASSFILE")); // the password stays off the command line
        return cli;
    }
    QString url() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(m_pg.at("PG_USER"), m_pg.at("PG_HOST"), m_pg.at("PG_PORT"), m_pg.at("PG_DATABASE"));
    }
    // A connection to the fixture's database (not opened yet).
    QSqlDatabase postgres(const QString &name, const QString &user, const QString &password)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", name);
        db.setHostName(m_pg["PG_HOST"]);
        db.setPort(m_pg["PG_PORT"].toInt());
        db.setDatabaseName(m_pg["PG_DATABASE"]);
        db.setUserName(user);
        db.setPassword(password);
        return db;
    }
    void writeFile(const QString &name, const QString &text) const
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }

    static cdr::Config withRecords(cdr::Config config, qint64 records)
    {
        config.generation.records = records;
        return config;
    }
    // "name type" per column of a table in the fixture's public schema, in table order.
    QStringList columnsOf(const QString &table) const
    {
        QSqlQuery query(m_reader);
        QStringList columns;
        if (query.exec(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE "
                                      "table_schema = 'public' AND table_name = '%1' ORDER BY ordinal_position")
                           .arg(table)))
            while (query.next())
                columns << query.value(0).toString() + " " + query.value(1).toString();
        return columns;
    }
    // busy-year.yml's calendar in `table`_events: 10 holidays and New Year's midnight nationwide, 2 gatherings and 2
    // outages on antennas of `table`_antennas.
    void checkBusyYearEvents(const QString &table, qint64 records)
    {
        const cdr::ConfigLoadResult loaded = cdr::loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/busy-year.yml");
        QVERIFY(loaded.ok());
        QCOMPARE(eventRowsIn(m_reader, table), expectedEventRows(withRecords(loaded.config, records)));
        QCOMPARE(eventKindCounts(m_reader, table), QStringLiteral("holiday 10, new_year 1, gathering 2, outage 2"));
        QCOMPARE(countOf(m_reader, QStringLiteral("SELECT COUNT(*) FROM %1_events WHERE antenna_ids = ''").arg(table)),
                 11);
        qint64 listed = 0;
        const QStringList unknown = unknownEventAntennas(m_reader, table, &listed);
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(",")));
        QVERIFY(listed >= 4);
    }

private slots:
    void initTestCase()
    {
        m_pg = readPostgresFacts();
        QVERIFY(m_pg.count("PG_HOST"));
        writeFile("odbc.ini", postgresOdbcIni(m_pg));
        writeFile(".env", QStringLiteral("DB_DSN=cdrgen_pg\nDB_USER=%1\nDB_PASSWORD=%2\n")
                              .arg(m_pg["PG_USER"], m_pg["PG_PASSWORD"]));
        writeFile("scenarios.yml", "scenarios:\n  sim_box:\n    enabled: true\n  wangiri:\n    enabled: true\n");
        m_reader = postgres("reader", m_pg["PG_USER"], m_pg["PG_PASSWORD"]);
        QVERIFY2(m_reader.open(), qPrintable(m_reader.lastError().text()));
    }
    void cleanupTestCase()
    {
        m_reader.close();
    }

    // The URL's libpq parameters reach the world tables' connection too: with options=-c search_path=... both the
    // records and their world tables land in that schema (they landed in public before).
    void urlParametersApplyToTheWorldTables()
    {
        QSqlQuery create(m_reader);
        QVERIFY2(create.exec("CREATE SCHEMA IF NOT EXISTS world_params"), qPrintable(create.lastError().text()));
        const CliResult result = runner().run({"-n", "2000", "-o", url() + "?options=-c%20search_path%3Dworld_params",
                                               "--table", "world_url", "--world-tables", "--if-exists", "replace",
                                               "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM world_params.world_url"), 2000);
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM world_params.world_url_runs"), 1);
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE "
                                   "'world_url%'"),
                 0);
    }

    // The world tables' connection is retried like the records': the role may first open only the records' two
    // COPY sessions (a third fails with "too many connections", a transient error), until the limit is lifted.
    void worldTablesConnectionIsRetried()
    {
        QSqlDatabase admin = postgres("admin", m_pg["PG_SUPERUSER"], m_pg["PG_SUPERPASSWORD"]);
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        for (const char *sql : {"CREATE ROLE world_limited LOGIN PASSWORD 'w0rld-secret' CONNECTION LIMIT 2",
                                "GRANT USAGE, CREATE ON SCHEMA public TO world_limited"})
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        writeFile("retry.yml", "database:\n  retry:\n    attempts: 20\n    initial_delay_ms: 200\n"
                               "    max_delay_ms: 400\n");
        // Lifts the limit 2 s after the run holds its two sessions (its world step is retrying by then, however
        // slowly the run started).
        QProcess lift;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGPASSWORD", m_pg["PG_SUPERPASSWORD"]);
        lift.setProcessEnvironment(env);
        const QString psql = QStringLiteral("psql -X -q -tA -h %1 -p %2 -U %3 -d %4")
                                 .arg(m_pg["PG_HOST"], m_pg["PG_PORT"], m_pg["PG_SUPERUSER"], m_pg["PG_DATABASE"]);
        lift.start("bash", {"-c", QStringLiteral("for i in $(seq 600); do [ \"$(%1 -c \"SELECT count(*) FROM "
                                                 "pg_stat_activity WHERE usename = 'world_limited'\")\" -ge 2 ] && "
                                                 "break; sleep 0.05; done; sleep 2; %1 -c 'ALTER ROLE world_limited "
                                                 "CONNECTION LIMIT -1'")
                                      .arg(psql)});
        const QString limitedUrl = QStringLiteral("postgresql://world_limited@%1:%2/%3")
                                       .arg(m_pg["PG_HOST"], m_pg["PG_PORT"], m_pg["PG_DATABASE"]);
        writeFile("limited.env", "DB_PASSWORD=w0rld-secret\n"); // the role's password, not on the command line
        const CliResult result = runner().run({"-c", "retry.yml", "-e", "limited.env", "-n", "3000", "-o", limitedUrl,
                                               "--table", "world_retry", "--world-tables", "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(lift.waitForFinished(30000) && lift.exitCode() == 0);
        QVERIFY2(result.err.contains("Reading the world tables failed (attempt 1 of 20)") &&
                     result.err.contains("too many connections"),
                 qPrintable(result.err));
        QCOMPARE(countOf(admin, "SELECT COUNT(*) FROM world_retry"), 3000);
        QCOMPARE(countOf(admin, "SELECT COUNT(*) FROM world_retry_runs"), 1);
        admin.close();
    }

    void copyTargetWorldTablesAgreeWithEveryRecord()
    {
        const CliResult result = runner().run({"-n", "20000", "-o", url(), "--table", "world_copy", "--world-tables",
                                               "--if-exists", "replace", "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM world_copy"), 20000);
        QVERIFY(countOf(m_reader, "SELECT COUNT(*) FROM world_copy_subscribers") >= 1000);
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM world_copy_runs"), 1);
        const QStringList problems = worldDisagreements(m_reader, "world_copy");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
        // The default calendar (holidays and New Year's midnight, nationwide: antenna_ids '' rather than NULL).
        QCOMPARE(columnsOf("world_copy_events"),
                 QStringList({"event_id integer", "kind character varying", "name text",
                              "start_time timestamp without time zone", "end_time timestamp without time zone",
                              "antenna_ids text", "parameters text"}));
        QCOMPARE(eventRowsIn(m_reader, "world_copy"),
                 expectedEventRows(withRecords(cdr::loadBundledDefaultConfig().config, 20000)));
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM world_copy_events WHERE antenna_ids = '' AND kind IN "
                                   "('holiday', 'new_year')"),
                 11);
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM world_copy_events"), 11);
        // No scenario enabled: the answer key is there, empty.
        QCOMPARE(columnsOf("world_copy_labels"),
                 QStringList({"msisdn character varying", "imei character varying", "scenario character varying",
                              "role character varying", "group_id integer",
                              "valid_from timestamp without time zone", "valid_to timestamp without time zone"}));
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM world_copy_labels"), 0);
    }

    // With scenarios on, `<table>_labels` holds exactly the plan's answer key through COPY and through psqlODBC,
    // NULL where a number has no IMEI of ours.
    void scenarioLabelsInBothTargets()
    {
        const cdr::ConfigLoadResult loaded = cdr::loadConfigFile(m_dir.filePath("scenarios.yml").toStdString());
        QVERIFY(loaded.ok());
        QStringList expected = expectedLabelRows(withRecords(loaded.config, kScenarioRecords));
        QVERIFY(!expected.isEmpty());
        expected.sort();
        const qint64 withoutImei = expected.filter(QRegularExpression("^[^|]+\\|NULL\\|")).size();
        QVERIFY(withoutImei > 0);
        for (const QString &target : {url(), QStringLiteral("odbc")}) {
            const QString table =
                target == "odbc" ? QStringLiteral("world_labels_odbc") : QStringLiteral("world_labels");
            const CliResult result = runner().run({"-c", "scenarios.yml", "-n", QString::number(kScenarioRecords), "-o",
                                                   target, "--table", table, "--world-tables", "--if-exists", "replace",
                                                   "--no-email", "-q"});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QStringList stored = labelRowsIn(m_reader, table);
            stored.sort();
            QCOMPARE(stored, expected);
            QCOMPARE(countOf(m_reader, QStringLiteral("SELECT COUNT(*) FROM %1_labels WHERE imei IS NULL").arg(table)),
                     withoutImei);
        }
    }

    void busyYearEventsInBothTargets()
    {
        for (const QString &target : {url(), QStringLiteral("odbc")}) {
            const QString table = target == "odbc" ? QStringLiteral("world_busy_odbc") : QStringLiteral("world_busy");
            const CliResult result =
                runner().run({"-c", CDRGEN_SOURCE_DIR "/config/presets/busy-year.yml", "-n", "3000", "-o", target,
                              "--table", table, "--world-tables", "--if-exists", "replace", "--no-email", "-q"});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            checkBusyYearEvents(table, 3000);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void odbcTargetWorldTablesAgreeWithEveryRecord()
    {
        const CliResult result = runner().run({"-n", "20000", "-o", "odbc", "--table", "world_odbc", "--world-tables",
                                               "--if-exists", "replace", "--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM world_odbc"), 20000);
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM world_odbc_runs"), 1);
        QCOMPARE(eventRowsIn(m_reader, "world_odbc"),
                 expectedEventRows(withRecords(cdr::loadBundledDefaultConfig().config, 20000)));
        const QStringList problems = worldDisagreements(m_reader, "world_odbc");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
    }

    void resumeWithAnotherConfigExitsTwo()
    {
        QVERIFY(runner().run({"-n", "3000", "-o", url(), "--table", "world_digest", "--world-tables", "--if-exists",
                              "replace", "--no-email", "-q"}).exitCode == 0);
        const CliResult refused = runner().run({"-n", "6000", "-s", "99", "-o", url(), "--table", "world_digest",
                                                "--world-tables", "--no-email", "-q"});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.count(QRegularExpression("\\b[0-9a-f]{64}\\b")), 2);
        QVERIFY2(refused.err.contains("--if-exists replace"), qPrintable(refused.err));
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM world_digest"), 3000);
    }

    void printSqlPostgresqlRunsInPsql()
    {
        const CliResult printed =
            runner().run({"--print-sql", "postgresql", "--table", "public.ddl_pg", "--world-tables"});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QVERIFY(printed.out.contains("CREATE TABLE IF NOT EXISTS \"public\".\"ddl_pg_runs\""));
        QVERIFY(printed.out.contains("CREATE TABLE IF NOT EXISTS \"public\".\"ddl_pg_events\""));
        QProcess psql;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGPASSWORD", m_pg["PG_PASSWORD"]);
        psql.setProcessEnvironment(env);
        psql.start("psql", {"-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", m_pg["PG_HOST"], "-p", m_pg["PG_PORT"], "-U",
                            m_pg["PG_USER"], "-d", m_pg["PG_DATABASE"], "-f", "-"});
        psql.write(("DROP TABLE IF EXISTS ddl_pg, ddl_pg_subscribers, ddl_pg_antennas, ddl_pg_events, "
                    "ddl_pg_labels, ddl_pg_runs;\n" + printed.out)
                       .toUtf8());
        psql.closeWriteChannel();
        QVERIFY(psql.waitForFinished(30000));
        QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'ddl_pg' AND indexname LIKE "
                                   "'ddl_pg_idx_%'"),
                 3);
        // A run (fail: the tables must be empty) loads the tables created from that output.
        const CliResult run = runner().run({"-n", "2000", "-o", url(), "--table", "public.ddl_pg", "--world-tables",
                                            "--if-exists", "fail", "--no-email", "-q"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM ddl_pg"), 2000);
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM ddl_pg_events"), 11);
        QCOMPARE(countOf(m_reader, "SELECT COUNT(*) FROM ddl_pg_labels"), 0);
        const QStringList problems = worldDisagreements(m_reader, "ddl_pg");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
    }
};

QTEST_GUILESS_MAIN(TestCliWorldPg)
#include "test_cli_world_pg.moc"
