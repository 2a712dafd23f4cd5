#include "report/distribution.h"

#include <QTest>

#include <cmath>

using namespace cdr;

// The report's summary of a distribution and the distance between two of them.
class TestDistribution : public QObject {
    Q_OBJECT

private slots:
    void percentilesOfValuesAreRanks()
    {
        std::vector<double> values;
        for (int v = 1000; v >= 0; --v) // 0..1000, given in descending order
            values.push_back(v);
        const Distribution d = Distribution::ofValues(values);
        QCOMPARE(d.count, 1001);
        QCOMPARE(d.percentiles.size(), std::size_t(101));
        QCOMPARE(d.percentile(0), 0.0);
        QCOMPARE(d.median(), 500.0);
        QCOMPARE(d.percentile(90), 900.0);
        QCOMPARE(d.percentile(100), 1000.0);
        QCOMPARE(d.mean, 500.0);
    }

    void countsGiveTheSameTableAsTheirValues()
    {
        const std::map<double, std::int64_t> counts{{3, 5}, {7, 1}, {10, 20}, {60, 3}};
        std::vector<double> values;
        for (const auto &[value, n] : counts)
            values.insert(values.end(), static_cast<std::size_t>(n), value);
        const Distribution fromCounts = Distribution::ofCounts(counts);
        const Distribution fromValues = Distribution::ofValues(values);
        QCOMPARE(fromCounts.count, 29);
        QCOMPARE(fromCounts.percentiles, fromValues.percentiles);
        QCOMPARE(fromCounts.mean, fromValues.mean);
        QVERIFY(Distribution::ofCounts({}).empty());
        QVERIFY(Distribution::ofValues({}).percentiles.empty());
    }

    void kolmogorovSmirnovDistance()
    {
        std::vector<double> low, shifted, high;
        for (int v = 0; v < 1000; ++v) {
            low.push_back(v);
            shifted.push_back(v + 250); // a quarter of the range higher
            high.push_back(v + 5000);
        }
        const Distribution a = Distribution::ofValues(low);
        QCOMPARE(cdr::kolmogorovSmirnovDistance(a, a), 0.0);
        QCOMPARE(cdr::kolmogorovSmirnovDistance(a, Distribution::ofValues(high)), 1.0);
        const double quarter = cdr::kolmogorovSmirnovDistance(a, Distribution::ofValues(shifted));
        QVERIFY2(std::abs(quarter - 0.25) < 0.02, QByteArray::number(quarter));
        QVERIFY(std::isnan(cdr::kolmogorovSmirnovDistance(a, Distribution())));
    }
};

QTEST_APPLESS_MAIN(TestDistribution)
#include "test_distribution.moc"
