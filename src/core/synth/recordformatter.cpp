#include "synth/recordformatter.h"

#include "defects/csvfieldblanker.h"
#include "synth/civiltime.h"

#include <cmath>
#include <cstring>

namespace cdr {

namespace {

// Writers into a raw buffer with enough room (the row's bound is reserved up front).
inline char *putText(char *p, const std::string &text)
{
    std::memcpy(p, text.data(), text.size());
    return p + text.size();
}

constexpr char kDigitPairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                               "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                               "8081828384858687888990919293949596979899";

inline int digitCount32(std::uint32_t v)
{
    return v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : v < 1000000 ? 6
        : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
}

// Exactly `digits` (<= 10) digits of v (leading zeros kept), two at a time from the right, in 32-bit arithmetic
// (a 64-bit remainder costs twice as much and this is the formatter's inner loop).
inline char *putDigits32(char *p, std::uint32_t v, int digits)
{
    char *q = p + digits;
    while (q - p >= 2) {
        q -= 2;
        std::memcpy(q, kDigitPairs + 2 * (v % 100), 2);
        v /= 100;
    }
    if (q > p)
        *p = static_cast<char>('0' + v % 10);
    return p + digits;
}

// Exactly `digits` (<= 20) digits of v: 8-digit chunks from the right.
inline char *putDigits(char *p, std::uint64_t v, int digits)
{
    if (digits <= 8)
        return putDigits32(p, static_cast<std::uint32_t>(v), digits);
    if (digits <= 16) {
        putDigits32(p + digits - 8, static_cast<std::uint32_t>(v % 100'000'000), 8);
        putDigits32(p, static_cast<std::uint32_t>(v / 100'000'000), digits - 8);
        return p + digits;
    }
    putDigits32(p + digits - 8, static_cast<std::uint32_t>(v % 100'000'000), 8);
    v /= 100'000'000;
    putDigits32(p + digits - 16, static_cast<std::uint32_t>(v % 100'000'000), 8);
    putDigits32(p, static_cast<std::uint32_t>(v / 100'000'000), digits - 16);
    return p + digits;
}

inline char *putUnsigned(char *p, std::uint64_t value)
{
    if (value <= 0xffffffffULL) {
        const auto v = static_cast<std::uint32_t>(value);
        return putDigits32(p, v, digitCount32(v));
    }
    // Phones (11 digits) and IMEIs land here: the high part, then exactly nine low digits, in 32-bit arithmetic.
    const std::uint64_t high = value / 1'000'000'000;
    const auto low = static_cast<std::uint32_t>(value % 1'000'000'000);
    if (high <= 0xffffffffULL) {
        const auto h = static_cast<std::uint32_t>(high);
        p = putDigits32(p, h, digitCount32(h));
    } else { // values of 2^32 * 10^9 and more: not written by cdrgen, kept correct anyway
        int digits = 10;
        for (std::uint64_t bound = 10'000'000'000ULL; digits < 11 && high >= bound; bound *= 10)
            ++digits;
        p = putDigits(p, high, digits);
    }
    return putDigits32(p, low, 9);
}

inline char *putSigned(char *p, std::int64_t value)
{
    if (value < 0) {
        *p++ = '-';
        return putUnsigned(p, 0 - static_cast<std::uint64_t>(value));
    }
    return putUnsigned(p, static_cast<std::uint64_t>(value));
}

inline char *putTwo(char *p, unsigned value)
{
    std::memcpy(p, kDigitPairs + 2 * value, 2);
    return p + 2;
}

inline char *putPhone(char *p, std::uint64_t digits)
{
    *p++ = '+';
    return putUnsigned(p, digits);
}

inline char *putImei(char *p, std::uint64_t imei)
{
    return putDigits(p, imei % 1'000'000'000'000'000ULL, 15);
}

inline char *putAntennaId(char *p, std::int32_t id)
{
    std::memcpy(p, "ANT", 3);
    return putSigned(p + 3, id);
}

// Fixed-point micro-degrees in 32-bit arithmetic (|degrees| <= 180): the shortest text of a value with at most
// 6 decimals, without a float formatter.
inline char *putCoordinate(char *p, double degrees)
{
    const double scaled = degrees * 1e6;
    auto micro = static_cast<std::int32_t>(scaled + (scaled < 0 ? -0.5 : 0.5));
    if (micro < 0) {
        *p++ = '-';
        micro = -micro;
    }
    const auto magnitude = static_cast<std::uint32_t>(micro);
    const std::uint32_t whole = magnitude / 1'000'000;
    const std::uint32_t fraction = magnitude - whole * 1'000'000;
    p = putDigits32(p, whole, digitCount32(whole));
    if (fraction == 0)
        return p;
    *p++ = '.';
    p = putDigits32(p, fraction, 6);
    while (p[-1] == '0')
        --p;
    return p;
}

inline char *putTimestamp(char *p, std::int64_t seconds)
{
    std::int64_t days = seconds / 86400;
    std::int64_t rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const CivilDate date = CivilTime::civilFromDays(days);
    const std::int64_t year = date.year;
    const auto month = static_cast<unsigned>(date.month), day = static_cast<unsigned>(date.day);
    if (year >= 0 && year <= 9999) {
        p = putDigits32(p, static_cast<std::uint32_t>(year), 4);
    } else {
        p = putSigned(p, year);
    }
    *p++ = '-';
    p = putTwo(p, month);
    *p++ = '-';
    p = putTwo(p, day);
    *p++ = ' ';
    const auto r = static_cast<unsigned>(rest);
    p = putTwo(p, r / 3600);
    *p++ = ':';
    p = putTwo(p, r / 60 % 60);
    *p++ = ':';
    return putTwo(p, r % 60);
}

template <typename Writer, typename... Args>
void appendWith(std::string &out, std::size_t bound, Writer writer, Args... args)
{
    const std::size_t size = out.size();
    out.resize(size + bound);
    char *end = writer(out.data() + size, args...);
    out.resize(static_cast<std::size_t>(end - out.data()));
}

std::vector<std::string> escapedNames(const std::vector<std::string> &names)
{
    std::vector<std::string> escaped;
    for (const std::string &name : names)
        escaped.push_back(RecordFormatter::csvField(name) + ',');
    return escaped;
}

std::size_t longest(const std::vector<std::string> &names)
{
    std::size_t n = 1;
    for (const std::string &name : names)
        n = std::max(n, name.size());
    return n;
}

} // namespace

RecordFormatter::RecordFormatter(const Config &config)
    : m_config(config), m_typeCsv(escapedNames(config.callTypes)), m_statusCsv(escapedNames(config.callStatus)),
      m_antennaTypeCsv(escapedNames(config.antennaTypes))
{
    std::vector<std::string> codes;
    for (const OperatorConfig &op : config.operators)
        codes.push_back(op.code);
    m_operatorCsv = escapedNames(codes);
    // 13 numeric fields of <= 21 chars, 6 coordinates of <= 25, a timestamp of <= 26, names, separators.
    m_maxRowLength = 13 * 24 + 6 * 28 + 30 + longest(m_typeCsv) + longest(m_statusCsv)
        + 2 * longest(m_antennaTypeCsv) + 2 * longest(m_operatorCsv) + 32;
}

std::string RecordFormatter::csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

void RecordFormatter::appendCsvRow(std::string &out, const CdrRecord &r) const
{
    const std::size_t size = out.size();
    out.resize(size + m_maxRowLength);
    char *end = writeCsvRow(out.data() + size, r);
    out.resize(static_cast<std::size_t>(end - out.data()));
}

char *RecordFormatter::writeHead(char *p, const CdrRecord &r) const
{
    p = putSigned(p, r.id);
    *p++ = ',';
    p = putPhone(p, r.caller);
    *p++ = ',';
    if (r.receiver != ReceiverKind::None)
        p = putPhone(p, r.callee);
    *p++ = ',';
    p = putTimestamp(p, r.startTime);
    *p++ = ',';
    p = putSigned(p, r.duration);
    *p++ = ',';
    p = putText(p, m_typeCsv[r.type]);
    p = putText(p, m_statusCsv[r.status]);
    p = putImei(p, r.imeiCaller);
    *p++ = ',';
    if (r.receiver == ReceiverKind::Subscriber)
        p = putImei(p, r.imeiReceiver);
    *p++ = ',';
    return putText(p, m_operatorCsv[r.operatorEmission]);
}

char *RecordFormatter::writeAntenna(char *p, const AntennaRef &a) const
{
    p = putAntennaId(p, a.id);
    *p++ = ',';
    p = putText(p, m_antennaTypeCsv[a.type]);
    p = putCoordinate(p, a.lat);
    *p++ = ',';
    p = putCoordinate(p, a.lon);
    *p++ = ',';
    p = putSigned(p, a.altitude);
    *p++ = ',';
    return p;
}

char *RecordFormatter::writeNoAntenna(char *p)
{
    std::memcpy(p, ",,,,,", 5);
    return p + 5;
}

char *RecordFormatter::writeTail(char *p, const CdrRecord &r) const
{
    if (r.receiver == ReceiverKind::Subscriber)
        p = putText(p, m_operatorCsv[r.operatorReception]);
    else
        *p++ = ',';
    p = putCoordinate(p, r.callerHomeLat);
    *p++ = ',';
    p = putCoordinate(p, r.callerHomeLon);
    *p++ = '\n';
    return p;
}

char *RecordFormatter::writeCsvRow(char *p, const CdrRecord &r) const
{
    char *const row = p;
    p = writeHead(p, r);
    p = writeAntenna(p, r.antennaEmission);
    p = r.receiver == ReceiverKind::Subscriber ? writeAntenna(p, r.antennaReception) : writeNoAntenna(p);
    p = writeTail(p, r);
    return r.missingColumns ? blankCsvFields(row, p, r.missingColumns) : p;
}

char *RecordFormatter::writeCsvRow(char *p, const CdrRecord &r, AntennaTextCache &cache) const
{
    char *const row = p;
    p = writeHead(p, r);
    const bool received = r.receiver == ReceiverKind::Subscriber;
    for (const AntennaRef *a : {&r.antennaEmission, &r.antennaReception}) {
        if (a == &r.antennaReception && !received) {
            p = writeNoAntenna(p);
            continue;
        }
        AntennaTextCache::Entry *entry = cache.slot(a->id);
        if (entry && AntennaTextCache::matches(*entry, *a)) {
            std::memcpy(p, entry->text, AntennaTextCache::kMaxText); // fixed size: one unaligned vector copy
            p += entry->length;
            continue;
        }
        char *end = writeAntenna(p, *a);
        if (entry && static_cast<std::size_t>(end - p) <= AntennaTextCache::kMaxText) {
            entry->antenna = *a;
            entry->length = static_cast<std::uint8_t>(end - p);
            std::memcpy(entry->text, p, entry->length);
        }
        p = end;
    }
    p = writeTail(p, r);
    return r.missingColumns ? blankCsvFields(row, p, r.missingColumns) : p;
}

void RecordFormatter::appendPhone(std::string &out, std::uint64_t e164Digits)
{
    appendWith(out, 24, putPhone, e164Digits);
}

void RecordFormatter::appendTimestamp(std::string &out, std::int64_t seconds)
{
    appendWith(out, 48, putTimestamp, seconds);
}

void RecordFormatter::appendAntennaId(std::string &out, std::int32_t id)
{
    appendWith(out, 16, putAntennaId, id);
}

void RecordFormatter::appendCoordinate(std::string &out, double degrees)
{
    appendWith(out, 32, putCoordinate, degrees);
}

void RecordFormatter::appendImei(std::string &out, std::uint64_t imei)
{
    appendWith(out, 16, putImei, imei);
}

std::string_view RecordFormatter::callType(const CdrRecord &r) const
{
    return m_config.callTypes[r.type];
}

std::string_view RecordFormatter::callStatus(const CdrRecord &r) const
{
    return m_config.callStatus[r.status];
}

std::string_view RecordFormatter::antennaType(std::uint8_t index) const
{
    return m_config.antennaTypes[index];
}

std::string_view RecordFormatter::operatorCode(std::uint16_t index) const
{
    return m_config.operators[index].code;
}

} // namespace cdr
