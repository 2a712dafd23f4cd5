#include "calendar/belgianholidays.h"
#include "calendar/eventcalendar.h"
#include "config/configloader.h"
#include "synth/civiltime.h"
#include "synth/timeprofile.h"
#include "synth/randomstream.h"

#include <QTest>

#include <cstdint>

using namespace cdr;

namespace {

std::int64_t day(int y, int m, int d)
{
    return CivilTime::daysFromCivil({y, m, d});
}

} // namespace

// Belgium's ten public holidays computed for any year, and the calendar of a run built from them.
class TestBelgianHolidays : public QObject {
    Q_OBJECT

private slots:
    void easterBasedHolidays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<qint64>("easterMonday");
        QTest::addColumn<qint64>("ascension");
        QTest::addColumn<qint64>("whitMonday");
        // Published dates (belgium.be, "Public holidays" for each year).
        auto row = [](int year, std::int64_t easterMonday, std::int64_t ascension, std::int64_t whitMonday) {
            QTest::newRow(qPrintable(QString::number(year)))
                << year << qint64(easterMonday) << qint64(ascension) << qint64(whitMonday);
        };
        row(2024, day(2024, 4, 1), day(2024, 5, 9), day(2024, 5, 20));
        row(2025, day(2025, 4, 21), day(2025, 5, 29), day(2025, 6, 9));
        row(2026, day(2026, 4, 6), day(2026, 5, 14), day(2026, 5, 25));
        row(2038, day(2038, 4, 26), day(2038, 6, 3), day(2038, 6, 14));
    }
    void easterBasedHolidays()
    {
        QFETCH(int, year);
        QFETCH(qint64, easterMonday);
        QFETCH(qint64, ascension);
        QFETCH(qint64, whitMonday);
        const std::vector<BelgianHoliday> holidays = BelgianHolidays::ofYear(year);
        QCOMPARE(holidays.size(), std::size_t(10));
        std::vector<std::int64_t> days;
        for (const BelgianHoliday &h : holidays)
            days.push_back(h.day);
        QVERIFY(std::is_sorted(days.begin(), days.end()));
        for (const std::int64_t expected : {easterMonday, ascension, whitMonday})
            QVERIFY2(std::find(days.begin(), days.end(), expected) != days.end(),
                     qPrintable(QString::number(expected)));
        for (const auto &[m, d] : {std::pair{1, 1}, {5, 1}, {7, 21}, {8, 15}, {11, 1}, {11, 11}, {12, 25}})
            QVERIFY(std::find(days.begin(), days.end(), day(year, m, d)) != days.end());
        QVERIFY(!BelgianHolidays::isHoliday(easterMonday - 1)); // Easter Sunday is a Sunday, not on the list
        QCOMPARE(CivilTime::weekday(easterMonday), 0);
        QCOMPARE(CivilTime::weekday(ascension), 3);
        QCOMPARE(CivilTime::weekday(whitMonday), 0);
    }

    void periodAcrossTwoYears()
    {
        const auto holidays = BelgianHolidays::between(day(2024, 12, 1), day(2025, 1, 31));
        QCOMPARE(holidays.size(), std::size_t(2));
        QCOMPARE(holidays[0].day, day(2024, 12, 25));
        QCOMPARE(holidays[1].day, day(2025, 1, 1));
    }

    void defaultCalendarOf2024()
    {
        const ConfigLoadResult loaded = loadBundledDefaultConfig();
        QVERIFY(loaded.ok());
        const EventCalendar calendar(loaded.config, {});
        QCOMPARE(calendar.events().size(), std::size_t(11)); // 10 holidays + New Year's midnight; gatherings off
        QCOMPARE(calendar.events().front().kind, CalendarEvent::Kind::Holiday);
        QCOMPARE(calendar.events().front().start, day(2024, 1, 1) * 86400);
        QCOMPARE(calendar.events()[1].kind, CalendarEvent::Kind::NewYear);
        QCOMPARE(calendar.events()[1].end, day(2024, 1, 1) * 86400 + 45 * 60 - 1);
        for (std::size_t i = 0; i < calendar.events().size(); ++i)
            QCOMPARE(calendar.events()[i].id, std::int32_t(i + 1));

        Config noHolidays = loaded.config;
        noHolidays.events.holidays = false;
        noHolidays.events.newYear.enabled = false;
        QVERIFY(EventCalendar(noHolidays, {}).events().empty());
    }

    void eventsAreClippedToThePeriod()
    {
        Config config = loadBundledDefaultConfig().config;
        config.generation.periodStart = "2024-07-06 18:00:00";
        config.generation.periodEnd = "2024-07-31 23:59:59";
        config.events.gatherings[1].enabled = true; // Rock Werchter, 2024-07-06 11:00 to 07-07 01:59:59
        const EventCalendar calendar(config, {{1, 0, 0, 10, 50.97, 4.69}});
        QCOMPARE(calendar.events().size(), std::size_t(2)); // National Day (21 July) and the festival
        const CalendarEvent &festival = calendar.events()[1];
        QCOMPARE(festival.kind, CalendarEvent::Kind::Gathering);
        QCOMPARE(festival.start, *CivilTime::parse("2024-07-06 18:00:00"));
        QCOMPARE(festival.antennas, std::vector<std::uint32_t>{0});
    }

    void holidaysAreRestDaysOnlyWhenOn()
    {
        // Labour Day 2024 is a Wednesday: with holidays on it weighs like a Sunday, off like the Wednesday before.
        const std::int64_t start = day(2024, 4, 24) * 86400, end = day(2024, 5, 1) * 86400 + 86399;
        for (const bool holidays : {true, false}) {
            const TimeProfile profile(start, end, 0.8, holidays);
            RandomStream random(7, StreamKind::Record, 1);
            std::int64_t labourDay = 0, wednesdayBefore = 0;
            for (int i = 0; i < 400'000; ++i) {
                const std::int64_t t = profile.draw(random) / 86400;
                labourDay += t == day(2024, 5, 1) ? 1 : 0;
                wednesdayBefore += t == day(2024, 4, 24) ? 1 : 0;
            }
            const double ratio = static_cast<double>(labourDay) / static_cast<double>(wednesdayBefore);
            if (holidays)
                QVERIFY2(std::abs(ratio - 0.8) < 0.03, qPrintable(QString::number(ratio)));
            else
                QVERIFY2(std::abs(ratio - 1.0) < 0.03, qPrintable(QString::number(ratio)));
        }
    }

    void newYearSurgeMultipliesItsWindow()
    {
        const std::int64_t newYear = day(2025, 1, 1) * 86400;
        const TimeProfile profile(newYear - 86400, newYear + 86400 - 1, 0.8, true,
                                  {{newYear, newYear + 45 * 60 - 1, 6.0}});
        RandomStream random(7, StreamKind::Record, 2);
        std::int64_t surge = 0, dayBefore = 0;
        for (int i = 0; i < 400'000; ++i) {
            const std::int64_t t = profile.draw(random);
            surge += t >= newYear && t < newYear + 45 * 60 ? 1 : 0;
            dayBefore += t >= newYear - 86400 && t < newYear - 86400 + 45 * 60 ? 1 : 0;
        }
        // 31 December 2024 is a Tuesday and 1 January a holiday: the rest-day profile weighs 00 h at
        // 0.8 x 2.0 / 76.8 against the weekday's 1.2 / 85.0, so the window holds 6 x 0.020833 / 0.014118 = 8.85
        // times the records of the same minutes a day before.
        const double ratio = static_cast<double>(surge) / static_cast<double>(dayBefore);
        QVERIFY2(ratio > 8.3 && ratio < 9.4, qPrintable(QString::number(ratio)));
    }
};

QTEST_GUILESS_MAIN(TestBelgianHolidays)
#include "test_belgian_holidays.moc"
