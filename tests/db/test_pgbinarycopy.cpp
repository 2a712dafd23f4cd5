#include "sink/pgbinarycopy.h"
#include "sink/sinkerror.h"

#include <QTest>

#include <cstdint>
#include <cstring>

namespace {

// Reads PostgreSQL's binary COPY tuple back: the field count, then each field's length and bytes.
struct Reader {
    const std::string &data;
    std::size_t at = 0;
    std::int64_t integer(std::size_t bytes)
    {
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < bytes; ++i)
            value = value << 8 | std::uint8_t(data.at(at++));
        const int shift = int(64 - 8 * bytes);
        return std::int64_t(value << shift) >> shift; // sign-extend
    }
    std::string bytes(std::size_t count)
    {
        std::string out = data.substr(at, count);
        at += count;
        return out;
    }
};

cdr::pgbinarycopy::Row sampleRow()
{
    return {"42", "+32471234567", "", "2024-02-29 23:59:58", "-3", "VOICE", "ANSWERED", "356938035643809", "",
            "BASE", "ANT17", "4G", "50.8503", "-4.3517", "120", "", "", "51.25", "4.4", "7", "", "50.5", "5.25"};
}

} // namespace

class TestPgBinaryCopy : public QObject {
    Q_OBJECT
private slots:
    void headerAndTrailerAreTheFormatsMarkers()
    {
        std::string out;
        cdr::pgbinarycopy::appendHeader(out);
        QCOMPARE(out.size(), std::size_t(19));
        QCOMPARE(std::memcmp(out.data(), "PGCOPY\n\377\r\n\0", 11), 0);
        cdr::pgbinarycopy::appendTrailer(out);
        QCOMPARE(out.substr(19), std::string("\xff\xff", 2));
    }
    void rowHoldsEachColumnInItsStoredFormAndEmptyAsNull()
    {
        std::string out;
        cdr::pgbinarycopy::appendRow(out, sampleRow());
        Reader r{out};
        QCOMPARE(r.integer(2), std::int64_t(23));
        QCOMPARE(r.integer(4), std::int64_t(8)); // id BIGINT
        QCOMPARE(r.integer(8), std::int64_t(42));
        QCOMPARE(r.integer(4), std::int64_t(12)); // caller text
        QCOMPARE(r.bytes(12), std::string("+32471234567"));
        QCOMPARE(r.integer(4), std::int64_t(-1)); // empty callee: NULL
        QCOMPARE(r.integer(4), std::int64_t(8)); // start_time: microseconds since 2000-01-01
        // 2024-02-29 is day 8825 after 2000-01-01 (24 years with 6 leap days before it, + 31 + 28).
        QCOMPARE(r.integer(8), ((8766 + 59) * 86400LL + 23 * 3600 + 59 * 60 + 58) * 1'000'000LL);
        QCOMPARE(r.integer(4), std::int64_t(4)); // duration INT
        QCOMPARE(r.integer(4), std::int64_t(-3));
        for (const char *text : {"VOICE", "ANSWERED", "356938035643809"}) {
            QCOMPARE(r.integer(4), std::int64_t(std::strlen(text)));
            QCOMPARE(r.bytes(std::strlen(text)), std::string(text));
        }
        QCOMPARE(r.integer(4), std::int64_t(-1)); // empty imei_receiver: NULL
        for (const char *text : {"BASE", "ANT17", "4G"}) {
            QCOMPARE(r.integer(4), std::int64_t(std::strlen(text)));
            QCOMPARE(r.bytes(std::strlen(text)), std::string(text));
        }
        QCOMPARE(r.integer(4), std::int64_t(8)); // antenna_lat_emission DOUBLE: IEEE 754 bits
        const double expected = 50.8503;
        std::uint64_t bits = 0;
        std::memcpy(&bits, &expected, 8);
        QCOMPARE(std::uint64_t(r.integer(8)), bits);
    }
    void timestampBeforeTheEpochOf2000IsNegative()
    {
        auto row = sampleRow();
        row[3] = "1999-12-31 23:59:59";
        std::string out;
        cdr::pgbinarycopy::appendRow(out, row);
        Reader r{out};
        r.at = 2 + 4 + 8 + 4 + 12 + 4 + 4;
        QCOMPARE(r.integer(8), -1'000'000LL);
    }
    void refusesAFieldNotOfItsColumnsForm()
    {
        for (const auto &[column, value] : std::vector<std::pair<int, const char *>>{
                 {0, "4x"}, {3, "2024-02-29T23:59:58"}, {4, "1.5"}, {12, "north"}}) {
            auto row = sampleRow();
            row[std::size_t(column)] = value;
            std::string out;
            try {
                cdr::pgbinarycopy::appendRow(out, row);
                QFAIL(value);
            } catch (const cdr::SinkError &error) {
                QVERIFY2(QString(error.what()).contains(value), error.what());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPgBinaryCopy)
#include "test_pgbinarycopy.moc"
