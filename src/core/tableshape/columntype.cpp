#include "tableshape/columntype.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <vector>

namespace cdr {

namespace {

using Family = ColumnType::Family;
using Flavour = ColumnType::Flavour;

// "timestamp(0) without time zone" -> name "timestamp without time zone", arguments {0}; "nvarchar(max)" ->
// arguments {-1}. Lower case, single spaces.
struct DeclaredType {
    std::string name;
    std::vector<int> arguments;
};

DeclaredType split(std::string_view declared)
{
    DeclaredType type;
    std::string argumentText;
    int depth = 0;
    for (char c : declared) {
        const char lower = char(std::tolower(static_cast<unsigned char>(c)));
        if (c == '(') {
            ++depth;
            continue;
        }
        if (c == ')') {
            depth = std::max(depth - 1, 0);
            continue;
        }
        if (depth > 0) {
            argumentText += lower;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!type.name.empty() && type.name.back() != ' ')
                type.name += ' ';
            continue;
        }
        type.name += lower;
    }
    while (!type.name.empty() && type.name.back() == ' ')
        type.name.pop_back();
    std::size_t at = 0;
    while (at <= argumentText.size() && !argumentText.empty()) {
        const std::size_t comma = std::min(argumentText.find(',', at), argumentText.size());
        std::string part = argumentText.substr(at, comma - at);
        part.erase(std::remove_if(part.begin(), part.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }),
                   part.end());
        int value = -1; // "max" and anything unreadable: unlimited
        std::from_chars(part.data(), part.data() + part.size(), value);
        type.arguments.push_back(value);
        at = comma + 1;
    }
    return type;
}

