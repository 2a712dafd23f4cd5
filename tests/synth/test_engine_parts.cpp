#include "geo/geography.h"
#include "geo/geomath.h"
#include "synth/aliastable.h"
#include "synth/antennaindex.h"
#include "synth/apportionment.h"
#include "synth/callmix.h"
#include "synth/cdrengine.h"
#include "synth/civiltime.h"
#include "synth/devicecatalogue.h"
#include "synth/feistelpermutation.h"
#include "synth/numberingplan.h"
#include "synth/randomstream.h"
#include "synth/recordformatter.h"
#include "synth/timeprofile.h"

#include "engineconfigs.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace cdr;

class TestEngineParts : public QObject {
    Q_OBJECT
private slots:
    void luhn()
    {
        QCOMPARE(DeviceCatalogue::luhnCheckDigit(35209900176148ULL), 1);
        QCOMPARE(DeviceCatalogue::luhnCheckDigit(49015420323751ULL), 8);
        QVERIFY(DeviceCatalogue::luhnValid(352099001761481ULL));
        QVERIFY(!DeviceCatalogue::luhnValid(352099001761482ULL));
        const DeviceCatalogue devices(1);
        std::set<std::uint64_t> seen;
        for (std::uint64_t n = 0; n < 2000; ++n) {
            const std::uint64_t imei = devices.imei(0, n);
            QVERIFY(DeviceCatalogue::luhnValid(imei));
            QCOMPARE(imei / 10'000'000, static_cast<std::uint64_t>(devices.tac(0)));
            seen.insert(imei);
        }
        QCOMPARE(seen.size(), std::size_t(2000)); // serials never repeat within a model
    }
    void feistelIsAPermutation()
    {
        for (std::uint64_t size : {1ULL, 2ULL, 7ULL, 1000ULL, 4097ULL}) {
            const FeistelPermutation perm(size, 42);
            std::vector<bool> hit(size, false);
            for (std::uint64_t i = 0; i < size; ++i) {
                const std::uint64_t v = perm(i);
                QVERIFY(v < size);
                QVERIFY(!hit[v]);
                hit[v] = true;
            }
        }
    }
    void apportionIsExact()
    {
        const auto counts = apportion(1000, {40, 27, 26, 3, 2, 2});
        QCOMPARE(counts, (std::vector<std::int64_t>{400, 270, 260, 30, 20, 20}));
        const auto small = apportion(3, {97, 1, 1, 1}, true);
        QCOMPARE(small[0] + small[1] + small[2] + small[3], std::int64_t(3));
        QVERIFY(small[1] >= 0);
        QCOMPARE(apportion(10, {1, 1, 1}), (std::vector<std::int64_t>{4, 3, 3}));
    }
    void aliasTableFollowsWeights()
    {
        const AliasTable table({1, 0, 3});
        RandomStream random(7, StreamKind::Record, 0);
        int counts[3] = {0, 0, 0};
        for (int i = 0; i < 40000; ++i)
            ++counts[table.sample(random.next())];
        QCOMPARE(counts[1], 0);
        QVERIFY(std::abs(counts[0] - 10000) < 500);
        QVERIFY(std::abs(counts[2] - 30000) < 500);
    }
    void randomStreamsAreCounterBased()
    {
        RandomStream a(1, StreamKind::Record, 5), b(1, StreamKind::Record, 5), c(1, StreamKind::Record, 6),
            d(2, StreamKind::Record, 5), e(1, StreamKind::Subscriber, 5);
        const std::uint64_t first = a.next();
        QCOMPARE(first, b.next());
        QVERIFY(first != c.next());
        QVERIFY(first != d.next());
        QVERIFY(first != e.next());
    }
    void civilTime()
    {
        QCOMPARE(CivilTime::parse("1970-01-01 00:00:00").value(), std::int64_t(0));
        QCOMPARE(CivilTime::parse("2024-01-01").value(), std::int64_t(1704067200));
        QCOMPARE(CivilTime::parse("2024-12-31 23:59:59").value(), std::int64_t(1735689599));
        QVERIFY(!CivilTime::parse("2023-02-30"));
        QVERIFY(!CivilTime::parse("2024-1-01"));
        QVERIFY(!CivilTime::parse("2024-01-01 25:00:00"));
        QCOMPARE(CivilTime::weekday(CivilTime::daysFromCivil({2024, 1, 1})), 0); // a Monday
        QVERIFY(CivilTime::isBelgianHoliday(CivilTime::daysFromCivil({2024, 7, 21})));
        QVERIFY(CivilTime::isBelgianHoliday(CivilTime::daysFromCivil({2024, 4, 1})));  // Easter Monday
        QVERIFY(CivilTime::isBelgianHoliday(CivilTime::daysFromCivil({2024, 5, 9})));  // Ascension
        QVERIFY(CivilTime::isBelgianHoliday(CivilTime::daysFromCivil({2024, 5, 20}))); // Whit Monday
        QVERIFY(!CivilTime::isBelgianHoliday(CivilTime::daysFromCivil({2024, 5, 21})));
    }
    void timeProfileStaysInPeriodAndSleepsAtNight()
    {
        const std::int64_t start = CivilTime::parse("2024-03-01 12:30:00").value();
        const std::int64_t end = CivilTime::parse("2024-03-08 08:00:00").value();
        const TimeProfile profile(start, end, 0.8);
        RandomStream random(3, StreamKind::Record, 1);
        int night = 0;
        for (int i = 0; i < 20000; ++i) {
            const std::int64_t t = profile.draw(random);
            QVERIFY(t >= start && t <= end);
            night += (t % 86400) < 6 * 3600 ? 1 : 0;
        }
        QVERIFY2(night < 2000, qPrintable(QString::number(night)));
    }
    void formatterFields()
    {
        std::string s;
        RecordFormatter::appendPhone(s, 32471234567ULL);
        QCOMPARE(s, std::string("+32471234567"));
        s.clear();
        RecordFormatter::appendTimestamp(s, CivilTime::parse("2024-02-29 07:05:09").value());
        QCOMPARE(s, std::string("2024-02-29 07:05:09"));
        s.clear();
        RecordFormatter::appendAntennaId(s, 17);
        QCOMPARE(s, std::string("ANT17"));
        for (auto [value, text] : std::vector<std::pair<double, std::string>>{
                 {50.8503, "50.8503"}, {4.0, "4"}, {-0.5, "-0.5"}, {51.1234567, "51.123457"}, {0.000001, "0.000001"},
                 {5.10, "5.1"}, {-3.000004, "-3.000004"}}) {
            s.clear();
            RecordFormatter::appendCoordinate(s, value);
            QCOMPARE(s, text);
        }
        for (std::uint64_t v : {0ULL, 9ULL, 4294967295ULL, 4294967296ULL, 32000000000ULL, 18446744073709551615ULL}) {
            s.clear();
            RecordFormatter::appendPhone(s, v);
            QCOMPARE(s, "+" + std::to_string(v));
        }
        s.clear();
        RecordFormatter::appendCoordinate(s, -179.999999);
        QCOMPARE(s, std::string("-179.999999"));
        s.clear();
        RecordFormatter::appendImei(s, 12345678901234ULL);
        QCOMPARE(s, std::string("012345678901234"));
        QCOMPARE(RecordFormatter::csvField("a,b"), std::string("\"a,b\""));
        QCOMPARE(RecordFormatter::csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
        QCOMPARE(RecordFormatter::csvField("plain"), std::string("plain"));
    }
    void formatterRow()
    {
        Config config = testconfigs::seedExample(10);
        config.operators[0].code = "OP,1";
        const RecordFormatter formatter(config);
        CdrRecord r;
        r.id = 12;
        r.caller = 32471234567ULL;
        r.callee = 32491234567ULL;
        r.startTime = CivilTime::parse("2024-06-01 18:00:00").value();
        r.duration = 75;
        r.type = 0;
        r.status = 0;
        r.imeiCaller = 352099001761481ULL;
        r.imeiReceiver = 490154203237518ULL;
        r.operatorEmission = 0;
        r.operatorReception = 2;
        r.antennaEmission = {5, 0, 30, 50.85, 4.35};
        r.antennaReception = {6, 2, 7, 51.2, 4.4};
        r.callerHomeLat = 50.851234;
        r.callerHomeLon = 4.351;
        std::string row;
        formatter.appendCsvRow(row, r);
        QCOMPARE(row, std::string("12,+32471234567,+32491234567,2024-06-01 18:00:00,75,VOICE,SUCCESS,352099001761481,"
                                  "490154203237518,\"OP,1\",ANT5,MACRO,50.85,4.35,30,ANT6,PICO,51.2,4.4,7,OP3,"
                                  "50.851234,4.351\n"));
        QVERIFY(row.size() <= formatter.maxRowLength());

        // An off-net callee has a number only; a data session has no callee at all.
        r.receiver = ReceiverKind::OffNet;
        r.callee = 3222345678ULL;
        row.clear();
        formatter.appendCsvRow(row, r);
        QCOMPARE(row, std::string("12,+32471234567,+3222345678,2024-06-01 18:00:00,75,VOICE,SUCCESS,352099001761481,,"
                                  "\"OP,1\",ANT5,MACRO,50.85,4.35,30,,,,,,,50.851234,4.351\n"));
        r.receiver = ReceiverKind::None;
        row.clear();
        AntennaTextCache cache(1, 1000);
        std::vector<char> buffer(formatter.maxRowLength() + AntennaTextCache::kMaxText);
        const char *end = formatter.writeCsvRow(buffer.data(), r, cache);
        QCOMPARE(std::string(static_cast<const char *>(buffer.data()), end), std::string("12,+32471234567,,2024-06-01 18:00:00,75,VOICE,SUCCESS,"
                                                              "352099001761481,,\"OP,1\",ANT5,MACRO,50.85,4.35,30,,,,,"
                                                              ",,50.851234,4.351\n"));
    }
    void numberingPlanBlocks()
    {
        const Config belgian = testconfigs::belgian(10);
        const NumberingPlan plan(belgian.operators, 5);
        QCOMPARE(plan.blocks(0), (std::vector<std::string>{"047", "0460", "0456"}));
        QCOMPARE(plan.capacity(3), std::uint64_t(200'000)); // DIGI: 04510, 04511
        std::set<std::uint64_t> numbers;
        for (std::uint64_t i = 0; i < 5000; ++i) {
            const std::uint64_t n = plan.number(3, i);
            QVERIFY(n / 100'000 == 324510 || n / 100'000 == 324511);
            QCOMPARE(plan.operatorOf(n), 3);
            numbers.insert(n);
        }
        QCOMPARE(numbers.size(), std::size_t(5000));

        // The seed's operators have no blocks: they get disjoint whole 04[5-9]x blocks, by share.
        const Config seed = testconfigs::seedExample(10);
        const NumberingPlan seedPlan(seed.operators, 5);
        std::set<std::string> all;
        std::size_t total = 0;
        for (std::size_t op = 0; op < 3; ++op) {
            for (const std::string &block : seedPlan.blocks(op)) {
                QCOMPARE(block.size(), std::size_t(4));
                QVERIFY(NumberingPlan::isMobileBlock(block));
            }
            total += seedPlan.blocks(op).size();
            all.insert(seedPlan.blocks(op).begin(), seedPlan.blocks(op).end());
        }
        QCOMPARE(all.size(), total);
        QCOMPARE(total, std::size_t(50));
        QCOMPARE(seedPlan.blocks(0).size(), std::size_t(20));

        // Blocks a configured operator holds are never handed to one without blocks.
        std::vector<OperatorConfig> mixed = {{"A", 50, "", "", {"047"}}, {"B", 50, "", "", {}}};
        const NumberingPlan mixedPlan(mixed, 1);
        for (const std::string &block : mixedPlan.blocks(1))
            QVERIFY(block.rfind("047", 0) != 0);
        QVERIFY(!NumberingPlan::isMobileBlock("0412"));
        QVERIFY(!NumberingPlan::isMobileBlock("047a"));
    }
    void callMixDefaultsAndUnknownNames()
    {
        Config config = testconfigs::seedExample(10);
        config.callTypes = {"VOICE", "SMS", "VIDEO"};
        config.callStatus = {"ANSWERED", "BUSY", "ERROR"};
        const CallMix mix(config);
        QCOMPARE(mix.typeWeights(), (std::vector<double>{55, 35, 45})); // unknown: mean of the known
        QVERIFY(mix.service(2) == ServiceKind::Voice);
        QVERIFY(mix.outcome(0) == OutcomeKind::Success);
        QVERIFY(mix.outcome(1) == OutcomeKind::Missed);
        QVERIFY(mix.outcome(2) == OutcomeKind::Failed);
        RandomStream random(1, StreamKind::Record, 0);
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(mix.drawDuration(1, 0, random), 0); // SMS
            QCOMPARE(mix.drawDuration(0, 1, random), 0); // busy voice
            const int d = mix.drawDuration(0, 0, random);
            QVERIFY(d >= 10 && d <= 3600);
        }
    }
    void smallBoxZeroShareAndUnknownNames()
    {
        Config config = testconfigs::seedExample(3000);
        config.latitude = {50.80, 50.90}; // Brussels only
        config.longitude = {4.30, 4.45};
        config.operators.push_back({"NEW", 0, "", "", {}});
        config.antennaTypes = {"MACRO", "SMALL_CELL"};
        config.callTypes = {"VOICE", "VIDEO_CALL"};
        const CdrEngine engine(config);
        std::vector<CdrRecord> records;
        engine.generate(1, 3000, records);
        for (const CdrRecord &r : records) {
            QVERIFY(r.operatorEmission != 3);
            for (const AntennaRef *a : {&r.antennaEmission, &r.antennaReception}) {
                if (a == &r.antennaReception && r.receiver != ReceiverKind::Subscriber)
                    continue;
                QVERIFY(a->lat >= 50.80 && a->lat <= 50.90 && a->lon >= 4.30 && a->lon <= 4.45);
                QVERIFY(Geography::instance().insideBelgium(a->lat, a->lon));
                QVERIFY(a->type < 2);
            }
            QVERIFY(r.type < 2);
        }
        Config outside = testconfigs::seedExample(10);
        outside.latitude = {48.0, 48.5}; // Paris: no Belgium in the box
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CdrEngine{outside});
    }
    // realism.data_sessions: filled and no off-net shares give the seed's shape: every column of every record.
    void seedShapeSwitchFillsEveryColumn()
    {
        Config config = testconfigs::seedExample(5000);
        const CdrEngine defaults(config);
        std::vector<CdrRecord> records;
        defaults.generate(1, 5000, records);
        QVERIFY(std::any_of(records.begin(), records.end(),
                            [](const CdrRecord &r) { return r.receiver == ReceiverKind::None; }));
        QVERIFY(std::any_of(records.begin(), records.end(),
                            [](const CdrRecord &r) { return r.receiver == ReceiverKind::OffNet; }));

        config.realism.dataSessions = "filled";
        config.realism.landlineCallShare = 0;
        config.realism.foreignCallShare = 0;
        const CdrEngine filled(config);
        filled.generate(1, 5000, records);
        const RecordFormatter formatter(config);
        for (const CdrRecord &r : records) {
            QVERIFY(r.receiver == ReceiverKind::Subscriber);
            std::string row;
            formatter.appendCsvRow(row, r);
            QVERIFY2(row.find(",,") == std::string::npos, row.c_str());
        }
    }
    void nearestAntennaMatchesBruteForce()
    {
        std::vector<Antenna> antennas;
        RandomStream random(9, StreamKind::Antenna, 0);
        for (int i = 0; i < 500; ++i)
            antennas.push_back({i + 1, 0, 0, 0, 49.5 + 2 * random.uniform(), 2.5 + 4 * random.uniform()});
        std::vector<std::uint32_t> members;
        for (std::uint32_t i = 0; i < antennas.size(); i += 3)
            members.push_back(i);
        const AntennaIndex index(antennas, members);
        for (int q = 0; q < 2000; ++q) {
            const double lat = 49.3 + 2.4 * random.uniform(), lon = 2.3 + 4.4 * random.uniform();
            std::uint32_t best = members.front();
            double bestD = 1e18;
            for (std::uint32_t m : members) {
                const double dy = (antennas[m].lat - lat) * GeoMath::kmPerDegLat;
                const double dx = (antennas[m].lon - lon) * GeoMath::kmPerDegLon;
                if (dx * dx + dy * dy < bestD)
                    bestD = dx * dx + dy * dy, best = m;
            }
            QCOMPARE(index.nearest(lat, lon), best);
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineParts)
#include "test_engine_parts.moc"
