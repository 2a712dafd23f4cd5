#include "clirunner.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>

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
    // empty, ids 1..599 and id 7 twice; callers in Proximus's 047 block, every 15th sent by ORANGE (the wrong
    // operator); homes 0 to 9 hundredths of a degree north of the antenna. `durationFactor` and `dayShift` make the
    // variants --compare-with is checked on.
    void writeForeignCsv(const QString &name, int durationFactor = 1, int dayShift = 0) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString text = foreignColumns().join(',') + '\n';
        for (int i = 0; i < 600; ++i) {
            const ForeignRow row = foreignRow(i, durationFactor, dayShift);
            const QString imei = i % 10 == 0 ? "490154203237519" : "490154203237518"; // ...518 is Luhn-valid
            const QString lat = row.atSea ? "51.9" : "50.85", lon = row.atSea ? "2.5" : "4.35";
            const QString callee = i % 30 == 0 ? "" : "+32478000" + QString::number(100 + i % 500);
            text += QStringList{"x", row.start, QString::number(i == 599 ? 7 : i + 1),
                                "+32470000" + QString::number(100 + i % 300), callee, QString::number(row.duration),
                                row.type, row.status, imei, "", i % 15 == 0 ? "ORANGE" : "PROXIMUS",
                                "ANT" + QString::number(1 + i % 40), "MACRO", lat, lon, "10", "", "", "", "", "", "",
                                QString::number(50.85 + row.homeNorth, 'f', 2), "4.35"}
                        .join(',')
                + '\n';
        }
        file.write(text.toUtf8());
    }

    static QStringList foreignColumns()
    {
        return {"note", "start_time", "id", "caller", "callee", "duration", "type", "status", "imei_caller",
                "imei_receiver", "operator_code_emission", "antenna_id_emission", "antenna_type_emission",
                "antenna_lat_emission", "antenna_lon_emission", "antenna_altitude_emission", "antenna_id_reception",
                "antenna_type_reception", "antenna_lat_reception", "antenna_lon_reception",
                "antenna_altitude_reception", "operator_code_reception", "caller_lat_home", "caller_lon_home"};
    }

    struct ForeignRow {
        QString start, type, status;
        int duration = 0;
        bool atSea = false;
        double homeNorth = 0; // degrees of latitude between the antenna and the caller's home
    };
    static ForeignRow foreignRow(int i, int durationFactor = 1, int dayShift = 0)
    {
        ForeignRow row;
        row.start = QString("2024-03-%1 %2:15:00")
                        .arg(1 + i % 28 + dayShift, 2, 10, QChar('0'))
                        .arg(i % 24, 2, 10, QChar('0'));
        row.type = i % 3 ? "VOICE" : "SMS";
        row.status = i % 7 ? "SUCCESS" : "FAILED";
        row.duration = (30 + i) * durationFactor;
        row.atSea = i % 20 == 0;
        row.homeNorth = (i % 10) * 0.01;
        return row;
    }

    // Percentile p of ascending `values` as the report defines it: the value of rank floor(p / 100 * (n - 1)).
    static double percentileOf(const std::vector<double> &values, int p)
    {
        return values[static_cast<std::size_t>(std::floor(p / 100.0 * static_cast<double>(values.size() - 1)))];
    }

    // The exact two-sample Kolmogorov-Smirnov statistic: the largest gap between the empirical distributions.
    static double sampleKs(std::vector<double> a, std::vector<double> b)
    {
        std::sort(a.begin(), a.end()), std::sort(b.begin(), b.end());
        double gap = 0;
        for (const std::vector<double> *points : {&a, &b})
            for (const double x : *points) {
                const double fa = double(std::upper_bound(a.begin(), a.end(), x) - a.begin()) / double(a.size());
                const double fb = double(std::upper_bound(b.begin(), b.end(), x) - b.begin()) / double(b.size());
                gap = std::max(gap, std::abs(fa - fb));
            }
        return gap;
    }

    QString readText(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
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

    // The figures added for issue 23's contents, each against the test's own computation from foreignRow().
    void perRecordFiguresAgreeWithTheTestsCount()
    {
        writeForeignCsv("figures.csv");
        const CliResult result =
            m_cli->run({"--profile", "csv:figures.csv", "--report-json", "figures.json", "--report", "figures.html", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = readJson("figures.json");

        std::map<QString, qint64> perDay;
        std::map<QString, std::vector<double>> answered;
        std::vector<double> homeKm;
        for (int i = 0; i < 600; ++i) {
            const ForeignRow row = foreignRow(i);
            ++perDay[row.start.left(10)];
            if (row.status == "SUCCESS")
                answered[row.type].push_back(row.duration);
            // Great-circle distance, independent of the report's flat-earth kilometres (they agree within 1 %).
            const double lat1 = qDegreesToRadians(50.85 + row.homeNorth), lat2 = qDegreesToRadians(row.atSea ? 51.9 : 50.85);
            const double dLon = qDegreesToRadians((row.atSea ? 2.5 : 4.35) - 4.35);
            const double h = std::pow(std::sin((lat2 - lat1) / 2), 2)
                + std::cos(lat1) * std::cos(lat2) * std::pow(std::sin(dLon / 2), 2);
            homeKm.push_back(2 * 6371.0 * std::asin(std::sqrt(h)));
        }
        QCOMPARE(json["records_per_day"].toObject(), countsOf(perDay));
        QCOMPARE(json["durations"].toObject().keys(), QStringList({"SMS", "VOICE"}));
        for (auto &[type, values] : answered) {
            std::sort(values.begin(), values.end());
            const QJsonObject d = json["durations"].toObject()[type].toObject();
            QCOMPARE(d["count"].toInteger(), qint64(values.size()));
            QCOMPARE(d["mean"].toDouble(), std::accumulate(values.begin(), values.end(), 0.0) / double(values.size()));
            const QJsonArray percentiles = d["percentiles"].toArray();
            QCOMPARE(percentiles.size(), 101);
            for (int p = 0; p <= 100; ++p)
                QCOMPARE(percentiles[p].toDouble(), percentileOf(values, p));
            QCOMPARE(json["answered_duration"].toObject()[type].toObject()["p90_s"].toDouble(), percentileOf(values, 90));
        }
        QCOMPARE(json["wrong_operator_callers"].toInteger(), qint64(40)); // every 15th row, sent by ORANGE
        std::sort(homeKm.begin(), homeKm.end());
        const QJsonObject home = json["home_to_antenna_km"].toObject();
        QCOMPARE(home["count"].toInteger(), qint64(600));
        for (const int p : {10, 50, 90, 100}) {
            const double expected = percentileOf(homeKm, p), got = home["percentiles"].toArray()[p].toDouble();
            QVERIFY2(std::abs(got - expected) <= 0.01 * expected + 0.1,
                     qPrintable(QString("p%1: %2 km, expected %3 km").arg(p).arg(got).arg(expected)));
        }

        const QString page = readText("figures.html");
        for (const char *title : {"Records per day", "Duration of answered calls: VOICE",
                                  "Distance from the caller&#39;s home to the emitting antenna",
                                  "callers outside their operator&#39;s number blocks", "Empty (NULL) fields per column"})
            QVERIFY2(page.contains(QString::fromUtf8(title).replace("&#39;", "'")), title);
        QVERIFY(page.contains("break-inside:avoid")); // printable: no page break inside a figure
    }

    void comparedWithItselfScores100()
    {
        writeForeignCsv("self.csv");
        const CliResult result = m_cli->run({"--profile", "csv:self.csv", "--compare-with", "csv:self.csv",
                                             "--report-json", "self.json", "--report", "self.html", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = readJson("self.json");
        QCOMPARE(json["compared_with"].toObject()["records"].toInteger(), qint64(600));
        const QJsonObject comparison = json["comparison"].toObject();
        QCOMPARE(comparison["score"].toDouble(), 100.0);
        int compared = 0;
        for (const QJsonValue &figure : comparison["figures"].toArray()) {
            const QJsonValue distance = figure.toObject()["distance"];
            if (distance.isNull())
                continue;
            QVERIFY2(distance.toDouble() == 0, qPrintable(figure.toObject()["figure"].toString()));
            ++compared;
        }
        QVERIFY2(compared >= 25, qPrintable(QString::number(compared)));
        const QString page = readText("self.html");
        QVERIFY(page.contains("Overall score"));
        QVERIFY(page.contains("<strong>100.0</strong> / 100"));
    }

    // Durations doubled and every record a day later: the durations' distance is their Kolmogorov-Smirnov statistic,
    // the weekday mix's its total variation, every other figure 0.
    void comparedWithDoubledDurationsGivesTheirKolmogorovSmirnov()
    {
        writeForeignCsv("base.csv");
        writeForeignCsv("doubled.csv", 2, 1);
        const CliResult result = m_cli->run({"--profile", "csv:base.csv", "--compare-with", "csv:doubled.csv",
                                             "--report-json", "cmp.json", "--report", "cmp.html", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        std::map<QString, QJsonValue> distance;
        double sum = 0;
        int counted = 0;
        const QJsonObject comparison = readJson("cmp.json")["comparison"].toObject();
        for (const QJsonValue &figure : comparison["figures"].toArray()) {
            const QJsonObject f = figure.toObject();
            distance[f["figure"].toString()] = f["distance"];
            if (!f["distance"].isNull())
                sum += f["distance"].toDouble(), ++counted;
        }
        for (const QString &type : {QString("VOICE"), QString("SMS")}) {
            std::vector<double> base, doubled;
            for (int i = 0; i < 600; ++i) {
                const ForeignRow a = foreignRow(i), b = foreignRow(i, 2, 1);
                if (a.type == type && a.status == "SUCCESS")
                    base.push_back(a.duration), doubled.push_back(b.duration);
            }
            const double exact = sampleKs(base, doubled), got = distance["duration:" + type].toDouble();
            QVERIFY(exact > 0.4);
            // The report reads each distribution from its 101 percentiles: within 1/101 of each side's exact one.
            QVERIFY2(std::abs(got - exact) <= 2.0 / 101,
                     qPrintable(QString("%1: %2, exact %3").arg(type).arg(got).arg(exact)));
        }
        std::vector<double> before(7, 0), after(7, 0);
        for (int i = 0; i < 600; ++i) {
            ++before[QDate::fromString(foreignRow(i).start.left(10), "yyyy-MM-dd").dayOfWeek() - 1];
            ++after[QDate::fromString(foreignRow(i, 2, 1).start.left(10), "yyyy-MM-dd").dayOfWeek() - 1];
        }
        double variation = 0;
        for (int d = 0; d < 7; ++d)
            variation += std::abs(before[d] - after[d]) / 600 / 2;
        QVERIFY(variation > 0);
        QVERIFY(std::abs(distance["records_per_weekday"].toDouble() - variation) < 1e-12);
        for (const char *same : {"records_per_hour", "records_per_day", "types", "statuses", "operators_emission",
                                 "valid_callers", "wrong_operator_callers", "valid_imeis", "emitting_in_belgium",
                                 "duplicate_ids", "empty_fields", "home_to_antenna_km"})
            QVERIFY2(distance[same].toDouble() == 0, same);
        QVERIFY(std::abs(comparison["score"].toDouble() - 100 * (1 - sum / counted)) < 1e-9);
        QVERIFY(comparison["score"].toDouble() < 100);

        const QString page = readText("cmp.html");
        QVERIFY(page.contains("csv:base.csv") && page.contains("csv:doubled.csv")); // the legend names both
        QVERIFY(page.contains("Kolmogorov-Smirnov"));
    }

    void reportIsWrittenInFrenchAndDutch()
    {
        writeForeignCsv("lang.csv", 2); // durations up to 1,258 s: a thousands separator
        struct Expectation {
            const char *language, *title, *number;
        };
        for (const Expectation &e : {Expectation{"en", "Records per hour of day", "maximum 1,258 s"},
                                     Expectation{"fr", "Enregistrements par heure du jour", "maximum 1\u202f258 s"},
                                     Expectation{"nl", "Records per uur van de dag", "maximum 1.258 s"}}) {
            const QString html = QString("lang-%1.html").arg(e.language);
            const CliResult result = m_cli->run({"--profile", "csv:lang.csv", "--report", html, "--report-language",
                                                 e.language, "-q"});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            const QString page = readText(html);
            QVERIFY2(page.contains(QString("<html lang=\"%1\">").arg(e.language)), e.language);
            QVERIFY2(page.contains(QString::fromUtf8(e.title)), e.title);
            QVERIFY2(page.contains(QString::fromUtf8(e.number)), e.number);
            if (QString(e.language) != "en")
                for (const char *english : {"Records per hour of day", "Call types", "Who and where",
                                            "Valid and complete", "Duration of answered calls", "Reference:"})
                    QVERIFY2(!page.contains(QLatin1String(english)), english);
        }
        const CliResult bad =
            m_cli->run({"--profile", "csv:lang.csv", "--report", "de.html", "--report-language", "de", "-q"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--report-language: 'de' is not one of en, fr, nl"), qPrintable(bad.err));
    }

    // 20,000 rows, each with its own type, status, operator and day (55 years): the page keeps at most
    // 200 names per chart and 366 bars over the period, so it stays far under 5 MB whatever the input.
    void htmlStaysUnderFiveMegabytes()
    {
        QFile file(path("wide.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString text = "id,caller,start_time,duration,type,status,operator_code_emission\n";
        const QDate first(1970, 1, 1);
        for (int i = 0; i < 20000; ++i)
            text += QString("%1,+32470%2,%3 12:00:00,%4,TYPE%1,STATUS%1,OPERATOR%1\n")
                        .arg(i + 1)
                        .arg(i, 6, 10, QChar('0'))
                        .arg(first.addDays(i).toString("yyyy-MM-dd"))
                        .arg(i % 600);
        file.write(text.toUtf8());
        file.close();
        const CliResult result =
            m_cli->run({"--profile", "csv:wide.csv", "--report", "wide.html", "--report-json", "wide.json", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(QFileInfo(path("wide.html")).size() < 5 * 1024 * 1024,
                 qPrintable(QString::number(QFileInfo(path("wide.html")).size())));
        const QJsonObject types = readJson("wide.json")["types"].toObject();
        QCOMPARE(types.size(), 201);
        QCOMPARE(types["(other)"].toInteger(), qint64(20000 - 200));
        QVERIFY(readText("wide.html").contains("groups of 55 days"));
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
        for (const char *files : {"tsql:cdr.sql", "bcp:cdr_bcp"}) {
            result = m_cli->run({"--profile", files, "--report", "x.html"});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QString("cannot profile ") + files + ": SQL Server files are not read back"),
                     qPrintable(result.err));
        }
        result = m_cli->run({"--profile", "csv:nothing.csv", "--report", "x.html"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("cannot read nothing.csv"), qPrintable(result.err));
        QVERIFY(!QFile::exists(path("x.html")));
        result = m_cli->run({"--profile", "csv:foreign.csv", "--compare-with", "csv:nothing.csv", "--report", "z.html"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("--compare-with: cannot read nothing.csv"), qPrintable(result.err));
        QVERIFY(!QFile::exists(path("z.html")));
        result = m_cli->run({"-n", "100", "-o", "csv:small.csv", "--no-email", "-q", "--compare-with", "csv:foreign.csv"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--compare-with and --report-language go with --report"), qPrintable(result.err));
        // A run's report compares too: its rows read back beside the foreign table's.
        result = m_cli->run({"-n", "100", "-o", "csv:small.csv", "--no-email", "-q", "--report-json", "small.json",
                             "--compare-with", "csv:foreign.csv"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(readJson("small.json")["records"].toInteger(), qint64(100));
        QCOMPARE(readJson("small.json")["compared_with"].toObject()["records"].toInteger(), qint64(600));
        QVERIFY(readJson("small.json")["comparison"].toObject()["score"].toDouble() < 100);
        // Targets that cannot be read back are refused before a row is generated.
        for (const QString &target : {QStringLiteral("csv:-"), QStringLiteral("tsql:y.sql"), QStringLiteral("bcp:ydir")}) {
            result = m_cli->run({"-n", "100", "-o", target, "--no-email", "-q", "--report", "y.html"});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains("--report reads the rows back"), qPrintable(result.err));
            QVERIFY(!QFileInfo::exists(path("y.sql")) && !QFileInfo::exists(path("ydir")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
