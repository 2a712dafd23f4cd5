#include "clirunner.h"
#include "postgresfacts.h"
#include "reportjson.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// The report from PostgreSQL against the `postgres` fixture: a run to postgresql:// read back with --report, the
// same table profiled with --profile through libpq's COPY and through psqlODBC (DSN), and a view with other column
// names with --columns, all with figures identical to the CSV of the same rows.
class TestCliReportPg : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::map<QString, QString> m_pg;
    QJsonObject m_csv;

    QString url() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_pg.at("PG_USER"), m_pg.at("PG_HOST"),
                                                              m_pg.at("PG_PORT"), m_pg.at("PG_DATABASE"));
    }
    CliRunner runner() const
    {
        CliRunner cli(m_dir.path());
        cli.setVariable("DB_PASSWORD", m_pg.at("PG_PASSWORD"));
        return cli;
    }
    QJsonObject figures(const QString &name) const { return withoutSource(readReportJson(m_dir.filePath(name))); }
    void writeOdbcIni() const
    {
        QFile ini(m_dir.filePath("odbc.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(postgresOdbcIni(m_pg).toUtf8());
    }
    // The CLI's variables for `odbc` through psqlODBC with the DSN of postgresOdbcIni().
    std::map<QString, QString> odbcVariables() const
    {
        return {{"ODBCINI", m_dir.filePath("odbc.ini")}, {"DB_DSN", "cdrgen_pg"}, {"DB_USER", m_pg.at("PG_USER")},
                {"DB_PASSWORD", m_pg.at("PG_PASSWORD")}};
    }
    // Peak RSS in kB of one cdrgen-cli run (Python's getrusage over its only child), -1 when it fails.
    qint64 peakKb(const QStringList &arguments, const std::map<QString, QString> &variables) const
    {
        QProcessEnvironment environment;
        const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("LANG")})
            if (system.contains(name))
                environment.insert(name, system.value(name));
        for (const auto &[name, value] : variables)
            environment.insert(name, value);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir.path());
        process.start("python3", QStringList{"-c", "import resource, subprocess, sys\n"
                                                   "r = subprocess.run(sys.argv[1:])\n"
                                                   "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
                                                   "sys.exit(r.returncode)",
                                             CliRunner::program()}
                                     + arguments);
        if (!process.waitForFinished(240000) || process.exitCode() != 0) {
            qWarning("%s", process.readAllStandardError().constData());
            return -1;
        }
        return process.readAllStandardOutput().trimmed().toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_pg = readPostgresFacts();
        QVERIFY(m_pg.count("PG_HOST"));
        const CliResult csv = runner().run({"-n", "3000", "--seed", "2323", "-o", "csv:same.csv", "--no-email", "-q",
                                            "--report-json", "csv.json"});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        m_csv = figures("csv.json");
        QCOMPARE(m_csv["records"].toInteger(), qint64(3000));
    }

    void runReadBackFromPostgres()
    {
        const CliResult run = runner().run({"-n", "3000", "--seed", "2323", "-o", url(), "--table", "cdr_report_pg",
                                            "--if-exists", "replace", "--no-email", "-q", "--report", "pg.html",
                                            "--report-json", "pg.json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(figures("pg.json"), m_csv);
        QVERIFY(QFile::exists(m_dir.filePath("pg.html")));
        const QJsonObject raw = readReportJson(m_dir.filePath("pg.json"));
        QVERIFY2(!raw["source"].toString().contains(m_pg.at("PG_PASSWORD")), qPrintable(raw["source"].toString()));
    }

    void profileThroughCopyAndThroughPsqlOdbc()
    {
        const CliResult copy = runner().run(
            {"--profile", url(), "--table", "cdr_report_pg", "--report-json", "copy.json", "-q"});
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
        QCOMPARE(figures("copy.json"), m_csv);

        writeOdbcIni();
        CliRunner odbc = runner();
        for (const auto &[name, value] : odbcVariables())
            odbc.setVariable(name, value);
        const CliResult viaOdbc =
            odbc.run({"--profile", "odbc", "--table", "cdr_report_pg", "--report-json", "odbc.json", "-q"});
        QVERIFY2(viaOdbc.exitCode == 0, qPrintable(viaOdbc.err));
        QCOMPARE(figures("odbc.json"), m_csv);
    }

    void viewWithOtherNamesAndAMapping()
    {
        {
            QSqlDatabase db = postgresConnection(m_pg, "view");
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QStringList columns;
            const QSqlRecord table = db.record("cdr_report_pg");
            QCOMPARE(table.count(), 23);
            for (int i = 0; i < table.count(); ++i) {
                const QString name = table.fieldName(i);
                columns << (name == "caller" ? "caller AS msisdn_a"
                                             : name == "start_time" ? "start_time AS call_start" : name);
            }
            QVERIFY2(query.exec("CREATE OR REPLACE VIEW cdr_report_pg_theirs AS SELECT " + columns.join(", ")
                                + " FROM cdr_report_pg"),
                     qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase("view");
        QFile mapping(m_dir.filePath("columns.yml"));
        QVERIFY(mapping.open(QIODevice::WriteOnly));
        mapping.write("caller: msisdn_a\nstart_time: call_start\n");
        mapping.close();
        const CliResult mapped = runner().run({"--profile", url(), "--table", "cdr_report_pg_theirs", "--columns",
                                               "columns.yml", "--report-json", "view.json", "-q"});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        QCOMPARE(figures("view.json"), m_csv);

        const CliResult missing = runner().run({"--profile", url(), "--table", "no_such_table", "--report-json",
                                                "none.json", "-q"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("cannot read table no_such_table"), qPrintable(missing.err));
    }

    // psqlODBC holds a whole result set in memory unless told to use a cursor (sqlrowreader.cpp): reading 100,000
    // rows through it peaks no higher than reading them with COPY (without the cursor the driver's copy of the
    // result adds about 0.7 kB a row: 172 MB against 63 MB at 150,000 rows).
    void odbcReadsThroughACursor()
    {
        const CliResult run = runner().run({"-n", "100000", "-o", url(), "--table", "cdr_report_pg_big",
                                            "--if-exists", "replace", "--no-email", "-q"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        writeOdbcIni();
        const qint64 copyKb = peakKb({"--profile", url(), "--table", "cdr_report_pg_big", "--report-json",
                                      "big-copy.json", "-q"},
                                     {{"DB_PASSWORD", m_pg.at("PG_PASSWORD")}});
        const qint64 odbcKb = peakKb({"--profile", "odbc", "--table", "cdr_report_pg_big", "--report-json",
                                      "big-odbc.json", "-q"},
                                     odbcVariables());
        qInfo("peak RSS profiling 100,000 rows: COPY %lld kB, psqlODBC %lld kB", copyKb, odbcKb);
        QVERIFY(copyKb > 0 && odbcKb > 0);
        QVERIFY2(odbcKb < copyKb + 40 * 1024, qPrintable(QString::number(odbcKb - copyKb)));
        QCOMPARE(figures("big-odbc.json"), figures("big-copy.json"));
    }
};

QTEST_GUILESS_MAIN(TestCliReportPg)
#include "test_cli_report_pg.moc"
