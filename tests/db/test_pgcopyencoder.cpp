#include "dbtestsupport.h"

#include "model/schema.h"
#include "sink/batchtext.h"
#include "sink/pgbinarycopy.h"
#include "sink/pgcopyencoder.h"
#include "sink/postgressink.h"
#include "synth/batchproducer.h"
#include "synth/cdrengine.h"
#include "tableshape/columntype.h"

#include <QTest>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

using cdr::pgbinarycopy::Encoding;

Q_DECLARE_METATYPE(Encoding)

namespace {

constexpr std::int64_t kRecords = 5000; // more than one slice of the encoder's field splitting

// What PostgresSink sent for a batch before batches were encoded on the generator threads: each row split into
// its CSV fields and appended as a binary tuple, between the header and the trailer.
std::string rowByRowBinary(const std::vector<cdr::CdrRecord> &records, const Encoding &encoding)
{
    cdr::BatchText text(cdrtest::testConfig());
    text.formatFields(records);
    std::string out;
    cdr::pgbinarycopy::appendHeader(out);
    cdr::pgbinarycopy::Row row;
    for (std::size_t r = 0; r < text.rows(); ++r) {
        for (std::size_t column = 0; column < cdr::kCdrColumnCount; ++column)
            row[column] = text.field(r, column);
        cdr::pgbinarycopy::appendRow(out, row, encoding);
    }
    cdr::pgbinarycopy::appendTrailer(out);
    return out;
}

// ... and for text COPY: the CSV rows.
std::string rowByRowText(const std::vector<cdr::CdrRecord> &records)
{
    cdr::BatchText text(cdrtest::testConfig());
    return text.formatCsv(records);
}

std::string encode(const std::optional<Encoding> &binary, const std::vector<cdr::CdrRecord> &records)
{
    cdr::PgCopyEncoder encoder(std::make_shared<const cdr::Config>(cdrtest::testConfig()), binary);
    cdr::EncodedBatch out;
    encoder.encode(records, out);
    return std::string(out.text());
}

// Fields empty in the CSV (NULL in the table): the receiving side of data sessions and off-net callees.
std::size_t emptyFields(const std::vector<cdr::CdrRecord> &records)
{
    cdr::BatchText text(cdrtest::testConfig());
    text.formatFields(records);
    std::size_t empty = 0;
    for (std::size_t r = 0; r < text.rows(); ++r)
        for (std::size_t column = 0; column < cdr::kCdrColumnCount; ++column)
            empty += text.field(r, column).empty();
    return empty;
}

// A table's plan with `declared` as the type of every coordinate column, the rest of cdrgen's own types.
cdr::ColumnPlan planWithCoordinates(std::string_view declared)
{
    cdr::ColumnPlan plan;
    for (std::size_t column = 0; column < cdr::kCdrColumnCount; ++column) {
        std::string_view type;
        switch (cdr::kCdrColumns[column].kind) {
        case cdr::ColumnKind::Id: type = "integer"; break;
        case cdr::ColumnKind::Integer: type = "integer"; break;
        case cdr::ColumnKind::Real: type = declared; break;
        case cdr::ColumnKind::Timestamp: type = "timestamp without time zone"; break;
        case cdr::ColumnKind::Text: type = "character varying(20)"; break;
        }
        plan.target[column] = cdr::parseColumnType(cdr::TypeSystem::PostgreSql, type);
    }
    return plan;
}

} // namespace

// PostgreSQL COPY data is made by PgCopyEncoder on the generator threads: byte for byte what the sink used to
// encode row by row on the writing thread, for binary and text COPY.
class TestPgCopyEncoder : public QObject {
    Q_OBJECT
    std::vector<cdr::CdrRecord> m_records;

private slots:
    void initTestCase()
    {
        m_records = cdrtest::makeRecords(1, kRecords);
        QVERIFY2(emptyFields(m_records) > 0, "the batch has no NULL fields to check");
    }

    void binaryCopyEqualsTheRowByRowEncoding_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::newRow("cdrgen's own table") << cdr::pgbinarycopy::ownTableEncoding();
        QTest::newRow("int4 ids, double coordinates") << *cdr::pgbinarycopy::encodingFor(planWithCoordinates("double precision"));
        QTest::newRow("int4 ids, real coordinates") << *cdr::pgbinarycopy::encodingFor(planWithCoordinates("real"));
    }
    void binaryCopyEqualsTheRowByRowEncoding()
    {
        QFETCH(Encoding, encoding);
        const std::string encoded = encode(encoding, m_records);
        QVERIFY(encoded.starts_with(std::string_view("PGCOPY\n\377\r\n\0", 11)));
        QCOMPARE(encoded.size(), rowByRowBinary(m_records, encoding).size());
        QVERIFY(encoded == rowByRowBinary(m_records, encoding));
    }

    void numericColumnsAreSentAsTheCsvRows()
    {
        const std::optional<Encoding> binary = cdr::pgbinarycopy::encodingFor(planWithCoordinates("numeric(9,6)"));
        QVERIFY(!binary.has_value());
        const std::string encoded = encode(binary, m_records);
        QCOMPARE(encoded.size(), rowByRowText(m_records).size());
        QVERIFY(encoded == rowByRowText(m_records));
        QVERIFY(encoded.find(",,") != std::string::npos); // the NULLs: unquoted empty fields
    }

    void theSinksBatchesArriveEncodedFromTheGeneratorThreads()
    {
        // No connection needed: before prepare() the sink's form is binary COPY into its own table.
        cdr::PostgresSink sink({"localhost", "5432", "cdrgen", "", "cdrdb"}, "cdr", cdrtest::testConfig());
        cdr::BatchEncoderFactory encoders = sink.encoderFactory();
        QVERIFY2(encoders, "the PostgreSQL sink leaves its COPY encoding to the writing thread");
        const cdr::CdrEngine engine(cdrtest::testConfig());
        cdr::BatchProducer producer(engine, 1, kRecords, 977, 2, std::move(encoders));
        std::vector<cdr::CdrRecord> batch;
        cdr::EncodedBatch encoded;
        std::int64_t next = 1;
        while (producer.next(batch, encoded)) {
            QCOMPARE(batch.front().id, next);
            next = batch.back().id + 1;
            QVERIFY(encoded.text() == rowByRowBinary(batch, cdr::pgbinarycopy::ownTableEncoding()));
        }
        QCOMPARE(next, kRecords + 1);
    }
};

QTEST_GUILESS_MAIN(TestPgCopyEncoder)
#include "test_pgcopyencoder.moc"
