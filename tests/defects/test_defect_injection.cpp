// Defects at the engine seam: off means untouched records, on means the same damage for any thread count, batch
// size or shard split, and the measured share of each kind within 10 % of its rate at 1 M records.
#include "defects/defectinjector.h"
#include "synth/batchproducer.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"

#include "dirtyconfigs.h"

#include <QTest>

#include <xxhash.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>

using namespace cdr;

namespace {

struct Output {
    std::uint64_t digest = 0;
    std::int64_t damagedFields = 0; // records with a missing-column mask
};

// Produces ids [first, last] through BatchProducer (damaged by the injector when it is on) and hashes the CSV rows.
Output produce(const CdrEngine &engine, const DefectInjector &defects, std::int64_t first, std::int64_t last,
               std::int64_t batchSize, int threads, XXH3_state_t *state)
{
    BatchTransform damage;
    if (defects.enabled())
        damage = [&defects](std::vector<CdrRecord> &records) { defects.damage(records); };
    BatchProducer producer(engine, first, last, batchSize, threads, {}, std::move(damage));
    const RecordFormatter formatter(engine.config());
    std::vector<CdrRecord> batch;
    std::string rows;
    Output out;
    while (producer.next(batch)) {
        rows.clear();
        for (const CdrRecord &record : batch) {
            formatter.appendCsvRow(rows, record);
            out.damagedFields += record.missingColumns != 0;
        }
        XXH3_64bits_update(state, rows.data(), rows.size());
    }
    return out;
}

Output wholeRun(const CdrEngine &engine, const DefectInjector &defects, std::int64_t batchSize, int threads,
                int shards = 1)
{
    XXH3_state_t *state = XXH3_createState();
    XXH3_64bits_reset(state);
    const std::int64_t total = engine.config().generation.records;
    Output out;
    for (int s = 0; s < shards; ++s) {
        const std::int64_t first = total * s / shards + 1;
        const std::int64_t last = total * (s + 1) / shards;
        out.damagedFields += produce(engine, defects, first, last, batchSize, threads, state).damagedFields;
    }
    out.digest = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return out;
}

} // namespace

class TestDefectInjection : public QObject {
    Q_OBJECT
private slots:
    // A config whose defects are all 0 (or absent) writes the records of a run without the feature: the engine's
    // own records, formatted, with no row changed.
    void defectsOffLeaveEveryRecordAsTheEngineMadeIt()
    {
        Config config = testconfigs::belgian(20'000);
        config.defects.missingFields.columns = {"caller"}; // options without a rate change nothing
        QVERIFY(!config.defects.enabled());
        const CdrEngine engine(config);
        const DefectInjector defects(engine);
        QVERIFY(!defects.enabled());
        XXH3_state_t *state = XXH3_createState();
        XXH3_64bits_reset(state);
        std::vector<CdrRecord> records;
        engine.generate(1, config.generation.records, records);
        std::string rows;
        const RecordFormatter formatter(config);
        for (const CdrRecord &record : records)
            formatter.appendCsvRow(rows, record);
        XXH3_64bits_update(state, rows.data(), rows.size());
        const std::uint64_t clean = XXH3_64bits_digest(state);
        XXH3_freeState(state);
        const Output off = wholeRun(engine, defects, 700, 3);
        QCOMPARE(off.digest, clean);
        QCOMPARE(off.damagedFields, std::int64_t(0));
        std::vector<DefectKeyRow> key;
        defects.describe(1, config.generation.records, key);
        QVERIFY(key.empty());
    }

    void defectsOnChangeTheOutput()
    {
        const CdrEngine clean(testconfigs::belgian(20'000));
        const CdrEngine dirty(testconfigs::veryDirty(20'000));
        const Output a = wholeRun(clean, DefectInjector(clean), 1000, 2);
        const Output b = wholeRun(dirty, DefectInjector(dirty), 1000, 2);
        QVERIFY(a.digest != b.digest);
        QVERIFY(b.damagedFields > 0);
    }

    // The same damage whatever the threads, batch size or shard split; the answer key too.
    void damageIsTheSameForAnyThreadsBatchesAndShards()
    {
        const CdrEngine engine(testconfigs::veryDirty(30'000));
        const DefectInjector defects(engine);
        const Output reference = wholeRun(engine, defects, 1000, 1);
        QCOMPARE(wholeRun(engine, defects, 333, 3).digest, reference.digest);
        QCOMPARE(wholeRun(engine, defects, 4096, 2, 3).digest, reference.digest);
        QCOMPARE(wholeRun(engine, defects, 1, 2, 7).digest, reference.digest);
        std::vector<DefectKeyRow> whole, parts;
        defects.describe(1, 30'000, whole);
        for (std::int64_t first = 1; first <= 30'000; first += 4'999)
            defects.describe(first, std::min<std::int64_t>(first + 4'998, 30'000), parts);
        QVERIFY(!whole.empty());
        QVERIFY(whole == parts);
    }

    // At 1 M records every kind's measured share of records is within 10 % (relative) of the preset's rate.
    void measuredRatesAreWithinTenPercentAtOneMillion()
    {
        const std::int64_t n = 1'000'000;
        const Config config = testconfigs::dirtyData(n);
        const CdrEngine engine(config);
        const DefectInjector defects(engine);
        std::vector<DefectKeyRow> key;
        defects.describe(1, n, key);
        std::map<DefectKind, std::set<std::int64_t>> damaged;
        for (const DefectKeyRow &row : key)
            damaged[row.kind].insert(row.id);
        for (DefectKind kind : kDefectKinds) {
            const double rate = defectKindConfig(config.defects, kind).rate;
            const double measured = static_cast<double>(damaged[kind].size()) / static_cast<double>(n);
            qInfo("%s: configured %.4f, measured %.5f", std::string(defectKindKey(kind)).c_str(), rate, measured);
            QVERIFY2(std::abs(measured - rate) <= 0.1 * rate,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(QString::fromStdString(std::string(defectKindKey(kind))))
                                    .arg(measured).arg(rate)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDefectInjection)
#include "test_defect_injection.moc"
