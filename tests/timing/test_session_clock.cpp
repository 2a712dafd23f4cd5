#include "mobility/placeranks.h"
#include "synth/randomstream.h"
#include "synth/timeprofile.h"
#include "timing/burstmetrics.h"
#include "timing/sessionclock.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

using namespace cdr;

// The measures of issue 20 on sequences whose answer is known, and the clock and places that produce the figures.
class TestSessionClock : public QObject {
    Q_OBJECT

    static std::vector<std::int64_t> poisson(double meanGap, int events, std::uint64_t seed)
    {
        RandomStream random(seed, StreamKind::Record, 0);
        std::vector<std::int64_t> times;
        double t = 0;
        for (int i = 0; i < events; ++i)
            times.push_back(static_cast<std::int64_t>(t += -std::log(1.0 - random.uniform()) * meanGap));
        return times;
    }

private slots:
    void burstinessOfKnownSequences()
    {
        std::vector<std::int64_t> periodic;
        for (int i = 0; i < 100; ++i)
            periodic.push_back(i * 600);
        QCOMPARE(*BurstMetrics::burstiness(periodic), -1.0);
        const double b = *BurstMetrics::burstiness(poisson(1e6, 20'000, 1));
        QVERIFY2(std::abs(b) < 0.02, qPrintable(QString::number(b))); // Poisson: sigma = mu
        QVERIFY(!BurstMetrics::burstiness({1, 2}));
        QVERIFY(!BurstMetrics::burstiness({5, 5, 5}));
    }

    void memoryOfKnownSequences()
    {
        const double m = *BurstMetrics::memory(poisson(1e6, 20'000, 2));
        QVERIFY2(std::abs(m) < 0.03, qPrintable(QString::number(m))); // independent gaps
        // Runs of short gaps and runs of long ones: strongly positive.
        std::vector<std::int64_t> runs{0};
        for (int block = 0; block < 200; ++block)
            for (int i = 0; i < 10; ++i)
                runs.push_back(runs.back() + (block % 2 ? 10'000 : 10));
        QVERIFY(*BurstMetrics::memory(runs) > 0.8);
        // Alternating short and long: strongly negative.
        std::vector<std::int64_t> alternating{0};
        for (int i = 0; i < 400; ++i)
            alternating.push_back(alternating.back() + (i % 2 ? 10'000 : 10));
        QVERIFY(*BurstMetrics::memory(alternating) < -0.9);
    }

    void visitationExponentOfAPowerLaw()
    {
        std::vector<std::int64_t> counts;
        for (int k = 1; k <= 30; ++k)
            counts.push_back(static_cast<std::int64_t>(std::llround(1e6 * std::pow(k, -1.2))));
        std::reverse(counts.begin(), counts.end()); // any order
        QVERIFY(std::abs(*BurstMetrics::visitationExponent(counts, 10) - 1.2) < 0.001);
        QVERIFY(!BurstMetrics::visitationExponent({5, 4, 3}, 10));
    }

    // A subscriber's records cluster in sessions: bursty (B well above a Poisson process's 0) and within the
    // profile's period; the same record stream gives the same time.
    void clockIsBurstyAndRepeatable()
    {
        const std::int64_t start = 1704067200, end = start + 366LL * 86400 - 1; // 2024
        const TimeProfile profile(start, end, 0.8);
        const SessionClock clock(profile, 42);
        const SessionClock::Owner owner = SessionClock::ofSubscriber(7);
        const std::uint32_t sessions = SessionClock::sessionCount(3000);
        QCOMPARE(sessions, std::uint32_t(1000));
        std::vector<std::int64_t> times;
        for (std::uint64_t id = 0; id < 3000; ++id) {
            RandomStream a(42, StreamKind::Record, id), b(42, StreamKind::Record, id);
            const std::int64_t t = clock.draw(owner, sessions, a);
            QCOMPARE(clock.draw(owner, sessions, b), t);
            QVERIFY(t >= start && t <= end);
            times.push_back(t);
        }
        std::sort(times.begin(), times.end());
        const double b = *BurstMetrics::burstiness(times);
        QVERIFY2(b > 0.3, qPrintable(QString::number(b)));
        QCOMPARE(SessionClock::sessionCount(0.2), std::uint32_t(1));
    }

    // Away records go to a subscriber's places by rank, k^-0.5, and a place stays where it is.
    void placesFollowTheirRankLaw()
    {
        const PlaceRanks ranks;
        RandomStream random(3, StreamKind::Record, 9);
        std::map<std::uint32_t, int> drawn;
        for (int i = 0; i < 240'000; ++i)
            ++drawn[ranks.drawRank(random)];
        QCOMPARE(drawn.size(), std::size_t(PlaceRanks::kPlaces));
        const double ratio = static_cast<double>(drawn[4]) / drawn[1];
        QVERIFY2(std::abs(ratio - std::pow(4.0, -PlaceRanks::kZeta)) < 0.02, qPrintable(QString::number(ratio)));
        const PlaceRanks::Offset a = PlaceRanks::place(3, 11, 2), b = PlaceRanks::place(3, 11, 2);
        QCOMPARE(a.km, b.km);
        QCOMPARE(a.bearing, b.bearing);
        QVERIFY(PlaceRanks::place(3, 11, 3).km != a.km);
    }
};

QTEST_GUILESS_MAIN(TestSessionClock)
#include "test_session_clock.moc"
