#include "sink/pgbinarycopy.h"

#include "sink/fieldnumber.h"

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace cdr::pgbinarycopy {

namespace {

template<typename T, typename Bytes>
void appendBigEndian(Bytes &out, T value)
{
    static_assert(std::is_integral_v<T>);
    using U = std::make_unsigned_t<T>;
    const U bits = static_cast<U>(value);
    char bytes[sizeof(T)];
    for (std::size_t i = 0; i < sizeof(T); ++i)
        bytes[i] = static_cast<char>(bits >> (8 * (sizeof(T) - 1 - i)));
    out.insert(out.end(), bytes, bytes + sizeof(T));
}

constexpr std::string_view kNotBinary = "cannot be sent as binary COPY";

[[noreturn]] void badField(std::size_t column, std::string_view field)
{
    badFieldValue(column, field, kNotBinary);
}

template<typename T>
T parseNumber(std::size_t column, std::string_view field)
{
    return fieldNumber<T>(column, field, kNotBinary);
}

// Days from 1970-01-01 to year-month-day in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// "YYYY-MM-DD HH:MM:SS" -> microseconds since 2000-01-01 00:00:00, PostgreSQL's timestamp representation.
std::int64_t timestampMicros(std::size_t column, std::string_view field)
{
    if (field.size() != 19 || field[4] != '-' || field[7] != '-' || field[10] != ' ' || field[13] != ':' ||
        field[16] != ':')
        badField(column, field);
    const auto part = [&](std::size_t at, std::size_t length) {
        return parseNumber<int>(column, field.substr(at, length));
    };
    constexpr std::int64_t kDays1970To2000 = 10957;
    const std::int64_t days = daysFromCivil(part(0, 4), unsigned(part(5, 2)), unsigned(part(8, 2))) - kDays1970To2000;
    const std::int64_t seconds = days * 86400 + part(11, 2) * 3600 + part(14, 2) * 60 + part(17, 2);
    return seconds * 1'000'000;
}

} // namespace

template<typename Bytes>
void appendHeader(Bytes &out)
{
    constexpr std::string_view kSignature("PGCOPY\n\377\r\n\0", 11);
    out.insert(out.end(), kSignature.begin(), kSignature.end());
    appendBigEndian<std::int32_t>(out, 0); // flags: no OIDs
    appendBigEndian<std::int32_t>(out, 0); // no header extension
}

const Encoding &ownTableEncoding()
{
    static const Encoding encoding = [] {
        Encoding e{};
        for (std::size_t column = 0; column < kCdrColumnCount; ++column) {
            switch (kCdrColumns[column].kind) {
            case ColumnKind::Id: e[column] = Wire::Int8; break;
            case ColumnKind::Integer: e[column] = Wire::Int4; break;
            case ColumnKind::Real: e[column] = Wire::Float8; break;
            case ColumnKind::Timestamp: e[column] = Wire::Timestamp; break;
            case ColumnKind::Text: e[column] = Wire::Text; break;
            }
        }
        return e;
    }();
    return encoding;
}

std::optional<Encoding> encodingFor(const ColumnPlan &plan)
{
    using Family = ColumnType::Family;
    Encoding e{};
    for (std::size_t column = 0; column < kCdrColumnCount; ++column) {
        const ColumnType &type = plan.target[column];
        switch (type.family) {
        case Family::Integer:
            if (type.bits != 16 && type.bits != 32 && type.bits != 64)
                return std::nullopt;
            e[column] = type.bits == 16 ? Wire::Int2 : type.bits == 32 ? Wire::Int4 : Wire::Int8;
            break;
        case Family::Floating: e[column] = type.bits == 32 ? Wire::Float4 : Wire::Float8; break;
        case Family::Timestamp: e[column] = Wire::Timestamp; break;
        case Family::Character: e[column] = Wire::Text; break; // varchar and text: the bytes themselves
        default: return std::nullopt;
        }
    }
    return e;
}

template<typename Bytes>
void appendRow(Bytes &out, const Row &fields, const Encoding &encoding)
{
    appendBigEndian<std::int16_t>(out, std::int16_t(kCdrColumnCount));
    for (std::size_t column = 0; column < kCdrColumnCount; ++column) {
        const std::string_view field = fields[column];
        if (field.empty()) {
            appendBigEndian<std::int32_t>(out, -1);
            continue;
        }
        switch (encoding[column]) {
        case Wire::Int2:
            appendBigEndian<std::int32_t>(out, 2);
            appendBigEndian(out, parseNumber<std::int16_t>(column, field));
            break;
        case Wire::Int4:
            appendBigEndian<std::int32_t>(out, 4);
            appendBigEndian(out, parseNumber<std::int32_t>(column, field));
            break;
        case Wire::Int8:
            appendBigEndian<std::int32_t>(out, 8);
            appendBigEndian(out, parseNumber<std::int64_t>(column, field));
            break;
        case Wire::Float4: // parsed from the text, as the server would parse it: no double rounding
            appendBigEndian<std::int32_t>(out, 4);
            appendBigEndian(out, std::bit_cast<std::uint32_t>(parseNumber<float>(column, field)));
            break;
        case Wire::Float8:
            appendBigEndian<std::int32_t>(out, 8);
            appendBigEndian(out, std::bit_cast<std::uint64_t>(parseNumber<double>(column, field)));
            break;
        case Wire::Timestamp:
            appendBigEndian<std::int32_t>(out, 8);
            appendBigEndian(out, timestampMicros(column, field));
            break;
        case Wire::Text:
            appendBigEndian<std::int32_t>(out, std::int32_t(field.size()));
            out.insert(out.end(), field.begin(), field.end());
            break;
        }
    }
}

template<typename Bytes>
void appendTrailer(Bytes &out)
{
    appendBigEndian<std::int16_t>(out, -1);
}

template void appendHeader(std::string &);
template void appendHeader(std::vector<char> &);
template void appendRow(std::string &, const Row &, const Encoding &);
template void appendRow(std::vector<char> &, const Row &, const Encoding &);
template void appendTrailer(std::string &);
template void appendTrailer(std::vector<char> &);

} // namespace cdr::pgbinarycopy
