#include "config/subscriberbudget.h"
#include "report/cdrprofile.h"
#include "report/spillpartitions.h"
#include "report/subscriberprofile.h"
#include "synth/realismmetrics.h"
#include "synth/recordformatter.h"

#include "../synth/engineconfigs.h"
#include "../synth/engineinteractions.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <set>

using namespace cdr;

namespace {

using Interaction = RealismMetrics::Interaction;

bool close(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

#define COMPARE_CLOSE(a, b)                                                                                           \
    QVERIFY2(close((a), (b)), qPrintable(QStringLiteral(#a " %1 vs %2").arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)))

void compareBehaviour(const RealismMetrics::Figures &a, const RealismMetrics::Figures &b)
{
    QCOMPARE(a.subscribers, b.subscribers);
    QCOMPARE(a.burstSubscribers, b.burstSubscribers);
    QCOMPARE(a.visitSubscribers, b.visitSubscribers);
    COMPARE_CLOSE(a.reciprocatedShare, b.reciprocatedShare);
    COMPARE_CLOSE(a.outInSpearman, b.outInSpearman);
    COMPARE_CLOSE(a.medianActiveDaysPerWeek, b.medianActiveDaysPerWeek);
    COMPARE_CLOSE(a.medianCallContactsPerWeek, b.medianCallContactsPerWeek);
    COMPARE_CLOSE(a.medianInitiatedShare, b.medianInitiatedShare);
    COMPARE_CLOSE(a.medianInitiatedShareTop, b.medianInitiatedShareTop);
    COMPARE_CLOSE(a.medianGyrationKm, b.medianGyrationKm);
    COMPARE_CLOSE(a.p90GyrationKm, b.p90GyrationKm);
    COMPARE_CLOSE(a.medianHomeShare, b.medianHomeShare);
    COMPARE_CLOSE(a.medianBurstiness, b.medianBurstiness);
    COMPARE_CLOSE(a.medianMemory, b.medianMemory);
    COMPARE_CLOSE(a.medianVisitationExponent, b.medianVisitationExponent);
    COMPARE_CLOSE(a.weekendWeekdayRatio, b.weekendWeekdayRatio);
}

void compareDistribution(const Distribution &a, const Distribution &b, const char *what)
{
    QVERIFY2(a.count == b.count, what);
    QVERIFY2(close(a.mean, b.mean), what);
    QVERIFY2(a.percentiles == b.percentiles, what);
}

void compareDistributions(const CdrProfile::SubscriberDistributions &a, const CdrProfile::SubscriberDistributions &b)
{
    compareDistribution(a.records, b.records, "records");
    compareDistribution(a.contacts, b.contacts, "contacts");
    compareDistribution(a.activeDays, b.activeDays, "activeDays");
    compareDistribution(a.initiatedShare, b.initiatedShare, "initiatedShare");
    compareDistribution(a.interEventSeconds, b.interEventSeconds, "interEventSeconds");
    compareDistribution(a.burstiness, b.burstiness, "burstiness");
    compareDistribution(a.gyrationKm, b.gyrationKm, "gyrationKm");
    compareDistribution(a.homeShare, b.homeShare, "homeShare");
    QCOMPARE(a.visitShareByRank.size(), b.visitShareByRank.size());
    for (std::size_t k = 0; k < a.visitShareByRank.size(); ++k)
        COMPARE_CLOSE(a.visitShareByRank[k], b.visitShareByRank[k]);
}

struct Profiled {
    RealismMetrics::Figures behaviour;
    CdrProfile::SubscriberDistributions distributions;
};

Profiled profiled(const std::vector<Interaction> &rows, double periodDays, SpillLimits limits = {})
{
    SubscriberProfile profile(limits);
    for (const Interaction &i : rows)
        profile.add(i);
    Profiled p;
    const std::string error = profile.compute(periodDays, p.behaviour, p.distributions);
    if (!error.empty())
        qFatal("%s", error.c_str());
    return p;
}

RealismMetrics::Figures realismMetrics(const std::vector<Interaction> &rows, double periodDays)
{
    RealismMetrics metrics;
    for (const Interaction &i : rows)
        metrics.add(i);
    return metrics.compute(periodDays);
}

// The engine's records of the shipped config, with 2,000 subscribers (about 100 records each over the year).
std::vector<Interaction> engineRows(std::int64_t records, double &periodDays)
{
    Config config = testconfigs::belgian(records);
    config.generation.subscribers = 2000;
    periodDays = SubscriberBudget::periodDays(config.generation);
    std::vector<Interaction> rows;
    testconfigs::forEachEngineInteraction(config, [&](const Interaction &i) { rows.push_back(i); });
    return rows;
}

// Rows made up by the test: 300 subscribers, numbers outside them, self-calls, data sessions, 40 antennas, 60 days.
constexpr std::int64_t kFirstStart = 1'717'200'000; // 2024-06-01 00:00:00 UTC
constexpr double kHandMadeDays = 60;
std::vector<Interaction> handMadeRows(std::size_t count)
{
    std::mt19937_64 random(23);
    auto pick = [&](std::uint64_t n) { return random() % n; };
    std::vector<Interaction> rows;
    for (std::size_t n = 0; n < count; ++n) {
        Interaction i;
        i.caller = 32470000000ULL + pick(300);
        const auto kind = pick(10);
        i.voice = kind < 5;
        i.voiceOrSms = kind < 8;
        i.calleeIsOurs = i.voiceOrSms && pick(4) != 0;
        i.callee = !i.voiceOrSms ? 0 : i.calleeIsOurs ? 32470000000ULL + pick(300) : 32480000000ULL + pick(50);
        if (i.voiceOrSms && pick(100) == 0)
            i.callee = i.caller, i.calleeIsOurs = true;
        i.startTime = kFirstStart + static_cast<std::int64_t>(pick(static_cast<std::uint64_t>(kHandMadeDays) * 86400));
        i.callerAntenna = static_cast<std::int32_t>(1 + pick(40));
        i.callerLat = 50.0 + i.callerAntenna * 0.03, i.callerLon = 3.0 + i.callerAntenna * 0.05;
        if (i.calleeIsOurs) {
            i.calleeAntenna = static_cast<std::int32_t>(1 + pick(40));
            i.calleeLat = 50.0 + i.calleeAntenna * 0.03, i.calleeLon = 3.0 + i.calleeAntenna * 0.05;
        }
        rows.push_back(i);
    }
    return rows;
}

// What the distributions should hold, counted here record by record.
CdrProfile::SubscriberDistributions countedByHand(const std::vector<Interaction> &rows)
{
    struct Side {
        std::int64_t records = 0, placed = 0, received = 0;
        std::set<std::int64_t> days;
        std::set<std::uint64_t> contacts;
        std::vector<std::int64_t> times;
        std::map<std::int32_t, std::int64_t> antennas;
    };
    std::map<std::uint64_t, Side> people;
    auto side = [&](std::uint64_t number, std::int64_t time, std::int32_t antenna) -> Side & {
        Side &s = people[number];
        ++s.records;
        s.days.insert(time / 86400);
        s.times.push_back(time);
        ++s.antennas[antenna];
        return s;
    };
    for (const Interaction &i : rows) {
        Side &caller = side(i.caller, i.startTime, i.callerAntenna);
        if (i.voiceOrSms) {
            ++caller.placed;
            caller.contacts.insert(i.callee);
        }
        if (i.calleeIsOurs) {
            Side &callee = side(i.callee, i.startTime, i.calleeAntenna);
            if (i.voiceOrSms) {
                ++callee.received;
                callee.contacts.insert(i.caller);
            }
        }
    }
    std::vector<double> records, contacts, days, initiated, gaps;
    std::vector<double> shareSums(RealismMetrics::kVisitRanks);
    for (auto &[number, s] : people) {
        records.push_back(static_cast<double>(s.records));
        contacts.push_back(static_cast<double>(s.contacts.size()));
        days.push_back(static_cast<double>(s.days.size()));
        if (s.placed + s.received > 0)
            initiated.push_back(static_cast<double>(s.placed) / static_cast<double>(s.placed + s.received));
        std::sort(s.times.begin(), s.times.end());
        for (std::size_t t = 1; t < s.times.size(); ++t)
            gaps.push_back(static_cast<double>(s.times[t] - s.times[t - 1]));
        std::vector<std::int64_t> counts;
        for (const auto &[antenna, n] : s.antennas)
            counts.push_back(n);
        std::sort(counts.rbegin(), counts.rend());
        for (std::size_t k = 0; k < counts.size() && k < shareSums.size(); ++k)
            shareSums[k] += static_cast<double>(counts[k]) / static_cast<double>(s.records);
    }
    CdrProfile::SubscriberDistributions d;
    d.records = Distribution::ofValues(records);
    d.contacts = Distribution::ofValues(contacts);
    d.activeDays = Distribution::ofValues(days);
    d.initiatedShare = Distribution::ofValues(initiated);
    d.interEventSeconds = Distribution::ofValues(gaps);
    for (const double sum : shareSums)
        d.visitShareByRank.push_back(sum / static_cast<double>(people.size()));
    return d;
}

std::string phone(std::uint64_t number)
{
    return number == 0 ? std::string() : "+" + std::to_string(number);
}

std::string coordinate(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

void writeCsv(const std::string &path, const std::vector<Interaction> &rows)
{
    std::ofstream out(path);
    out << "id,caller,callee,start_time,duration,type,status,antenna_id_emission,antenna_lat_emission,"
           "antenna_lon_emission,antenna_id_reception,antenna_lat_reception,antenna_lon_reception\n";
    std::int64_t id = 0;
    for (const Interaction &i : rows) {
        std::string start;
        RecordFormatter::appendTimestamp(start, i.startTime);
        out << ++id << ',' << phone(i.caller) << ',' << phone(i.callee) << ',' << start << ",60,"
            << (i.voice ? "VOICE" : i.voiceOrSms ? "SMS" : "DATA") << ",ANSWERED,ANT" << i.callerAntenna << ','
            << coordinate(i.callerLat) << ',' << coordinate(i.callerLon) << ',';
        if (i.calleeIsOurs)
            out << "ANT" << i.calleeAntenna << ',' << coordinate(i.calleeLat) << ',' << coordinate(i.calleeLon);
        else
            out << ",,";
        out << '\n';
    }
}

} // namespace

// SubscriberProfile (docs/report.md "Memory"): RealismMetrics' figures in bounded memory, and the per-subscriber
// distributions of the report.
class TestSubscriberProfile : public QObject {
    Q_OBJECT

    std::vector<Interaction> m_engineRows;
    double m_enginePeriodDays = 0;

private slots:
    void initTestCase()
    {
        m_engineRows = engineRows(200'000, m_enginePeriodDays);
        QCOMPARE(m_engineRows.size(), std::size_t(200'000));
    }

    void sameFiguresAsRealismMetricsOnEngineRows()
    {
        const Profiled p = profiled(m_engineRows, m_enginePeriodDays);
        compareBehaviour(p.behaviour, realismMetrics(m_engineRows, m_enginePeriodDays));
        QVERIFY(p.behaviour.subscribers > 1900);
        QVERIFY(p.behaviour.burstSubscribers > 100);
        QCOMPARE(p.distributions.burstiness.count, std::int64_t(p.behaviour.burstSubscribers));
    }

    void spilledAndSplitGroupsGiveTheSameFiguresAsOneGroup()
    {
        // One group held in memory against three groups spilled to files every 64 records and split again
        // (up to SpillPartitions::kMaxSplits times) when a file passes 64 kB.
        const Profiled one = profiled(m_engineRows, m_enginePeriodDays, {1, 1u << 30, std::size_t(1) << 40});
        const Profiled spilled = profiled(m_engineRows, m_enginePeriodDays, {3, 64, 64 << 10});
        compareBehaviour(spilled.behaviour, one.behaviour);
        compareDistributions(spilled.distributions, one.distributions);
    }

    void distributionsAgreeWithACountByHand()
    {
        const std::vector<Interaction> rows = handMadeRows(20'000);
        const Profiled p = profiled(rows, kHandMadeDays, {4, 256, 32 << 10});
        const CdrProfile::SubscriberDistributions expected = countedByHand(rows);
        compareDistribution(p.distributions.records, expected.records, "records");
        compareDistribution(p.distributions.contacts, expected.contacts, "contacts");
        compareDistribution(p.distributions.activeDays, expected.activeDays, "activeDays");
        compareDistribution(p.distributions.initiatedShare, expected.initiatedShare, "initiatedShare");
        compareDistribution(p.distributions.interEventSeconds, expected.interEventSeconds, "interEventSeconds");
        QCOMPARE(p.distributions.visitShareByRank.size(), std::size_t(RealismMetrics::kVisitRanks));
        for (std::size_t k = 0; k < expected.visitShareByRank.size(); ++k)
            COMPARE_CLOSE(p.distributions.visitShareByRank[k], expected.visitShareByRank[k]);
        // The 300 subscribers: the numbers outside (never with a receiving antenna) are none.
        QCOMPARE(p.distributions.records.count, std::int64_t(300));
        compareBehaviour(p.behaviour, realismMetrics(rows, kHandMadeDays));
    }

    void cdrProfileFillsTheSubscriberFigures()
    {
        const std::vector<Interaction> rows = handMadeRows(20'000);
        QTemporaryDir folder;
        const std::string csv = folder.filePath("cdr.csv").toStdString();
        writeCsv(csv, rows);
        CdrProfile::Figures f;
        const std::string error = CdrProfile::profile("csv:" + csv, "", f);
        QVERIFY2(error.empty(), error.c_str());
        const CdrProfile::SubscriberDistributions expected = countedByHand(rows);
        compareDistribution(f.perSubscriber.records, expected.records, "records");
        compareDistribution(f.perSubscriber.interEventSeconds, expected.interEventSeconds, "interEventSeconds");
        // The profile's period runs from the first to the last start time, in whole days.
        std::int64_t first = INT64_MAX, last = INT64_MIN;
        for (const Interaction &i : rows)
            first = std::min(first, i.startTime), last = std::max(last, i.startTime);
        compareBehaviour(f.behaviour,
                         realismMetrics(rows, std::ceil(static_cast<double>(last - first + 1) / 86400.0)));
    }

    void spillPartitionsKeepEachKeyTogetherInOrder()
    {
        QTemporaryDir folder;
        struct Item {
            std::uint64_t key;
            std::uint64_t sequence;
        };
        std::size_t visits = 0, seen = 0;
        {
            SpillPartitions<Item> spill(folder.filePath("items").toStdString(), {4, 16, 512},
                                        [](const Item &i) { return i.key; });
            for (std::uint64_t n = 0; n < 10'000; ++n)
                spill.add({n % 97, n});
            QVERIFY(!QDir(folder.path()).entryList(QDir::Files).isEmpty()); // buffers went to files
            std::set<std::uint64_t> keysDone;
            const std::string error = spill.forEachPartition([&](std::vector<Item> &items) {
                ++visits;
                std::map<std::uint64_t, std::uint64_t> lastSequence;
                for (const Item &i : items) {
                    QVERIFY(!keysDone.count(i.key));
                    if (const auto it = lastSequence.find(i.key); it != lastSequence.end())
                        QVERIFY(it->second < i.sequence);
                    lastSequence[i.key] = i.sequence;
                    ++seen;
                }
                for (const auto &[key, sequence] : lastSequence)
                    keysDone.insert(key);
            });
            QVERIFY2(error.empty(), error.c_str());
            QCOMPARE(keysDone.size(), std::size_t(97));
        }
        QCOMPARE(seen, std::size_t(10'000));
        QVERIFY(visits > 4); // 10,000 x 16 bytes over 4 groups is more than 512 bytes each: split again
        QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty()); // no file left behind
    }
};

QTEST_GUILESS_MAIN(TestSubscriberProfile)
#include "test_subscriber_profile.moc"
