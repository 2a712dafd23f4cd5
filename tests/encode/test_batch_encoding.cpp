#include "encode/csvbatchencoder.h"
#include "encode/gzipbatchencoder.h"
#include "encode/reproduciblegzipcompressor.h"
#include "model/schema.h"
#include "sink/csvsink.h"
#include "synth/batchproducer.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"

#include "engineconfigs.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <xxhash.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace cdr;

namespace {

constexpr std::int64_t kRecords = 30'000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// zlib's reader, which goes on from one gzip member to the next as one stream.
QByteArray gunzipWithZlib(const QString &path)
{
    QByteArray out;
    gzFile file = gzopen(path.toLocal8Bit().constData(), "rb");
    if (!file)
        return out;
    char buffer[1 << 16];
    int n;
    while ((n = gzread(file, buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    gzclose(file);
    return n < 0 ? QByteArray() : out;
}

// Counts encodings and can fail on a chosen batch (by its first id).
class CountingEncoder : public BatchEncoder {
public:
    CountingEncoder(std::atomic_int &count, std::int64_t failAtId) : m_count(count), m_failAtId(failAtId) {}
    void encode(std::span<const CdrRecord> records, EncodedBatch &out) override
    {
        if (!records.empty() && records.front().id == m_failAtId)
            throw std::runtime_error("encoder failed on purpose");
        ++m_count;
        out.bytes.assign(8, 'x');
        out.size = 8;
    }

private:
    std::atomic_int &m_count;
    std::int64_t m_failAtId;
};

} // namespace

// Text outputs are formatted (and compressed) on the generator threads: the bytes must not depend on how many
// threads there are or how the ids are batched, and must equal what the formatter writes record by record.
class TestBatchEncoding : public QObject {
    Q_OBJECT
    std::shared_ptr<const Config> m_config;
    std::unique_ptr<CdrEngine> m_engine;
    std::string m_reference; // the rows of ids 1..kRecords, formatted one by one

    BatchEncoderFactory csvEncoders() const
    {
        return [config = m_config] { return std::make_unique<CsvBatchEncoder>(config); };
    }
    // Writes ids 1..kRecords through a producer with the sink's encoders, as a run does.
    void writeThroughEncoders(CsvSink &sink, std::int64_t batch, int threads)
    {
        sink.open();
        sink.prepare(IfExists::Replace);
        BatchProducer producer(*m_engine, 1, kRecords, batch, threads, sink.encoderFactory());
        std::vector<CdrRecord> rows;
        EncodedBatch encoded;
        while (producer.next(rows, encoded))
            sink.writeEncodedBatch(rows, encoded);
        sink.finish();
        sink.close();
    }

private slots:
    void initTestCase()
    {
        m_config = std::make_shared<const Config>(testconfigs::belgian(kRecords));
        m_engine = std::make_unique<CdrEngine>(*m_config);
        std::vector<CdrRecord> all;
        m_engine->generate(1, kRecords, all);
        const RecordFormatter formatter(*m_config);
        for (const CdrRecord &record : all)
            formatter.appendCsvRow(m_reference, record);
    }

    void encodedBatchesEqualTheFormatter_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<qint64>("batch");
        QTest::newRow("1 thread, 10000") << 1 << qint64(10'000);
        QTest::newRow("2 threads, 10000") << 2 << qint64(10'000);
        QTest::newRow("2 threads, 977") << 2 << qint64(977);
        QTest::newRow("3 threads, 1") << 3 << qint64(1);
        QTest::newRow("4 threads, 4096") << 4 << qint64(4096);
    }
    void encodedBatchesEqualTheFormatter()
    {
        QFETCH(int, threads);
        QFETCH(qint64, batch);
        BatchProducer producer(*m_engine, 1, kRecords, batch, threads, csvEncoders());
        std::vector<CdrRecord> rows;
        EncodedBatch encoded;
        std::string joined;
        std::int64_t expectedId = 1;
        while (producer.next(rows, encoded)) {
            QCOMPARE(rows.front().id, expectedId); // records and their encoding travel together, in order
            expectedId = rows.back().id + 1;
            QCOMPARE(std::count(encoded.text().begin(), encoded.text().end(), '\n'), std::ptrdiff_t(rows.size()));
            joined += encoded.text();
        }
        QCOMPARE(expectedId, kRecords + 1);
        QCOMPARE(joined.size(), m_reference.size());
        QVERIFY(joined == m_reference);
    }

    void csvFileIsTheSameWhateverTheThreads()
    {
        QTemporaryDir dir;
        const QString one = dir.filePath("one.csv"), two = dir.filePath("two.csv"), rows = dir.filePath("rows.csv");
        CsvSink sinkOne(one.toStdString(), *m_config);
        writeThroughEncoders(sinkOne, 10'000, 1);
        CsvSink sinkTwo(two.toStdString(), *m_config);
        writeThroughEncoders(sinkTwo, 977, 2);
        { // records only: the sink formats them itself
            CsvSink sink(rows.toStdString(), *m_config);
            sink.open();
            sink.prepare(IfExists::Replace);
            std::vector<CdrRecord> all;
            m_engine->generate(1, kRecords, all);
            sink.writeBatch(all);
            sink.finish();
        }
        const QByteArray expected = QByteArray::fromStdString(csvHeader() + "\n" + m_reference);
        QCOMPARE(readAll(one), expected);
        QCOMPARE(readAll(two), expected);
        QCOMPARE(readAll(rows), expected);
    }

    void gzipFileIsOneStreamOfTheSameText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("cdr.csv.gz");
        CsvSink sink(path.toStdString(), *m_config);
        writeThroughEncoders(sink, 977, 2);
        const QByteArray compressed = readAll(path);
        const QByteArray expected = QByteArray::fromStdString(csvHeader() + "\n" + m_reference);
        QVERIFY(compressed.size() < expected.size() / 2); // about 0.37 at igzip level 1
        QCOMPARE(compressed.left(2), QByteArray("\x1f\x8b")); // gzip magic

        QCOMPARE(gunzipWithZlib(path), expected);
        QProcess gzip; // as a user would read it
        gzip.start("gzip", {"-dc", path});
        QVERIFY(gzip.waitForFinished(30'000));
        QCOMPARE(gzip.exitCode(), 0);
        QCOMPARE(gzip.readAllStandardOutput(), expected);

        // One member per batch plus the header's: 31 batches of 977 ids.
        int members = 0;
        for (qsizetype at = compressed.indexOf("\x1f\x8b\x08"); at >= 0; at = compressed.indexOf("\x1f\x8b\x08", at + 1))
            ++members;
        QVERIFY2(members >= 32, qPrintable(QString::number(members)));
    }

    // The split sink's compressor: a valid gzip member whose bytes depend on the text alone, whichever instance
    // compresses it and whatever it compressed before (a resumed split appends to files another process began).
    void reproducibleMembersDependOnTheTextAlone()
    {
        const std::string text = csvHeader() + "\n" + m_reference;
        EncodedBatch first;
        ReproducibleGzipCompressor().compress(text, first);
        QVERIFY(first.size < text.size() / 2);
        QCOMPARE(QByteArray(first.text().data(), 3), QByteArray("\x1f\x8b\x08"));

        QTemporaryDir dir;
        const QString path = dir.filePath("member.gz");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(first.text().data(), qint64(first.size));
        file.close();
        QCOMPARE(gunzipWithZlib(path), QByteArray::fromStdString(text));

        ReproducibleGzipCompressor reused;
        EncodedBatch other, again;
        for (const std::string &before : {m_reference.substr(0, 5000), std::string(100'000, 'x'), std::string()})
            reused.compress(before, other);
        reused.compress(text, again);
        QCOMPARE(again.text(), first.text());

        reused.compress(std::string(), other); // an empty text is an empty member, still valid
        QVERIFY(other.size > 0 && other.size < 64);
    }

    void producerHoldsAtMostItsCapacityAhead()
    {
        std::atomic_int encoded{0};
        BatchProducer producer(*m_engine, 1, kRecords, 100, 2, [&] {
            return std::make_unique<CountingEncoder>(encoded, -1);
        });
        std::vector<CdrRecord> rows;
        EncodedBatch batch;
        QVERIFY(producer.next(rows, batch));
        // The consumer stalls: the workers fill the slots and stop there.
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        QCOMPARE(producer.capacity(), std::size_t(6)); // 2 * threads + 2
        QVERIFY2(encoded.load() <= 1 + int(producer.capacity()), qPrintable(QString::number(encoded.load())));
        QVERIFY(encoded.load() >= 2); // but they did work ahead
        while (producer.next(rows, batch)) {
        }
        QCOMPARE(encoded.load(), int(kRecords / 100));
    }

    void encoderFailureReachesTheConsumer()
    {
        std::atomic_int encoded{0};
        BatchProducer producer(*m_engine, 1, kRecords, 100, 2, [&] {
            return std::make_unique<CountingEncoder>(encoded, 501);
        });
        std::vector<CdrRecord> rows;
        EncodedBatch batch;
        bool threw = false;
        try {
            while (producer.next(rows, batch))
                QVERIFY(rows.front().id < 501);
        } catch (const std::runtime_error &error) {
            threw = QByteArray(error.what()).contains("on purpose");
        }
        QVERIFY(threw);
    }

    void encodedNextNeedsEncoders()
    {
        BatchProducer producer(*m_engine, 1, 10, 5, 1);
        std::vector<CdrRecord> rows;
        EncodedBatch batch;
        QVERIFY_THROWS_EXCEPTION(std::logic_error, producer.next(rows, batch));
        QVERIFY(producer.next(rows)); // the records-only path is untouched
        QCOMPARE(rows.size(), std::size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestBatchEncoding)
#include "test_batch_encoding.moc"
