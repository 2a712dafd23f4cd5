#include "sink/pgbinarycopy.h"

#include "sink/fieldnumber.h"

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace cdr::pgbinarycopy {

namespace {

template<typename T>
char *putBigEndian(char *out, T value)
{
    static_assert(std::is_integral_v<T>);
    using U = std::make_unsigned_t<T>;
    const U bits = static_cast<U>(value);
    for (std::size_t i = 0; i < sizeof(T); ++i)
        out[i] = static_cast<char>(bits >> (8 * (sizeof(T) - 1 - i)));
    return out + sizeof(T);
}

// Runs a writer on room for at most `room` bytes at the end of `out`.
template<typename Write>
void appendWritten(std::string &out, std::size_t room, Write write)
{
    const std::size_t used = out.size();
    out.resize(used + room);
    char *const end = write(out.data() + used);
    out.resize(std::size_t(end - out.data()));
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

char *writeHeader(char *out)
{
    std::memcpy(out, "PGCOPY\n\377\r\n\0", 11);
    out = putBigEndian<std::int32_t>(out + 11, 0); // flags: no OIDs
    return putBigEndian<std::int32_t>(out, 0);     // no header extension
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

char *writeRow(char *out, const Row &fields, const Encoding &encoding)
{
    out = putBigEndian<std::int16_t>(out, std::int16_t(kCdrColumnCount));
    for (std::size_t column = 0; column < kCdrColumnCount; ++column) {
        const std::string_view field = fields[column];
        if (field.empty()) {
            out = putBigEndian<std::int32_t>(out, -1);
            continue;
        }
        switch (encoding[column]) {
        case Wire::Int2:
            out = putBigEndian<std::int32_t>(out, 2);
            out = putBigEndian(out, parseNumber<std::int16_t>(column, field));
            break;
        case Wire::Int4:
            out = putBigEndian<std::int32_t>(out, 4);
            out = putBigEndian(out, parseNumber<std::int32_t>(column, field));
            break;
        case Wire::Int8:
            out = putBigEndian<std::int32_t>(out, 8);
            out = putBigEndian(out, parseNumber<std::int64_t>(column, field));
            break;
        case Wire::Float4: // parsed from the text, as the server would parse it: no double rounding
            out = putBigEndian<std::int32_t>(out, 4);
            out = putBigEndian(out, std::bit_cast<std::uint32_t>(parseNumber<float>(column, field)));
            break;
        case Wire::Float8:
            out = putBigEndian<std::int32_t>(out, 8);
            out = putBigEndian(out, std::bit_cast<std::uint64_t>(parseNumber<double>(column, field)));
            break;
        case Wire::Timestamp:
            out = putBigEndian<std::int32_t>(out, 8);
            out = putBigEndian(out, timestampMicros(column, field));
            break;
        case Wire::Text:
            out = putBigEndian<std::int32_t>(out, std::int32_t(field.size()));
            std::memcpy(out, field.data(), field.size());
            out += field.size();
            break;
        }
    }
    return out;
}

char *writeTrailer(char *out)
{
    return putBigEndian<std::int16_t>(out, -1);
}

void appendHeader(std::string &out)
{
    appendWritten(out, kHeaderBytes, writeHeader);
}

void appendRow(std::string &out, const Row &fields, const Encoding &encoding)
{
    std::size_t room = kRowBytesBesidesText;
    for (const std::string_view field : fields)
        room += field.size();
    appendWritten(out, room, [&](char *at) { return writeRow(at, fields, encoding); });
}

void appendTrailer(std::string &out)
{
    appendWritten(out, kTrailerBytes, writeTrailer);
}

} // namespace cdr::pgbinarycopy
