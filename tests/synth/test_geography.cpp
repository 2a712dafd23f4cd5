#include "geo/geography.h"

#include <QTest>

using namespace cdr;

class TestGeography : public QObject {
    Q_OBJECT
private slots:
    void bordersAndPlacesLoad()
    {
        const Geography &geo = Geography::instance();
        QVERIFY(!geo.belgium().empty());
        QCOMPARE(geo.places().size(), std::size_t(543));
        QCOMPARE(geo.neighbours().size(), std::size_t(4));
        QCOMPARE(geo.places().front().name, std::string("Brussels"));
        QVERIFY(geo.places().front().population > 1'000'000);
    }
    void boundingBox()
    {
        const Geography &geo = Geography::instance();
        QVERIFY(geo.southWest().lat > 49.4 && geo.southWest().lat < 49.6);
        QVERIFY(geo.southWest().lon > 2.5 && geo.southWest().lon < 2.6);
        QVERIFY(geo.northEast().lat > 51.4 && geo.northEast().lat < 51.6);
        QVERIFY(geo.northEast().lon > 6.3 && geo.northEast().lon < 6.5);
    }
    void pointInPolygon()
    {
        const Geography &geo = Geography::instance();
        QVERIFY(geo.insideBelgium(50.8467, 4.3525));  // Brussels
        QVERIFY(geo.insideBelgium(51.2194, 4.4025));  // Antwerp
        QVERIFY(geo.insideBelgium(49.6833, 5.8167));  // Arlon
        QVERIFY(!geo.insideBelgium(50.6292, 3.0573)); // Lille
        QVERIFY(!geo.insideBelgium(51.4416, 5.4697)); // Eindhoven
        QVERIFY(!geo.insideBelgium(49.6116, 6.1319)); // Luxembourg
        QVERIFY(!geo.insideBelgium(51.5, 2.6));       // North Sea
        QVERIFY(!geo.insideBelgium(50.7753, 6.0839)); // Aachen
    }
    // README.md: the seed draws every point uniformly in the box 49.5-51.5 N, 2.5-6.5 E, and 51 % of that box (by
    // degrees, as it draws) lies outside Belgium. Measured on a 400 x 400 grid of cell centres.
    void seedBoxIsMostlyOutsideBelgium()
    {
        const Geography &geo = Geography::instance();
        constexpr int kSteps = 400;
        int outside = 0;
        for (int i = 0; i < kSteps; ++i)
            for (int j = 0; j < kSteps; ++j)
                outside += geo.insideBelgium(49.5 + 2.0 * (i + 0.5) / kSteps, 2.5 + 4.0 * (j + 0.5) / kSteps) ? 0 : 1;
        QCOMPARE(QString::number(100.0 * outside / (kSteps * kSteps), 'f', 0), QString("51"));
    }
    void mostPlacesInsideBorder()
    {
        const Geography &geo = Geography::instance();
        int inside = 0;
        for (const Place &p : geo.places())
            inside += geo.insideBelgium(p.lat, p.lon) ? 1 : 0;
        QVERIFY2(inside > int(geo.places().size()) * 95 / 100, qPrintable(QString::number(inside)));
    }
};

QTEST_GUILESS_MAIN(TestGeography)
#include "test_geography.moc"
