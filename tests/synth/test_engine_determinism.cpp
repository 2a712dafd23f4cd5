#include "config/configloader.h"
#include "model/schema.h"
#include "run/idrange.h"
#include "scenarios/scenarioplan.h"
#include "sink/csvsink.h"
#include "sink/sinkerror.h"
#include "synth/batchproducer.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"

#include "engineconfigs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xxhash.h>

#include <memory>

using namespace cdr;

namespace {

constexpr std::int64_t kRecords = 40'000;

// Digest of the CSV text of ids [first, last] as produced through a BatchProducer.
XXH64_hash_t digest(const CdrEngine &engine, std::int64_t first, std::int64_t last, std::int64_t batch, int threads,
                    XXH64_state_t *state = nullptr)
{
    std::unique_ptr<XXH64_state_t, decltype(&XXH64_freeState)> own(nullptr, XXH64_freeState);
    if (!state) {
        own.reset(XXH64_createState());
        state = own.get();
        XXH64_reset(state, 0);
    }
    const RecordFormatter formatter(engine.config());
    BatchProducer producer(engine, first, last, batch, threads);
    std::vector<CdrRecord> rows;
    std::string text;
    std::int64_t expected = first;
    while (producer.next(rows)) {
        text.clear();
        for (const CdrRecord &r : rows) {
            if (r.id != expected++)
                return 0; // out of order: no digest can match
            formatter.appendCsvRow(text, r);
        }
        XXH64_update(state, text.data(), text.size());
    }
    if (expected != last + 1)
        return 0;
    return XXH64_digest(state);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEngineDeterminism : public QObject {
    Q_OBJECT
    std::unique_ptr<CdrEngine> m_engine;
    XXH64_hash_t m_reference = 0;

    static Config preset(const char *file)
    {
        const ConfigLoadResult loaded = loadConfigFile(std::string(CDRGEN_SOURCE_DIR "/config/presets/") + file);
        if (!loaded.ok())
            qFatal("%s does not load", file);
        Config config = loaded.config;
        config.generation.records = kRecords;
        return config;
    }
    // The digest of the whole run, checked equal with other threads and batch sizes and as the union of 3 shards.
    static XXH64_hash_t checkThreadsBatchesAndShards(const Config &config)
    {
        const CdrEngine engine(config);
        const XXH64_hash_t reference = digest(engine, 1, kRecords, 10'000, 1);
        [&] {
            QVERIFY(reference != 0);
            QCOMPARE(digest(engine, 1, kRecords, 977, 3), reference);
            std::unique_ptr<XXH64_state_t, decltype(&XXH64_freeState)> state(XXH64_createState(), XXH64_freeState);
            XXH64_reset(state.get(), 0);
            XXH64_hash_t shards = 0;
            for (int index = 1; index <= 3; ++index) {
                const IdRange range = IdRange::forShard(kRecords, {index, 3});
                shards = digest(engine, range.first, range.last, 4096, 2, state.get());
            }
            QCOMPARE(shards, reference);
        }();
        return reference;
    }

private slots:
    void initTestCase()
    {
        m_engine = std::make_unique<CdrEngine>(testconfigs::seedExample(kRecords));
        m_reference = digest(*m_engine, 1, kRecords, 10'000, 1);
        QVERIFY(m_reference != 0);
    }
    void threadsAndBatchSizes_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<qint64>("batch");
        QTest::newRow("2 threads, 10000") << 2 << qint64(10'000);
        QTest::newRow("2 threads, 977") << 2 << qint64(977);
        QTest::newRow("3 threads, 1") << 3 << qint64(1);
        QTest::newRow("1 thread, whole run") << 1 << qint64(kRecords);
        QTest::newRow("4 threads, 4096") << 4 << qint64(4096);
    }
    void threadsAndBatchSizes()
    {
        QFETCH(int, threads);
        QFETCH(qint64, batch);
        if (batch == 1) { // one record per batch is slow: check a prefix against the same prefix
            QCOMPARE(digest(*m_engine, 1, 3000, 1, threads), digest(*m_engine, 1, 3000, 3000, 1));
            return;
        }
        QCOMPARE(digest(*m_engine, 1, kRecords, batch, threads), m_reference);
    }
    void shardsUnionEqualsSingleRun()
    {
        for (int count : {2, 3, 7}) {
            std::unique_ptr<XXH64_state_t, decltype(&XXH64_freeState)> state(XXH64_createState(), XXH64_freeState);
            XXH64_reset(state.get(), 0);
            XXH64_hash_t result = 0;
            for (int index = 1; index <= count; ++index) {
                const IdRange range = IdRange::forShard(kRecords, {index, count});
                result = digest(*m_engine, range.first, range.last, 3333, 2, state.get());
            }
            QCOMPARE(result, m_reference);
        }
    }
    // Issue 20's calendar (busy-year: gatherings pull records, outages move them, New Year and congestion fail
    // attempts) keeps record k a function of (config, seed, k).
    void calendarEffectsAreDeterministic()
    {
        const Config config = preset("busy-year.yml");
        const XXH64_hash_t reference = checkThreadsBatchesAndShards(config);
        QVERIFY(reference != m_reference);
    }

    // Issue 21: with every scenario on (fraud-lab.yml), record k is still a function of (config, seed, k), whatever
    // the threads, batches, shards or resume point; scenarios change records, and scenarios set but all off do not.
    void scenariosAreDeterministic()
    {
        const Config config = preset("fraud-lab.yml");
        const XXH64_hash_t reference = checkThreadsBatchesAndShards(config);
        const CdrEngine engine(config);
        std::unique_ptr<XXH64_state_t, decltype(&XXH64_freeState)> state(XXH64_createState(), XXH64_freeState);
        XXH64_reset(state.get(), 0);
        digest(engine, 1, 12'345, 10'000, 2, state.get());
        QCOMPARE(digest(CdrEngine(config), 12'346, kRecords, 10'000, 2, state.get()), reference);
        QCOMPARE(engine.scenarios().labels(), CdrEngine(config).scenarios().labels());

        Config off = config;
        for (ScenarioConfig &s : off.scenarios.kinds)
            s.enabled = false;
        off.scenarios[ScenarioKind::SimBox].values[kPrevalence] = 0.1; // set, but off
        Config without = config;
        without.scenarios = ScenariosConfig{};
        const XXH64_hash_t plain = digest(CdrEngine(without), 1, kRecords, 10'000, 2);
        QCOMPARE(digest(CdrEngine(off), 1, kRecords, 10'000, 2), plain);
        QVERIFY(reference != plain);
        QVERIFY(CdrEngine(off).scenarios().labels().empty());
    }

    // With generation.subscribers set, the world and the sessions do not depend on generation.records: the first
    // records of a larger run are those of a smaller one (a table can be extended by resuming with a larger -n).
    void largerRunStartsWithTheSmallerOne()
    {
        Config small = testconfigs::seedExample(kRecords);
        small.generation.subscribers = 3000;
        Config large = small;
        large.generation.records = 3 * kRecords;
        QCOMPARE(digest(CdrEngine(large), 1, kRecords, 10'000, 2), digest(CdrEngine(small), 1, kRecords, 10'000, 2));
    }

    void resumePointContinuesTheSameRun()
    {
        const std::int64_t resumeAfter = 12'345;
        std::unique_ptr<XXH64_state_t, decltype(&XXH64_freeState)> state(XXH64_createState(), XXH64_freeState);
        XXH64_reset(state.get(), 0);
        digest(*m_engine, 1, resumeAfter, 10'000, 2, state.get());
        // A fresh engine (another process resuming) continues at resumeAfter + 1.
        const CdrEngine resumed(testconfigs::seedExample(kRecords));
        QCOMPARE(digest(resumed, resumeAfter + 1, kRecords, 10'000, 2, state.get()), m_reference);
    }
    void antennaTextCacheWritesTheSameRows()
    {
        const RecordFormatter formatter(m_engine->config());
        AntennaTextCache cache(m_engine->config().antennaId.min, m_engine->config().antennaId.max);
        std::vector<CdrRecord> rows;
        m_engine->generate(1, 5000, rows);
        rows[10].antennaEmission.lat += 0.5; // not the world's antenna: must not come from the cache
        rows[11].antennaEmission.id = 999'999; // outside the cached range
        std::vector<char> plain(rows.size() * formatter.maxRowLength() + AntennaTextCache::kMaxText);
        std::vector<char> cached(plain.size());
        char *a = plain.data(), *b = cached.data();
        for (const CdrRecord &r : rows) {
            a = formatter.writeCsvRow(a, r);
            b = formatter.writeCsvRow(b, r, cache);
        }
        QCOMPARE(QByteArray(cached.data(), b - cached.data()), QByteArray(plain.data(), a - plain.data()));
    }
    void seedChangesEverything()
    {
        Config other = testconfigs::seedExample(kRecords);
        other.generation.seed += 1;
        const CdrEngine engine(other);
        QVERIFY(digest(engine, 1, 2000, 1000, 2) != digest(*m_engine, 1, 2000, 1000, 2));
    }
    void generateIsIndependentOfChunking()
    {
        std::vector<CdrRecord> whole, part;
        m_engine->generate(100, 50, whole);
        m_engine->generate(120, 5, part);
        QCOMPARE(part.size(), std::size_t(5));
        for (std::size_t i = 0; i < part.size(); ++i) {
            QCOMPARE(part[i].id, whole[20 + i].id);
            QCOMPARE(part[i].caller, whole[20 + i].caller);
            QCOMPARE(part[i].startTime, whole[20 + i].startTime);
            QCOMPARE(part[i].antennaEmission.id, whole[20 + i].antennaEmission.id);
        }
    }
    void producerStopsEarlyAndEmptyRange()
    {
        {
            BatchProducer producer(*m_engine, 1, kRecords, 100, 2);
            std::vector<CdrRecord> rows;
            QVERIFY(producer.next(rows));
            QCOMPARE(rows.front().id, std::int64_t(1));
            producer.stop();
            QVERIFY(!producer.next(rows));
        } // destructor joins stopped workers
        BatchProducer empty(*m_engine, 5, 4, 100, 2);
        std::vector<CdrRecord> rows;
        QVERIFY(!empty.next(rows));
    }
    void csvSinkWritesTheSameTextAsTheFormatter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.csv");
        CsvSink sink(path.toStdString(), m_engine->config());
        sink.open();
        sink.prepare(IfExists::Fail);
        QCOMPARE(sink.maxId(), std::int64_t(0));
        BatchProducer producer(*m_engine, 1, kRecords, 7000, 2);
        std::vector<CdrRecord> rows;
        while (producer.next(rows)) {
            sink.writeBatch(rows);
            QVERIFY(!QFile::exists(path)); // nothing visible before finish()
        }
        sink.finish();
        sink.close();
        const QByteArray bytes = readAll(path);
        const QByteArray header = QByteArray::fromStdString(csvHeader()) + "\n";
        QVERIFY(bytes.startsWith(header));
        QCOMPARE(XXH64(bytes.constData() + header.size(), static_cast<std::size_t>(bytes.size() - header.size()), 0),
                 m_reference);
        QCOMPARE(bytes.count('\n'), kRecords + 1);

        CsvSink refuse(path.toStdString(), m_engine->config());
        refuse.open();
        QVERIFY_THROWS_EXCEPTION(SinkError, refuse.prepare(IfExists::Fail));
        refuse.close();
        QCOMPARE(readAll(path).size(), bytes.size()); // untouched

        const QString cancelled = dir.filePath("cancelled.csv");
        {
            CsvSink sink2(cancelled.toStdString(), m_engine->config());
            sink2.open();
            sink2.prepare(IfExists::Replace);
            std::vector<CdrRecord> some;
            m_engine->generate(1, 10, some);
            sink2.writeBatch(some);
            sink2.close();
        }
        QVERIFY(!QFile::exists(cancelled));
        CsvSink bad("/nonexistent-dir/x.csv", m_engine->config());
        QVERIFY_THROWS_EXCEPTION(SinkError, bad.open());
    }
};

QTEST_GUILESS_MAIN(TestEngineDeterminism)
#include "test_engine_determinism.moc"