bool has(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

bool oneOf(std::string_view name, std::initializer_list<std::string_view> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

int argument(const DeclaredType &type, std::size_t index, int otherwise)
{
    return index < type.arguments.size() ? type.arguments[index] : otherwise;
}

ColumnType integer(int bits)
{
    return {.family = Family::Integer, .bits = bits};
}

ColumnType floating(int bits)
{
    return {.family = Family::Floating, .bits = bits};
}

ColumnType decimal(const DeclaredType &type)
{
    return {.family = Family::Decimal, .precision = std::max(argument(type, 0, 0), 0),
            .scale = std::max(argument(type, 1, 0), 0)};
}

ColumnType character(int length, bool padded)
{
    return {.family = Family::Character, .length = length, .padded = padded};
}

ColumnType timestamp(Flavour flavour)
{
    return {.family = Family::Timestamp, .flavour = flavour};
}

ColumnType ofFamily(Family family)
{
    return {.family = family};
}

ColumnType postgres(const DeclaredType &type)
{
    const std::string &n = type.name;
    if (oneOf(n, {"smallint", "int2"}))
        return integer(16);
    if (oneOf(n, {"integer", "int", "int4"}))
        return integer(32);
    if (oneOf(n, {"bigint", "int8"}))
        return integer(64);
    if (oneOf(n, {"real", "float4"}))
        return floating(32);
    if (oneOf(n, {"double precision", "float8"}))
        return floating(64);
    if (n == "float") // float(p): 1..24 is real, else double precision
        return floating(argument(type, 0, 53) <= 24 ? 32 : 64);
    if (oneOf(n, {"numeric", "decimal"}))
        return decimal(type);
    if (oneOf(n, {"character varying", "varchar"}))
        return character(argument(type, 0, -1), false);
    if (oneOf(n, {"character", "char", "bpchar"}))
        return character(argument(type, 0, 1), true);
    if (oneOf(n, {"text", "citext"}))
        return character(-1, false);
    if (oneOf(n, {"timestamp without time zone", "timestamp"}))
        return timestamp(Flavour::Plain);
    if (oneOf(n, {"timestamp with time zone", "timestamptz"}))
        return timestamp(Flavour::WithZone);
    if (n == "date")
        return ofFamily(Family::Date);
    return ofFamily(Family::Other);
}

ColumnType sqlServer(const DeclaredType &type)
{
    const std::string &n = type.name;
    if (n == "tinyint")
        return integer(8);
    if (n == "smallint")
        return integer(16);
    if (n == "int")
        return integer(32);
    if (n == "bigint")
        return integer(64);
    if (n == "real")
        return floating(32);
    if (n == "float")
        return floating(argument(type, 0, 53) <= 24 ? 32 : 64);
    if (oneOf(n, {"decimal", "numeric"}))
        return decimal(type);
    if (oneOf(n, {"varchar", "nvarchar"}))
        return character(argument(type, 0, 1), false);
    if (oneOf(n, {"char", "nchar"}))
        return character(argument(type, 0, 1), true);
    if (oneOf(n, {"text", "ntext"}))
        return character(-1, false);
    if (n == "datetime2")
        return timestamp(Flavour::Plain);
    if (n == "datetime")
        return timestamp(Flavour::DateTime);
    if (n == "smalldatetime")
        return timestamp(Flavour::SmallDateTime);
    if (n == "date")
        return ofFamily(Family::Date);
    return ofFamily(Family::Other);
}

// SQLite's affinity rules (https://www.sqlite.org/datatype3.html, 3.1), in their order.
ColumnType sqlite(const DeclaredType &type)
{
    const std::string &n = type.name;
    if (has(n, "int"))
        return integer(64);
    if (has(n, "char") || has(n, "clob") || has(n, "text"))
        return character(has(n, "char") ? argument(type, 0, -1) : -1, false); // SQLite never pads
    if (n.empty() || has(n, "blob"))
        return ofFamily(Family::Untyped);
    if (has(n, "real") || has(n, "floa") || has(n, "doub"))
        return floating(64);
    // NUMERIC affinity: text that looks like a number is stored as one.
    if (has(n, "datetime") || has(n, "timestamp"))
        return timestamp(Flavour::Plain);
    if (has(n, "date"))
        return ofFamily(Family::Date);
    if (has(n, "numeric") || has(n, "decimal"))
        return ofFamily(Family::Decimal); // precision 0: SQLite enforces none
    return ofFamily(Family::Other);
}

ColumnType mySql(const DeclaredType &type)
{
    std::string n = type.name;
    for (std::string_view suffix : {" unsigned", " signed", " zerofill"})
        if (n.size() > suffix.size() && n.ends_with(suffix))
            n.erase(n.size() - suffix.size());
    // UNSIGNED doubles the positive range; the signed range is what is checked (the run's values are far below).
    const auto whole = [](int bits) { return integer(bits); };
    if (n == "tinyint")
        return whole(8);
    if (n == "smallint")
        return whole(16);
    if (n == "mediumint")
        return whole(24);
    if (oneOf(n, {"int", "integer"}))
        return whole(32);
    if (n == "bigint")
        return whole(64);
    if (n == "float")
        return floating(32);
    if (oneOf(n, {"double", "real", "double precision"}))
        return floating(64);
    if (oneOf(n, {"decimal", "numeric"}))
        return decimal(type);
    if (n == "varchar")
        return character(argument(type, 0, -1), false);
    if (n == "char")
        return character(argument(type, 0, 1), false); // MySQL strips the padding when reading
    if (n == "tinytext")
        return character(255, false);
    if (oneOf(n, {"text", "mediumtext", "longtext"}))
        return character(-1, false);
    if (oneOf(n, {"datetime", "timestamp"}))
        return timestamp(Flavour::Plain);
    if (n == "date")
        return ofFamily(Family::Date);
    return ofFamily(Family::Other);
}

} // namespace

ColumnType parseColumnType(TypeSystem system, std::string_view declared)
{
    const DeclaredType type = split(declared);
    ColumnType result;
    switch (system) {
    case TypeSystem::PostgreSql: result = postgres(type); break;
    case TypeSystem::SqlServer: result = sqlServer(type); break;
    case TypeSystem::Sqlite: result = sqlite(type); break;
    case TypeSystem::MySql: result = mySql(type); break;
    }
    result.spelled = std::string(declared);
    return result;
}

} // namespace cdr
