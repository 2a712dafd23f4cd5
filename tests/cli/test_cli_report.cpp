#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

// --report and --profile (issue 23, first part): every figure the JSON gives for the counts below is recomputed
// here from the same rows, independently of the code that made it.
class TestCliReport : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QJsonObject readJson(const QString &name) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static QJsonObject countsOf(const std::map<QString, qint64> &counts)
    {
        QJsonObject object;
        for (const auto &[name, count] : counts)
            object.insert(name, count);
        return object;
    }

    // A table another program made, in the seed's 23 columns but another order, with an extra column: 600 rows,
    // every 10th caller IMEI with a wrong check digit, every 20th emitting point in the North Sea, every 30th callee
    // empty, ids 1..599 and id 7 twice.
    void writeForeignCsv(const QString &name) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QStringList columns{
            "note", "start_time", "id", "caller", "callee", "duration", "type", "status", "imei_caller",
            "imei_receiver", "operator_code_emission", "antenna_id_emission", "antenna_type_emission",
            "antenna_lat_emission", "antenna_lon_emission", "antenna_altitude_emission", "antenna_id_reception",
            "antenna_type_reception", "antenna_lat_reception", "antenna_lon_reception", "antenna_altitude_reception",
            "operator_code_reception", "caller_lat_home", "caller_lon_home"};
        QString text = columns.join(',') + '\n';
        for (int i = 0; i < 600; ++i) {
            const int id = i == 599 ? 7 : i + 1;
            const QString imei = i % 10 == 0 ? "490154203237519" : "490154203237518"; // ...518 is Luhn-valid
            const QString lat = i % 20 == 0 ? "51.9" : "50.85", lon = i % 20 == 0 ? "2.5" : "4.35";
            const QString callee = i % 30 == 0 ? "" : "+32478000" + QString::number(100 + i % 500);
            const QString start =
                QString("2024-03-%1 %2:15:00").arg(1 + i % 28, 2, 10, QChar('0')).arg(i % 24, 2, 10, QChar('0'));
            text += QStringList{"x", start,
                                QString::number(id), "+32470000" + QString::number(100 + i % 300), callee,
                                QString::number(30 + i), i % 3 ? "VOICE" : "SMS", i % 7 ? "SUCCESS" : "FAILED", imei,
                                "", "OP1", "ANT" + QString::number(1 + i % 40), "MACRO", lat, lon, "10", "", "", "",
                                "", "", "", "50.85", "4.35"}
                        .join(',')
                + '\n';
        }
        file.write(text.toUtf8());
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
    }

    void runReportIsComputedFromTheRowsWritten()
    {
        const CliResult result = m_cli->run({"-n", "30000", "-o", "csv:run.csv", "--no-email", "-q", "--report",
                                             "run.html", "--report-json", "run.json"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = readJson("run.json");
        QCOMPARE(json["records"].toInteger(), qint64(30000));

        QFile csv(path("run.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(',');
        const int start = header.indexOf("start_time"), type = header.indexOf("type");
        const int status = header.indexOf("status"), op = header.indexOf("operator_code_emission");
        std::map<QString, qint64> types, statuses, operators;
        QJsonArray hours;
        std::vector<qint64> perHour(24, 0);
        while (!csv.atEnd()) {
            const QStringList f = QString::fromUtf8(csv.readLine()).trimmed().split(','); // no quoted fields here
            ++perHour[f[start].mid(11, 2).toInt()];
            ++types[f[type]], ++statuses[f[status]], ++operators[f[op]];
        }
        for (const qint64 n : perHour)
            hours.append(n);
        QCOMPARE(json["records_per_hour"].toArray(), hours);
        QCOMPARE(json["types"].toObject(), countsOf(types));
        QCOMPARE(json["statuses"].toObject(), countsOf(statuses));
        QCOMPARE(json["operators_emission"].toObject(), countsOf(operators));
        QCOMPARE(json["valid_callers"].toInteger(), qint64(30000));
        QCOMPARE(json["valid_imeis"].toInteger(), qint64(30000));
        QCOMPARE(json["emitting_in_belgium"].toInteger(), qint64(30000));
        QCOMPARE(json["duplicate_ids"].toInteger(), qint64(0));

        QFile html(path("run.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.size() < 5 * 1024 * 1024);
        QVERIFY(page.contains("<svg"));
        for (const char *fetch : {"<script", "src=", "href=", "@import", "url("})
            QVERIFY2(!page.contains(QLatin1String(fetch)), fetch); // nothing loaded from anywhere
        QVERIFY(page.contains("Records per hour of day"));
    }

    void foreignTableIsProfiledFromCsvAndSqlite()
    {
        writeForeignCsv("foreign.csv");
        CliResult result = m_cli->run({"--profile", "csv:foreign.csv", "--report-json", "foreign.json", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = readJson("foreign.json");
        QCOMPARE(json["records"].toInteger(), qint64(600));
        QCOMPARE(json["duplicate_ids"].toInteger(), qint64(1));
        QCOMPARE(json["valid_callers"].toInteger(), qint64(600));
        QCOMPARE(json["valid_imeis"].toInteger(), qint64(540));      // every 10th has a wrong check digit
        QCOMPARE(json["emitting_in_belgium"].toInteger(), qint64(570)); // every 20th is at sea
        QCOMPARE(json["empty_fields"].toObject()["callee"].toInteger(), qint64(20));
        QCOMPARE(json["types"].toObject()["SMS"].toInteger(), qint64(200));
        QCOMPARE(json["statuses"].toObject()["FAILED"].toInteger(), qint64(86)); // i % 7 == 0 for i < 600
        QCOMPARE(json["missing_columns"].toArray().size(), 0);

        // The same rows in an SQLite table of another name give the same figures.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
            db.setDatabaseName(path("foreign.sqlite"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QFile csv(path("foreign.csv"));
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(',');
            QVERIFY(query.exec("CREATE TABLE calls (" + header.join(" TEXT, ") + " TEXT)"));
            QVERIFY(query.exec("BEGIN"));
            while (!csv.atEnd()) {
                const QStringList f = QString::fromUtf8(csv.readLine()).chopped(1).split(',');
                QStringList values;
                for (const QString &v : f)
                    values << (v.isEmpty() ? QString("NULL") : "'" + v + "'");
                QVERIFY(query.exec("INSERT INTO calls VALUES (" + values.join(',') + ")"));
            }
            QVERIFY(query.exec("COMMIT"));
        }
        QSqlDatabase::removeDatabase("foreign");
        result = m_cli->run({"--profile", "sqlite:foreign.sqlite", "--table", "calls", "--report-json", "sqlite.json",
                             "--report", "sqlite.html", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QJsonObject fromSqlite = readJson("sqlite.json"), fromCsv = json;
        fromSqlite.remove("source"), fromCsv.remove("source");
        QCOMPARE(fromSqlite, fromCsv);
    }

    void missingColumnsAreNamed()
    {
        QFile file(path("short.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,caller,start_time,type,status\n1,+32470000100,2024-01-02 10:00:00,VOICE,SUCCESS\n");
        file.close();
        const CliResult result = m_cli->run({"--profile", "csv:short.csv", "--report-json", "short.json", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray missing = readJson("short.json")["missing_columns"].toArray();
        QVERIFY(missing.contains("imei_caller"));
        QVERIFY(missing.contains("caller_lat_home"));
        QVERIFY(!missing.contains("caller"));
    }

    void badInputIsNamed()
    {
        CliResult result = m_cli->run({"--profile", "csv:foreign.csv"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--report FILE.html"), qPrintable(result.err));
        result = m_cli->run({"--profile", "odbc", "--report", "x.html"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("odbc needs DB_DRIVER"), qPrintable(result.err));
        result = m_cli->run({"--profile", "mysql://h/db", "--report", "x.html"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("cannot profile: unsupported output URL scheme"), qPrintable(result.err));
        result = m_cli->run({"--profile", "csv:nothing.csv", "--report", "x.html"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("cannot read nothing.csv"), qPrintable(result.err));
        QVERIFY(!QFile::exists(path("x.html")));
        result = m_cli->run({"-n", "100", "-o", "csv:-", "--no-email", "-q", "--report", "y.html"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("--report reads the rows back"), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
