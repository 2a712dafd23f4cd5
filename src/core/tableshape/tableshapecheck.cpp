#include "tableshape/tableshapecheck.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

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

bool sameName(TypeSystem system, std::string_view a, std::string_view b)
{
    if (system == TypeSystem::PostgreSql) // quoted identifiers are case-sensitive; cdrgen's are lower case
        return a == b;
    return QString::fromUtf8(a.data(), qsizetype(a.size()))
               .compare(QString::fromUtf8(b.data(), qsizetype(b.size())), Qt::CaseInsensitive) == 0;
}

class ShapeChecker {
public:
    ShapeChecker(TypeSystem system, const RunValueLimits &limits) : m_system(system), m_limits(limits) {}

    // Why `type` cannot take the column's values; nullopt when it can.
    std::optional<std::string> typeProblem(const ExpectedColumn &column, const ColumnType &type) const
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

// An example value per CDR column, for "cannot hold text" messages (Text and Timestamp columns).
constexpr std::array<std::string_view, kCdrColumnCount> kCdrExamples{
    "", "+32471234567", "+32471234567", "2024-01-01 00:00:00", "", "VOICE", "SUCCESS", "356938035643809",
    "356938035643809", "OP1", "ANT17", "MACRO", "", "", "", "ANT17", "MACRO", "", "", "", "OP1", "", ""};

} // namespace

std::vector<ExpectedColumn> expectedCdrColumns(const RunValueLimits &limits)
{
    std::vector<ExpectedColumn> expected;
    for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
        ExpectedColumn &column = expected.emplace_back();
        column.name = std::string(kCdrColumns[c].name);
        column.kind = kCdrColumns[c].kind;
        column.smallest = limits.smallest[c];
        column.largest = limits.largest[c];
        column.largestAbs = limits.largestAbsCoordinate;
        column.longestText = limits.longestText[c];
        column.example = std::string(kCdrExamples[c]);
        if (kCdrColumns[c].nullable)
            column.nullWhen = "for off-net calls and data sessions";
    }
    return expected;
}

std::vector<std::string> checkColumns(TypeSystem system, const std::vector<ColumnDescription> &columns,
                                      const std::vector<ExpectedColumn> &expected, const RunValueLimits &limits,
                                      std::vector<ColumnType> *targets)
{
    std::vector<std::string> problems;
    const ShapeChecker checker(system, limits);
    std::vector<bool> used(columns.size(), false);
    if (targets)
        targets->assign(expected.size(), ColumnType{});
    for (std::size_t e = 0; e < expected.size(); ++e) {
        const std::string &name = expected[e].name;
        const auto found = std::find_if(columns.begin(), columns.end(),
                                        [&](const ColumnDescription &column) { return sameName(system, column.name, name); });
        if (found == columns.end()) {
            std::string problem = "missing column " + name;
            const auto similar = std::find_if(columns.begin(), columns.end(), [&](const ColumnDescription &column) {
                return sameName(TypeSystem::Sqlite, column.name, name);
            });
            if (similar != columns.end())
                problem += " (there is \"" + similar->name + "\": PostgreSQL names are case-sensitive)";
            problems.push_back(problem);
            continue;
        }
        used[std::size_t(found - columns.begin())] = true;
        if (targets)
            (*targets)[e] = found->type;
        if (const std::optional<std::string> problem = checker.typeProblem(expected[e], found->type))
            problems.push_back("column " + name + ": " + *problem);
        if (!expected[e].nullWhen.empty() && !found->nullable)
            problems.push_back("column " + name + ": NOT NULL, but this run leaves it empty (NULL) " + expected[e].nullWhen);
    }
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (!used[i] && !columns[i].nullable && !columns[i].hasDefault)
            problems.push_back("column " + columns[i].name + ": NOT NULL without a default, and cdrgen writes no value there");
    return problems;
}

TableShapeCheck checkTableShape(TypeSystem system, const std::vector<ColumnDescription> &columns,
                                const RunValueLimits &limits)
{
    TableShapeCheck check;
    std::vector<ColumnType> targets;
    check.problems = checkColumns(system, columns, expectedCdrColumns(limits), limits, &targets);
    std::copy(targets.begin(), targets.end(), check.plan.target.begin());
    return check;
}

std::string tableShapeRefusal(std::string_view table, const std::vector<std::string> &problems)
{
    std::string message = "table " + std::string(table) + " cannot take this run's rows (nothing was written; see "
                                                            "\"Loading into an existing table\" in docs/databases.md):";
    for (const std::string &problem : problems)
        message += "\n  - " + problem;
    return message;
}

} // namespace cdr
