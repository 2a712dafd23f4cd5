#include "report/profilecomparison.h"
#include "report/reporthtml.h"
#include "report/reporttext.h"

#include <QString>
#include <QTest>

#include <cmath>

using namespace cdr;

// The report page's per-subscriber charts (drawn when the profile has them), the distances of --compare-with on
// figures small enough to work out by hand, and the language table.
class TestReportPage : public QObject {
    Q_OBJECT

    static CdrProfile::Figures small()
    {
        CdrProfile::Figures f;
        f.records = 4;
        f.types = {{"VOICE", 3}, {"SMS", 1}};
        f.perHour[10] = 4;
        f.perWeekday[0] = 4;
        return f;
    }

private slots:
    void perSubscriberChartsAppearWhenFilled()
    {
        CdrProfile::Figures f = small();
        const QString without = QString::fromStdString(profileToHtml(f, "csv:a.csv"));
        QVERIFY(!without.contains("Records per subscriber"));
        QVERIFY(!without.contains("most used antenna"));

        f.perSubscriber.records = Distribution::ofValues({1, 2, 3, 40});
        f.perSubscriber.gyrationKm = Distribution::ofValues({2.5, 7.5});
        f.perSubscriber.visitShareByRank = {0.5, 0.3, 0.2};
        const QString with = QString::fromStdString(profileToHtml(f, "csv:a.csv"));
        QVERIFY(with.contains("Records per subscriber"));
        QVERIFY(with.contains("n = 4, mean 11.50, p10 1.00, median 2.00, p90 3.00, maximum 40.00"));
        QVERIFY(with.contains("Radius of gyration per subscriber"));
        QVERIFY(with.contains("median 1-20 km, heavy tail (Gonzalez, Hidalgo, Barabasi 2008)")); // its reference
        QVERIFY(with.contains("Share of records at the k-th most used antenna"));
        QVERIFY(with.contains("1: 50.0 % · 2: 30.0 % · 3: 20.0 %"));
        QVERIFY(!with.contains("Contacts per subscriber")); // still empty: not drawn
    }

    void distancesOfSmallProfiles()
    {
        CdrProfile::Figures a = small(), b = small();
        b.types = {{"VOICE", 2}, {"DATA", 2}};     // shares 3/4 + 1/4 against 1/2 + 1/2 DATA
        b.behaviour.reciprocatedShare = 0.8;       // against 0.6 below: relative error 0.25
        a.behaviour.reciprocatedShare = 0.6;
        b.validImeis = 2;                          // a: 0 of 4, b: 2 of 4
        a.perSubscriber.records = Distribution::ofValues({1, 2});
        const ProfileComparison c = ProfileComparison::of(a, b);
        QCOMPARE(c.find("types")->measure, std::string("total_variation"));
        QCOMPARE(c.find("types")->distance, 0.5); // (|0.75-0.5| + |0.25-0| + |0-0.5|) / 2
        QVERIFY(std::abs(c.find("reciprocated_share")->distance - 0.25) < 1e-12);
        QCOMPARE(c.find("valid_imeis")->distance, 0.5);
        QVERIFY(std::isnan(c.find("subscriber_records")->distance)); // b has none: not counted
        QCOMPARE(c.find("records_per_hour")->distance, 0.0);
        double sum = 0;
        int counted = 0;
        for (const FigureDistance &d : c.distances)
            if (!std::isnan(d.distance))
                sum += d.distance, ++counted;
        QVERIFY(std::abs(sum - 1.25) < 1e-12); // the three above; all else is equal
        QCOMPARE(c.score, 100 * (1 - sum / counted));
    }

    void languagesAndNumbers()
    {
        QCOMPARE(reportText("fr", "Call types"), std::string("Types d'appel"));
        QCOMPARE(reportText("nl", "Call types"), std::string("Oproeptypes"));
        QCOMPARE(reportText("de", "Call types"), std::string("Call types"));
        QCOMPARE(reportNumber(1234567.891, 2, "en"), std::string("1,234,567.89"));
        QCOMPARE(reportNumber(-1234.5, 1, "fr"), std::string("-1\u202f234,5"));
        QCOMPARE(reportNumber(1234, 0, "nl"), std::string("1.234"));
        QCOMPARE(reportNumber(999, 0, "en"), std::string("999"));
        const QString dutch = QString::fromStdString(profileToHtml(small(), "csv:a.csv", "nl"));
        QVERIFY(dutch.contains("<html lang=\"nl\">"));
        QVERIFY(dutch.contains("Oproeptypes"));
        QVERIFY(!dutch.contains("Call types"));
        // Targets are written with the language's decimal comma; a point that is not between digits stays.
        QCOMPARE(reportDecimals(">= 0.5", "nl"), std::string(">= 0,5"));
        QCOMPARE(reportDecimals("0.35-0.65", "fr"), std::string("0,35-0,65"));
        QCOMPARE(reportDecimals("0.35-0.65", "en"), std::string("0.35-0.65"));
        QCOMPARE(reportDecimals("about 0.8.", "nl"), std::string("about 0,8."));
        QVERIFY(dutch.contains("0,35-0,65"));
        QVERIFY(!dutch.contains("0.35-0.65"));
    }
};

QTEST_GUILESS_MAIN(TestReportPage)
#include "test_reportpage.moc"
