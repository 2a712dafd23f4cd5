#include "synth/recordformatter.h"

#include <charconv>
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

inline char *putUnsigned(char *p, std::uint64_t value)
{
    return std::to_chars(p, p + 20, value).ptr;
}

inline char *putSigned(char *p, std::int64_t value)
{
    return std::to_chars(p, p + 21, value).ptr;
}

inline char *putTwo(char *p, unsigned value)
{
    p[0] = static_cast<char>('0' + value / 10);
    p[1] = static_cast<char>('0' + value % 10);
    return p + 2;
}

inline char *putPhone(char *p, std::uint64_t digits)
{
    *p++ = '+';
    return putUnsigned(p, digits);
}

inline char *putImei(char *p, std::uint64_t imei)
{
    for (int i = 14; i >= 0; --i, imei /= 10)
        p[i] = static_cast<char>('0' + imei % 10);
    return p + 15;
}

inline char *putAntennaId(char *p, std::int32_t id)
{
    std::memcpy(p, "ANT", 3);
    return putSigned(p + 3, id);
}

// Fixed-point micro-degrees: the shortest text of a value with at most 6 decimals, without a float formatter.
inline char *putCoordinate(char *p, double degrees)
{
    std::int64_t micro = std::llround(degrees * 1e6);
    if (micro < 0) {
        *p++ = '-';
        micro = -micro;
    }
    p = putUnsigned(p, static_cast<std::uint64_t>(micro / 1'000'000));
    auto fraction = static_cast<unsigned>(micro % 1'000'000);
    if (fraction == 0)
        return p;
    int digits = 6;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --digits;
    }
    *p++ = '.';
    for (int i = digits - 1; i >= 0; --i, fraction /= 10)
        p[i] = static_cast<char>('0' + fraction % 10);
    return p + digits;
}

inline char *putTimestamp(char *p, std::int64_t seconds)
{
    std::int64_t days = seconds / 86400;
    std::int64_t rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    // civil_from_days (Howard Hinnant), inlined here because it is on the hot path.
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
    if (year >= 0 && year <= 9999) {
        const auto y = static_cast<unsigned>(year);
        p = putTwo(p, y / 100);
        p = putTwo(p, y % 100);
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
    char *p = out.data() + size;
    p = putSigned(p, r.id);
    *p++ = ',';
    p = putPhone(p, r.caller);
    *p++ = ',';
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
    p = putImei(p, r.imeiReceiver);
    *p++ = ',';
    p = putText(p, m_operatorCsv[r.operatorEmission]);
    for (const AntennaRef *a : {&r.antennaEmission, &r.antennaReception}) {
        p = putAntennaId(p, a->id);
        *p++ = ',';
        p = putText(p, m_antennaTypeCsv[a->type]);
        p = putCoordinate(p, a->lat);
        *p++ = ',';
        p = putCoordinate(p, a->lon);
        *p++ = ',';
        p = putSigned(p, a->altitude);
        *p++ = ',';
    }
    p = putText(p, m_operatorCsv[r.operatorReception]);
    p = putCoordinate(p, r.callerHomeLat);
    *p++ = ',';
    p = putCoordinate(p, r.callerHomeLon);
    *p++ = '\n';
    out.resize(static_cast<std::size_t>(p - out.data()));
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
