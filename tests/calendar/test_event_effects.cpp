#include "calendar/eventcalendar.h"
#include "calendar/eventeffects.h"
#include "config/configloader.h"
#include "synth/civiltime.h"

#include <QTest>

#include <cstdint>

using namespace cdr;

// EventEffects on a small world whose answers are known: which antenna takes an outage's traffic, who is at a
// venue, which attempts fail more, and the hours nothing touches.
class TestEventEffects : public QObject {
    Q_OBJECT

    // Operator 0: antennas 0 (the outage's), 1 (1.1 km east), 2 (5.5 km east); operator 1: antenna 3 beside 0.
    static std::vector<Antenna> antennas()
    {
        return {{10, 0, 0, 10, 50.85, 4.35}, {11, 0, 0, 10, 50.85, 4.3656}, {12, 0, 0, 10, 50.85, 4.428},
                {13, 1, 0, 10, 50.8501, 4.3501}};
    }

    static Config config()
    {
        Config c = loadBundledDefaultConfig().config;
        c.events.gatherings.clear();
        c.events.outages.clear();
        return c;
    }

    static std::int64_t at(const char *text) { return *CivilTime::parse(text); }

    // The effects of a config's calendar on antennas(), over 2024.
    static EventEffects effectsOf(const Config &c)
    {
        return EventEffects(EventCalendar(c, antennas()), antennas(), 1, at("2024-01-01 00:00:00"),
                            at("2024-12-31 23:59:59"));
    }

private slots:
    void outageMovesTrafficToTheNearestWorkingAntennaOfTheOperator()
    {
        Config c = config();
        OutageConfig outage;
        outage.name = "cut";
        outage.area = {50.85, 4.35, 0.05};
        outage.start = "2024-03-12 14:00:00";
        outage.end = "2024-03-12 17:29:59";
        outage.spikeMinutes = 15;
        outage.failureShare = 0.5;
        c.events.outages.push_back(outage);
        // The area holds antenna 0 and, as the nearest of operator 1, antenna 3.
        QCOMPARE(EventCalendar(c, antennas()).events().back().antennas, (std::vector<std::uint32_t>{0, 3}));
        const EventEffects effects = effectsOf(c);

        QVERIFY(effects.anyAt(at("2024-03-12 14:30:00")));
        QVERIFY(!effects.anyAt(at("2024-03-12 12:30:00")));
        const auto inSpike = effects.place(5, 0, 0, at("2024-03-12 14:05:00"), 0);
        QCOMPARE(inSpike.antenna, std::uint32_t(1));
        QCOMPARE(inSpike.failureShare, 0.5);
        const auto later = effects.place(5, 0, 0, at("2024-03-12 16:00:00"), 0);
        QCOMPARE(later.antenna, std::uint32_t(1));
        QCOMPARE(later.failureShare, 0.0);
        QCOMPARE(effects.place(5, 0, 2, at("2024-03-12 14:05:00"), 0).antenna, std::uint32_t(2)); // not down
        QCOMPARE(effects.place(5, 0, 0, at("2024-03-12 17:30:00"), 0).antenna, std::uint32_t(0)); // window over
        // Operator 1 has no other antenna: its traffic stays where it was.
        QCOMPARE(effects.place(5, 1, 3, at("2024-03-12 14:05:00"), 0).antenna, std::uint32_t(3));
    }

    void everyAttendeeIsAtTheVenueOfTheirOperator()
    {
        Config c = config();
        GatheringConfig g;
        g.name = "everyone";
        g.area = {50.85, 4.428, 0.5};
        g.start = "2024-06-22 18:00:00";
        g.end = "2024-06-22 23:59:59";
        g.attendance = static_cast<std::int64_t>(EventEffects::kBelgianPopulation); // attendee share 1
        g.failureShare = 0.25;
        c.events.gatherings.push_back(g);
        const EventEffects effects = effectsOf(c);
        const auto there = effects.place(9, 0, 0, at("2024-06-22 20:00:00"), 7);
        QCOMPARE(there.antenna, std::uint32_t(2));
        QCOMPARE(there.failureShare, 0.25);
        QCOMPARE(effects.place(9, 1, 3, at("2024-06-22 20:00:00"), 7).antenna, std::uint32_t(3)); // op 1's nearest
        QCOMPARE(effects.place(9, 0, 0, at("2024-06-21 20:00:00"), 7).antenna, std::uint32_t(0));
        // The day of the gathering pulls half of an attendee's other records into the window.
        QVERIFY(effects.gatheringDay(at("2024-06-22 09:00:00")));
        QVERIFY(!effects.gatheringDay(at("2024-06-23 09:00:00")));
        int pulled = 0;
        for (std::uint64_t choice = 0; choice < 1000; ++choice) {
            const std::int64_t morning = at("2024-06-22 09:00:00");
            const std::int64_t t = effects.pullToGathering(9, morning, choice * 0x9e3779b97f4a7c15ULL);
            QVERIFY(t == morning || (t >= at("2024-06-22 18:00:00") && t <= at("2024-06-22 23:59:59")));
            pulled += t != morning ? 1 : 0;
        }
        QVERIFY2(pulled > 430 && pulled < 570, qPrintable(QString::number(pulled)));
    }

    void newYearFailsMoreOnlyInItsWindow()
    {
        const Config c = config();
        const EventEffects effects = effectsOf(c);
        QCOMPARE(effects.nationwideFailureShare(at("2024-01-01 00:10:00")), c.events.newYear.failureShare);
        QCOMPARE(effects.nationwideFailureShare(at("2024-01-01 00:45:00")), 0.0);
        QVERIFY(!effects.anyAt(at("2024-01-01 01:00:00")));
    }
};

QTEST_GUILESS_MAIN(TestEventEffects)
#include "test_event_effects.moc"
