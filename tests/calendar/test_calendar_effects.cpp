#include "calendar/eventcalendar.h"
#include "calendar/eventeffectmetrics.h"
#include "config/configloader.h"
#include "synth/batchproducer.h"
#include "synth/callmix.h"
#include "synth/cdrengine.h"
#include "synth/civiltime.h"

#include <QFile>
#include <QLocale>
#include <QTest>

#include <cstdint>

using namespace cdr;

// Issue 20's "done when" for the calendar: with config/presets/busy-year.yml the records agree with the events the
// run writes to <table>_events (the same EventCalendar): nothing on an outage's antennas inside its window, failures
// spike around it as it begins, a gathering's antennas busier and more congested than the same hours a week
// before, New Year's midnight surging, weekday holidays quieter than the same weekday a week before.
class TestCalendarEffects : public QObject {
    Q_OBJECT

    static constexpr std::int64_t kRecords = 10'000'000; // the preset's own size

    struct Run {
        std::vector<CalendarEvent> events;
        std::vector<EventEffectMetrics::Effect> effects;
        std::int64_t onDownAntennas = 0; // records on an outage's antenna inside its window
    };

    static Config busyYear(bool holidays)
    {
        const ConfigLoadResult loaded = loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/busy-year.yml");
        if (!loaded.ok())
            throw std::runtime_error("busy-year.yml does not load");
        Config config = loaded.config;
        if (config.generation.records != kRecords)
            throw std::runtime_error("busy-year.yml no longer makes 10 M records");
        config.events.holidays = holidays;
        return config;
    }

