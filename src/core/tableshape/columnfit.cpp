#include "tableshape/columnfit.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace cdr {

namespace {


using Family = ColumnType::Family;
using Flavour = ColumnType::Flavour;

// 2147483647 -> "2,147,483,647"
std::string grouped(std::int64_t value)
{
    const std::string digits = std::to_string(value < 0 ? -(value + 1) + std::uint64_t(1) : std::uint64_t(value));
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

// Digits before the decimal point of |value| (0 for |value| < 1).
int integerDigits(double value)
{
    int digits = 0;
    for (double v = std::floor(std::fabs(value)); v >= 1; v = std::floor(v / 10))
        ++digits;
    return digits;
}

struct IntegerRange {
    std::int64_t low, high;
};

IntegerRange rangeOf(TypeSystem system, int bits)
{
    if (bits >= 64)
        return {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
    if (bits == 8 && system == TypeSystem::SqlServer) // tinyint is unsigned there
        return {0, 255};
    const std::int64_t half = std::int64_t(1) << (bits - 1);
    return {-half, half - 1};
}

class ColumnFit {
public:
    ColumnFit(TypeSystem system, const RunValueLimits &limits) : m_system(system), m_limits(limits) {}

    std::optional<std::string> problem(const ExpectedColumn &column, const ColumnType &type) const
    {
        if (type.family == Family::Untyped) // SQLite without a declared type stores each value as given
            return std::nullopt;
        switch (column.kind) {
        case ColumnKind::Id: return idProblem(column, type);
        case ColumnKind::Integer: return integerProblem(column, type);
        case ColumnKind::Real: return realProblem(column, type);
        case ColumnKind::Timestamp: return timestampProblem(column, type);
        case ColumnKind::Text: return textProblem(column, type);
        }
        return std::nullopt;
    }

private:
    std::optional<std::string> idProblem(const ExpectedColumn &column, const ColumnType &type) const
    {
        if (type.family != Family::Integer && !(type.family == Family::Decimal && type.scale == 0))
            return type.spelled + " is not an integer type (" + column.name + " is the key runs resume from)";
        return wholeNumberProblem(column, type, column.name == "id" ? "ids" : "values");
    }

    std::optional<std::string> integerProblem(const ExpectedColumn &column, const ColumnType &type) const
    {
        if (type.family == Family::Floating) {
            const std::int64_t exact = type.bits == 32 ? std::int64_t(1) << 24 : std::int64_t(1) << 53;
            if (std::max(-column.smallest, column.largest) > exact)
                return type.spelled + " holds whole numbers exactly up to " + grouped(exact) +
                       ", but this run writes values up to " + grouped(column.largest);
            return std::nullopt;
        }
        if (type.family != Family::Integer && type.family != Family::Decimal)
            return type.spelled + " cannot hold whole numbers";
        return wholeNumberProblem(column, type, "values");
    }

    std::optional<std::string> wholeNumberProblem(const ExpectedColumn &column, const ColumnType &type,
                                                  const std::string &what) const
    {
        const std::int64_t low = column.smallest, high = column.largest;
        if (type.family == Family::Decimal) {
            const int room = type.precision - type.scale;
            const int needed = std::max(integerDigits(double(low)), integerDigits(double(high)));
            if (type.precision > 0 && room < needed)
                return type.spelled + " has room for " + std::to_string(room) +
                       " digits before the decimal point, but this run writes " + what + " up to " + grouped(high);
            return std::nullopt;
        }
        // SQLite stores every integer in up to 8 bytes, whatever the declared type.
        const IntegerRange range = rangeOf(m_system, m_system == TypeSystem::Sqlite ? 64 : type.bits);
        if (low >= range.low && high <= range.high)
            return std::nullopt;
        return type.spelled + " holds " + grouped(range.low) + ".." + grouped(range.high) + ", but this run writes " +
               what + " " + grouped(low) + ".." + grouped(high);
    }

    std::optional<std::string> realProblem(const ExpectedColumn &column, const ColumnType &type) const
    {
        if (type.family == Family::Floating)
            return std::nullopt;
        if (type.family != Family::Decimal)
            return type.spelled + (column.largestAbs < 0 ? " cannot hold fractional numbers"
                                                         : " cannot hold coordinates (degrees with up to 6 decimals)");
        if (type.precision == 0)
            return std::nullopt;
        if (column.largestAbs < 0)
            return type.spelled + " has a fixed number of digits, but these values have no upper bound (use a "
                                  "floating type)";
        const int needed = integerDigits(column.largestAbs);
        if (type.precision - type.scale < needed)
            return type.spelled + " has room for " + std::to_string(type.precision - type.scale) +
                   " digits before the decimal point, but the geography box reaches " +
                   QString::number(column.largestAbs).toStdString() + " degrees";
        return std::nullopt;
    }

    std::optional<std::string> timestampProblem(const ExpectedColumn &column, const ColumnType &type) const
    {
        switch (type.family) {
        case Family::Timestamp:
            if (type.flavour == Flavour::SmallDateTime)
                return periodProblem(type, "1900-01-01", "2079-06-06");
            if (type.flavour == Flavour::DateTime)
                return periodProblem(type, "1753-01-01", "9999-12-31");
            return std::nullopt;
        case Family::Date:
            return type.spelled + " has no time of day (use a timestamp type)";
        case Family::Character:
            return textProblem(column, type);
        default:
            return type.spelled + " cannot hold a date and time";
        }
    }

    std::optional<std::string> periodProblem(const ColumnType &type, const std::string &first, const std::string &last) const
    {
        if (m_limits.firstDay >= first && m_limits.lastDay <= last)
            return std::nullopt;
        return type.spelled + " holds " + first + ".." + last + ", but generation.period is " + m_limits.firstDay +
               ".." + m_limits.lastDay;
    }

    std::optional<std::string> textProblem(const ExpectedColumn &column, const ColumnType &type) const
    {
        if (type.family != Family::Character)
            return type.spelled + " cannot hold text (values such as " + column.example + ")";
        if (type.padded)
            return type.spelled + " pads values with spaces, which would change them (use VARCHAR(n) or TEXT)";
        if (type.length >= 0 && std::size_t(type.length) < column.longestText)
            return type.spelled + " is narrower than the longest value this run can write (" +
                   std::to_string(column.longestText) + " characters)";
        return std::nullopt;
    }

    TypeSystem m_system;
    const RunValueLimits &m_limits;
};

} // namespace

std::optional<std::string> columnFitProblem(TypeSystem system, const ExpectedColumn &column, const ColumnType &type,
                                            const RunValueLimits &limits)
{
    return ColumnFit(system, limits).problem(column, type);
}

} // namespace cdr
