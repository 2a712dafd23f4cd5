#include "config/subscriberbudget.h"
#include "geo/geography.h"
#include "geo/geomath.h"
#include "synth/callmix.h"
#include "synth/cdrengine.h"
#include "synth/civiltime.h"
#include "synth/devicecatalogue.h"
#include "synth/recordformatter.h"
#include "synth/syntheticworld.h"

#include "engineconfigs.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

using namespace cdr;

namespace {

constexpr std::int64_t kRecords = 200'000;

struct PairHash {
    std::size_t operator()(const std::pair<std::uint64_t, std::uint64_t> &p) const
    {
        return std::hash<std::uint64_t>()(p.first * 0x9e3779b97f4a7c15ULL ^ p.second);
    }
};

bool inBlocks(std::uint64_t e164, const std::vector<std::string> &blocks)
{
    const std::string national = "0" + std::to_string(e164).substr(2);
    return std::any_of(blocks.begin(), blocks.end(),
                       [&](const std::string &b) { return national.rfind(b, 0) == 0; });
}

bool inside(const Config &config, double lat, double lon)
{
    return lat >= config.latitude.min && lat <= config.latitude.max && lon >= config.longitude.min
        && lon <= config.longitude.max && Geography::instance().insideBelgium(lat, lon);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// The figures of docs/realism.md, "Measured (200,000 records, tests/synth/test_engine_realism.cpp)", one column per
// config, at the precision the table states. The run is seeded, so they are exact: a change of the model that moves
// one must update the table too.
struct DocumentedFigures {
    const char *oneImeiPercent;         // "callers with one IMEI", 1 decimal
    const char *repeatedPairsPercent;   // "records on repeated (caller, callee-of-ours) pairs", 1 decimal
    const char *homeToAntennaKm;        // "median home → emitting antenna", 1 decimal
    const char *voiceMedianSeconds;     // "answered voice median duration", 0 decimals
    const char *nightPercent;           // "calls 00:00-06:00", 1 decimal
    const char *dataPercent;            // "data sessions (no callee)", 1 decimal
    const char *offNetPercent;          // "off-net share of voice and SMS", 1 decimal
    const char *emissionDeviationPoints;  // "largest operator share deviation", emission, 1 decimal
    const char *receptionDeviationPoints; // the same among callees of ours, 1 decimal
};

constexpr DocumentedFigures kBelgianColumn{"98.7", "70.6", "3.4", "79", "4.8", "10.0", "9.0", "0.1", "0.6"};
constexpr DocumentedFigures kSeedExampleColumn{"98.7", "70.8", "5.6", "78", "4.9", "10.0", "9.0", "0.1", "0.1"};

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

class TestEngineRealism : public QObject {
    Q_OBJECT

    void checkRealism(const Config &config, const DocumentedFigures &documented)
    {
        const CdrEngine engine(config);
        const auto &world = dynamic_cast<const SyntheticWorld &>(engine.world());
        std::vector<CdrRecord> records;
        engine.generate(1, kRecords, records);
        QCOMPARE(records.size(), std::size_t(kRecords));

        const QRegularExpression numberPattern("^\\+324[5-9][0-9]{7}$");
        // libphonenumber's patterns: Belgian fixed line, French, Dutch, German and Luxembourg mobiles.
        const QRegularExpression offNetPattern(
            "^\\+(32((1[0-69]|[23][2-8]|4[23]|5\\d|6[013-57-9]|71|8[1-79]|9[2-4])\\d{6}|80[2-8]\\d{5})"
            "|33(6\\d{8}|7[3-9]\\d{7})|316[1-58]\\d{7}|49(15[0-25-9]\\d{8}|17\\d{9})|3526(21|61|91)\\d{6})$");
        const std::int64_t periodStart = CivilTime::parse(config.generation.periodStart).value();
        const std::int64_t periodEnd = CivilTime::parse(config.generation.periodEnd).value();
        const std::size_t ops = config.operators.size();

        // Blocks of different operators never overlap.
        for (std::size_t a = 0; a < ops; ++a)
            for (std::size_t b = a + 1; b < ops; ++b)
                for (const std::string &x : world.numbering().blocks(a))
                    for (const std::string &y : world.numbering().blocks(b))
                        QVERIFY2(x.rfind(y, 0) != 0 && y.rfind(x, 0) != 0, (x + " vs " + y).c_str());
        for (std::size_t op = 0; op < ops; ++op)
            if (!config.operators[op].numberBlocks.empty())
                QCOMPARE(world.numbering().blocks(op), config.operators[op].numberBlocks);

        struct AntennaSet {
            std::uint8_t type;
            std::int32_t altitude;
            double lat, lon;
            std::uint16_t op;
        };
        std::unordered_map<std::int32_t, AntennaSet> antennas;
        std::unordered_map<std::uint64_t, std::pair<double, double>> homes;
        std::unordered_map<std::uint64_t, std::set<std::uint64_t>> imeis;
        std::unordered_map<std::pair<std::uint64_t, std::uint64_t>, int, PairHash> pairs;
        std::unordered_set<std::uint64_t> checkedNumbers;
        std::vector<std::int64_t> emission(ops, 0), reception(ops, 0);
        std::vector<double> homeToAntennaKm, voiceDurations;
        std::int64_t night = 0, voice = 0;
        const std::uint8_t voiceType = static_cast<std::uint8_t>(
            std::find(config.callTypes.begin(), config.callTypes.end(), "VOICE") - config.callTypes.begin());
        const CallMix mix(config);
        std::string text;

        auto checkNumber = [&](std::uint64_t number, std::uint16_t op) {
            if (!checkedNumbers.insert(number).second)
                return true;
            text.clear();
            RecordFormatter::appendPhone(text, number);
            return numberPattern.match(QString::fromStdString(text)).hasMatch()
                && inBlocks(number, world.numbering().blocks(op));
        };
        auto checkAntenna = [&](const AntennaRef &a, std::uint16_t op) {
            const AntennaSet set{a.type, a.altitude, a.lat, a.lon, op};
            auto [it, added] = antennas.emplace(a.id, set);
            if (!added)
                return it->second.type == a.type && it->second.altitude == a.altitude && it->second.lat == a.lat
                    && it->second.lon == a.lon && it->second.op == op;
            return a.id >= config.antennaId.min && a.id <= config.antennaId.max
                && a.altitude >= config.altitude.min && a.altitude <= config.altitude.max
                && a.type < config.antennaTypes.size() && inside(config, a.lat, a.lon);
        };

        std::int64_t received = 0, offNet = 0, noCallee = 0;
        const std::int64_t springGap = CivilTime::dstChange(CivilTime::civilFromDays(periodStart / 86'400).year, true);
        for (const CdrRecord &r : records) {
            // Wall-clock time as Belgian clocks show it: the hour skipped in spring never appears.
            QVERIFY2(r.startTime < springGap || r.startTime >= springGap + 3600, qPrintable(QString::number(r.id)));
            QVERIFY2(checkNumber(r.caller, r.operatorEmission), qPrintable(QString::number(r.caller)));
            QVERIFY2(DeviceCatalogue::luhnValid(r.imeiCaller) && r.imeiCaller < 1'000'000'000'000'000ULL,
                     qPrintable(QString::number(r.imeiCaller)));
            QVERIFY2(checkAntenna(r.antennaEmission, r.operatorEmission), qPrintable(QString::number(r.id)));
            const bool data = mix.service(r.type) == ServiceKind::Data;
            if (r.receiver == ReceiverKind::None) {
                QVERIFY(data);
                QCOMPARE(r.callee, std::uint64_t(0));
                ++noCallee;
            } else if (r.receiver == ReceiverKind::OffNet) {
                QVERIFY(!data);
                text.clear();
                RecordFormatter::appendPhone(text, r.callee);
                QVERIFY2(offNetPattern.match(QString::fromStdString(text)).hasMatch(), text.c_str());
                ++offNet;
            } else {
                QVERIFY(!data);
                QVERIFY2(checkNumber(r.callee, r.operatorReception), qPrintable(QString::number(r.callee)));
                QVERIFY(r.caller != r.callee);
                QVERIFY(DeviceCatalogue::luhnValid(r.imeiReceiver) && r.imeiReceiver < 1'000'000'000'000'000ULL);
                QVERIFY2(checkAntenna(r.antennaReception, r.operatorReception), qPrintable(QString::number(r.id)));
                ++reception[r.operatorReception];
                ++received;
                ++pairs[{r.caller, r.callee}];
            }
            auto [home, newCaller] = homes.emplace(r.caller, std::make_pair(r.callerHomeLat, r.callerHomeLon));
            if (newCaller)
                QVERIFY(inside(config, r.callerHomeLat, r.callerHomeLon));
            else
                QVERIFY(home->second == std::make_pair(r.callerHomeLat, r.callerHomeLon));
            imeis[r.caller].insert(r.imeiCaller);
            ++emission[r.operatorEmission];
            homeToAntennaKm.push_back(
                GeoMath::distanceKm(r.callerHomeLat, r.callerHomeLon, r.antennaEmission.lat, r.antennaEmission.lon));
            QVERIFY(r.startTime >= periodStart && r.startTime <= periodEnd);
            night += (r.startTime % 86400) < 6 * 3600 ? 1 : 0;
            const bool answered = mix.outcome(r.status) == OutcomeKind::Success;
            if (!answered || mix.service(r.type) == ServiceKind::Sms)
                QCOMPARE(r.duration, 0);
            else
                QVERIFY(r.duration >= config.duration.min && r.duration <= config.duration.max);
            if (r.type == voiceType) {
                ++voice;
                if (answered)
                    voiceDurations.push_back(r.duration);
            }
        }

        std::int64_t oneImei = 0;
        for (const auto &[caller, set] : imeis) {
            QVERIFY(set.size() <= 2);
            oneImei += set.size() == 1 ? 1 : 0;
        }
        const double oneImeiShare = static_cast<double>(oneImei) / static_cast<double>(imeis.size());
        std::int64_t repeated = 0;
        for (const auto &[pair, count] : pairs)
            repeated += count >= 2 ? count : 0;
        const double repeatedShare = static_cast<double>(repeated) / kRecords;
        const double medianKm = median(homeToAntennaKm);
        const double voiceMedian = median(voiceDurations);
        const double nightShare = static_cast<double>(night) / kRecords;
        qInfo("antennas seen %zu, callers %zu, one-IMEI callers %.4f, repeated pairs %.3f, median home-antenna "
              "%.2f km, voice median %.0f s, night share %.4f, voice share %.4f",
              antennas.size(), homes.size(), oneImeiShare, repeatedShare, medianKm, voiceMedian, nightShare,
              static_cast<double>(voice) / kRecords);

        double shareSum = 0;
        double emissionDeviation = 0;
        double receptionDeviation = 0;
        for (const OperatorConfig &op : config.operators)
            shareSum += op.marketShare;
        for (std::size_t op = 0; op < ops; ++op) {
            const double expected = 100.0 * config.operators[op].marketShare / shareSum;
            const double emitted = 100.0 * static_cast<double>(emission[op]) / kRecords;
            const double receivedShare = 100.0 * static_cast<double>(reception[op]) / static_cast<double>(received);
            qInfo("operator %s: config %.2f %%, emission %.2f %%, reception %.2f %%", config.operators[op].code.c_str(),
                  expected, emitted, receivedShare);
            emissionDeviation = std::max(emissionDeviation, std::abs(emitted - expected));
            receptionDeviation = std::max(receptionDeviation, std::abs(receivedShare - expected));
        }
        QVERIFY2(emissionDeviation <= 1.0 && receptionDeviation <= 1.0, "an operator's share is off by over a point");
        // Data sessions have no callee; 9 % of voice/SMS calls go to landlines and foreign mobiles.
        const double dataShare = static_cast<double>(noCallee) / kRecords;
        const double offNetShare = static_cast<double>(offNet) / static_cast<double>(kRecords - noCallee);
        qInfo("data sessions %.4f, off-net share of voice/SMS %.4f", dataShare, offNetShare);
        QVERIFY(std::abs(dataShare - 0.10) < 0.01);
        QVERIFY(std::abs(offNetShare - (config.realism.landlineCallShare + config.realism.foreignCallShare)) < 0.01);
        QVERIFY(oneImeiShare >= 0.97);
        QVERIFY2(repeatedShare >= 0.30, qPrintable(QString::number(repeatedShare)));
        QVERIFY2(medianKm <= 15.0, qPrintable(QString::number(medianKm)));
        QVERIFY2(voiceMedian >= 40 && voiceMedian <= 180, qPrintable(QString::number(voiceMedian)));
        QVERIFY2(nightShare < 0.10, qPrintable(QString::number(nightShare)));
        QVERIFY(std::abs(static_cast<double>(voice) / kRecords - 0.55) < 0.01);
        // Antennas used by the records cover most of the network.
        QVERIFY(antennas.size() * 2 > world.antennas().size());

        qInfo("documented column: {\"%s\", \"%s\", \"%s\", \"%s\", \"%s\", \"%s\", \"%s\", \"%s\", \"%s\"}",
              qPrintable(fixed(100 * oneImeiShare, 1)), qPrintable(fixed(100 * repeatedShare, 1)),
              qPrintable(fixed(medianKm, 1)), qPrintable(fixed(voiceMedian, 0)), qPrintable(fixed(100 * nightShare, 1)),
              qPrintable(fixed(100 * dataShare, 1)), qPrintable(fixed(100 * offNetShare, 1)),
              qPrintable(fixed(emissionDeviation, 1)), qPrintable(fixed(receptionDeviation, 1)));
        QCOMPARE(fixed(100 * oneImeiShare, 1), QString(documented.oneImeiPercent));
        QCOMPARE(fixed(100 * repeatedShare, 1), QString(documented.repeatedPairsPercent));
        QCOMPARE(fixed(medianKm, 1), QString(documented.homeToAntennaKm));
        QCOMPARE(fixed(voiceMedian, 0), QString(documented.voiceMedianSeconds));
        QCOMPARE(fixed(100 * nightShare, 1), QString(documented.nightPercent));
        QCOMPARE(fixed(100 * dataShare, 1), QString(documented.dataPercent));
        QCOMPARE(fixed(100 * offNetShare, 1), QString(documented.offNetPercent));
        QCOMPARE(fixed(emissionDeviation, 1), QString(documented.emissionDeviationPoints));
        QCOMPARE(fixed(receptionDeviation, 1), QString(documented.receptionDeviationPoints));
    }

private slots:
    void belgianOperators() { checkRealism(testconfigs::belgian(kRecords), kBelgianColumn); }
    void seedExample() { checkRealism(testconfigs::seedExample(kRecords), kSeedExampleColumn); }
    void worldModel()
    {
        const Config config = testconfigs::belgian(kRecords);
        const SyntheticWorld world(config);
        // 200,000 records over a year would make 68 subscribers at 8 records a day: the floor of 1,000 applies.
        QCOMPARE(world.subscribers().size(), std::size_t(SubscriberBudget::kMinSubscribers));
        QCOMPARE(world.antennas().size(), std::size_t(7300));
        // Operators get sites by share, exactly.
        std::vector<int> sites(config.operators.size(), 0);
        std::map<std::uint8_t, std::vector<double>> altitudes;
        for (const Antenna &a : world.antennas()) {
            ++sites[a.operatorIndex];
            altitudes[a.type].push_back(a.altitude);
        }
        QCOMPARE(sites[0], 2920); // 40 % of 7300
        QCOMPARE(sites[3], 219);  // 3 %
        // MACRO masts stand higher than PICO cells.
        QVERIFY(median(altitudes[0]) > median(altitudes[2]) + 10);
        // Subscriber numbers are distinct.
        std::unordered_set<std::uint64_t> numbers, imeis;
        for (const Subscriber &s : world.subscribers()) {
            numbers.insert(s.number);
            imeis.insert(s.imei);
        }
        QCOMPARE(numbers.size(), world.subscribers().size());
        QCOMPARE(imeis.size(), world.subscribers().size());
        // Contacts are mostly nearby: median contact distance well under the country's size.
        std::vector<double> contactKm;
        for (std::uint32_t i = 0; i < world.subscribers().size(); ++i)
            for (std::uint32_t c : world.contacts().contacts(i))
                contactKm.push_back(GeoMath::distanceKm(world.subscribers()[i].homeLat, world.subscribers()[i].homeLon,
                                                         world.subscribers()[c].homeLat, world.subscribers()[c].homeLon));
        qInfo("median contact distance %.1f km, build %.3f s", median(contactKm), world.buildSeconds());
        QVERIFY(median(contactKm) < 40);
        QCOMPARE(fixed(median(contactKm), 1), QString("21.2")); // as docs/realism.md, "Contact graph", states it
    }
};

QTEST_GUILESS_MAIN(TestEngineRealism)
#include "test_engine_realism.moc"