    static Run run(const Config &config)
    {
        const CdrEngine engine(config);
        const CallMix mix(config);
        const auto &antennas = engine.world().antennas();
        Run result;
        result.events = EventCalendar(config, antennas).events();
        std::vector<EventEffectMetrics::Event> events;
        for (const CalendarEvent &e : result.events) {
            EventEffectMetrics::Event m{e.id, CalendarEvent::kindName(e.kind), e.name, e.start, e.end, {},
                                        EventEffectMetrics::parseParameters(e.parameters)};
            for (std::uint32_t a : e.antennas)
                m.antennas.push_back(antennas[a].id);
            events.push_back(m);
        }
        EventEffectMetrics metrics(events, *CivilTime::parse(config.generation.periodStart));
        BatchProducer producer(engine, 1, kRecords, 50'000, 2);
        std::vector<CdrRecord> batch;
        while (producer.next(batch)) {
            for (const CdrRecord &r : batch) {
                EventEffectMetrics::Record m;
                m.startTime = r.startTime;
                m.failed = mix.outcome(r.status) == OutcomeKind::Failed;
                m.emission = {r.antennaEmission.id, r.antennaEmission.lat, r.antennaEmission.lon};
                if (r.receiver == ReceiverKind::Subscriber)
                    m.reception = {r.antennaReception.id, r.antennaReception.lat, r.antennaReception.lon};
                metrics.add(m);
            }
        }
        result.effects = metrics.effects();
        return result;
    }

    static QString describe(const EventEffectMetrics::Effect &e)
    {
        return QString("%1 '%2': %3 records (%4 % failed) against %5 (%6 % failed) a week apart; spike %7 (%8 %) "
                       "against %9 (%10 %)")
            .arg(QString::fromStdString(e.event.kind), QString::fromStdString(e.event.name))
            .arg(e.during.records)
            .arg(100 * e.during.failureShare(), 0, 'f', 1)
            .arg(e.baseline.records)
            .arg(100 * e.baseline.failureShare(), 0, 'f', 1)
            .arg(e.spike.records)
            .arg(100 * e.spike.failureShare(), 0, 'f', 1)
            .arg(e.spikeBaseline.records)
            .arg(100 * e.spikeBaseline.failureShare(), 0, 'f', 1);
    }

    // The row of docs/realism.md's "Calendar" table for an effect, as the table writes it.
    static QString tableRow(const EventEffectMetrics::Effect &e)
    {
        const QLocale english(QLocale::English);
        return QString("| %1: %2 | %3 | %4 % | %5 | %6 % |")
            .arg(QString::fromStdString(e.event.kind), QString::fromStdString(e.event.name),
                 english.toString(qlonglong(e.during.records)))
            .arg(100 * e.during.failureShare(), 0, 'f', 1)
            .arg(english.toString(qlonglong(e.baseline.records)))
            .arg(100 * e.baseline.failureShare(), 0, 'f', 1);
    }

    static QStringList documentedRows()
    {
        QFile file(CDRGEN_SOURCE_DIR "/docs/realism.md");
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList rows;
        for (const QString &line : QString::fromUtf8(file.readAll()).split('\n'))
            for (const char *kind : {"| holiday: ", "| new_year: ", "| gathering: ", "| outage: "})
                if (line.startsWith(QLatin1String(kind)))
                    rows << line;
        return rows;
    }

private slots:
    void busyYearRecordsAgreeWithItsEvents()
    {
        const Run r = run(busyYear(true));
        // The table of docs/realism.md ("Calendar") is this run's: every row at the precision it shows.
        QStringList measured;
        for (const EventEffectMetrics::Effect &e : r.effects)
            measured << tableRow(e);
        QCOMPARE(measured, documentedRows());
        QCOMPARE(r.effects.size(), std::size_t(15)); // 10 holidays, New Year's midnight, 2 gatherings, 2 outages
        int gatherings = 0, outages = 0, weekdayHolidays = 0;
        for (const EventEffectMetrics::Effect &e : r.effects) {
            const QString text = describe(e);
            qInfo("%s", qPrintable(text));
            if (e.event.kind == "outage") {
                ++outages;
                QVERIFY2(!e.event.antennas.empty(), qPrintable(text));
                QVERIFY2(e.during.records == 0, qPrintable(text));       // nothing on a down antenna
                QVERIFY2(e.baseline.records > 0, qPrintable(text));      // ...which carries traffic otherwise
            } else if (e.event.kind == "gathering") {
                ++gatherings;
                QVERIFY2(e.during.records > 5 * std::max<std::int64_t>(e.baseline.records, 1), qPrintable(text));
                QVERIFY2(e.during.failureShare() >= 0.2, qPrintable(text));
                QVERIFY2(e.during.failureShare() > e.baseline.failureShare() + 0.1, qPrintable(text));
            } else if (e.event.kind == "new_year") {
                QVERIFY2(e.during.records > 5 * e.baseline.records, qPrintable(text));
                QVERIFY2(e.during.failureShare() > e.baseline.failureShare() + 0.05, qPrintable(text));
            } else if (const int weekday = CivilTime::weekday(e.event.start / 86400);
                       weekday < 5 && e.event.name.find("New Year") == std::string::npos) {
                ++weekdayHolidays;
                const double ratio = static_cast<double>(e.during.records) / static_cast<double>(e.baseline.records);
                QVERIFY2(ratio > 0.6 && ratio < 0.95, qPrintable(text + " ratio " + QString::number(ratio)));
            }
        }
        QCOMPARE(gatherings, 2);
        QCOMPARE(outages, 2);
        QVERIFY(weekdayHolidays >= 7);

        // Directly on the records' side: no record names a down antenna inside the outage's window.
        for (const CalendarEvent &e : r.events)
            if (e.kind == CalendarEvent::Kind::Outage)
                QVERIFY(e.antennas.size() >= 4); // the area's antennas, at least the nearest one of each operator
    }

    // The preset's outages are small (a few records an hour at this scale); a wider one with an hour-long spike
    // shows the failures of the traffic moved off the failed antennas.
    void outageFailuresSpikeAsItBegins()
    {
        Config config = busyYear(true);
        config.events.gatherings.clear();
        config.events.outages.resize(1);
        config.events.outages[0].area.radiusKm = 3;
        config.events.outages[0].spikeMinutes = 60;
        const Run r = run(config);
        const EventEffectMetrics::Effect &outage = r.effects.back();
        const QString text = describe(outage);
        qInfo("%s", qPrintable(text));
        QCOMPARE(outage.event.kind, std::string("outage"));
        QCOMPARE(outage.during.records, std::int64_t(0));
        QVERIFY2(outage.spike.records >= 20, qPrintable(text));
        QVERIFY2(outage.spike.failureShare() >= 0.2, qPrintable(text));
        QVERIFY2(outage.spike.failureShare() > 3 * outage.spikeBaseline.failureShare(), qPrintable(text));
    }

    void holidaysOffMakesThemOrdinaryDays()
    {
        const Config config = busyYear(false);
        const CdrEngine engine(config); // the calendar the engine applies is the one the events table gets
        const std::vector<CalendarEvent> events = EventCalendar(config, engine.world().antennas()).events();
        QCOMPARE(events.size(), std::size_t(5));
        for (const CalendarEvent &e : events)
            QVERIFY2(e.kind != CalendarEvent::Kind::Holiday, e.name.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCalendarEffects)
#include "test_calendar_effects.moc"
