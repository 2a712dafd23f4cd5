#include "world/worldtableschema.h"

#include "model/schema.h"

namespace cdr {

namespace {

std::string unicodeLiteral(std::string_view text)
{
    std::string out = "N'";
    for (char c : text) {
        out += c;
        if (c == '\'')
            out += c;
    }
    return out + "'";
}

// The dialect's type of the first CDR column of this kind: coordinates, altitudes and timestamps are stored as the
// CDR table stores them.
std::string cdrTypeOf(const SqlDialect &dialect, ColumnKind kind)
{
    for (std::size_t i = 0; i < kCdrColumnCount; ++i)
        if (kCdrColumns[i].kind == kind)
            return dialect.columnType(i);
    return {};
}

std::string typeOf(const SqlDialect &dialect, const WorldColumn &column)
{
    switch (column.kind) {
    case WorldColumnKind::Text: return "VARCHAR(" + std::to_string(column.textLength) + ")";
    case WorldColumnKind::LongText:
        switch (dialect.kind()) {
        case SqlDialect::Kind::SqlServer: return "NVARCHAR(MAX)";
        case SqlDialect::Kind::MySql: return "MEDIUMTEXT";
        case SqlDialect::Kind::PostgreSql:
        case SqlDialect::Kind::Sqlite: return "TEXT";
        }
        break;
    case WorldColumnKind::Real: return cdrTypeOf(dialect, ColumnKind::Real);
    case WorldColumnKind::Integer: return cdrTypeOf(dialect, ColumnKind::Integer);
    case WorldColumnKind::BigInteger: return "BIGINT";
    case WorldColumnKind::Timestamp: return cdrTypeOf(dialect, ColumnKind::Timestamp);
    }
    return {};
}

} // namespace

const std::vector<WorldColumn> &worldColumns(WorldTable table)
{
    using K = WorldColumnKind;
    static const std::vector<WorldColumn> subscribers{
        {"msisdn", K::Text, 20, true},          {"imei", K::Text, 20, false},
        {"operator", K::Text, 20, false},       {"home_lat", K::Real, 0, false},
        {"home_lon", K::Real, 0, false},        {"home_antenna", K::Text, 20, false},
        {"work_lat", K::Real, 0, false},        {"work_lon", K::Real, 0, false},
        {"work_antenna", K::Text, 20, false},   {"activity", K::Real, 0, false},
        {"second_imei", K::Text, 20, false},    {"second_imei_from", K::Timestamp, 0, false},
    };
    static const std::vector<WorldColumn> antennas{
        {"antenna_id", K::Text, 20, true}, {"antenna_type", K::Text, 20, false}, {"lat", K::Real, 0, false},
        {"lon", K::Real, 0, false},        {"altitude", K::Integer, 0, false},   {"operator", K::Text, 20, false},
    };
    static const std::vector<WorldColumn> runs{
        {"version", K::Text, 20, false},       {"seed", K::Text, 20, false},
        {"config_digest", K::Text, 64, false}, {"record_total", K::BigInteger, 0, false},
        {"created_at", K::Timestamp, 0, false},
    };
    static const std::vector<WorldColumn> events{
        {"event_id", K::Integer, 0, true},       {"kind", K::Text, 20, false},
        {"name", K::LongText, 0, false},         {"start_time", K::Timestamp, 0, false},
        {"end_time", K::Timestamp, 0, false},    {"antenna_ids", K::LongText, 0, false},
        {"parameters", K::LongText, 0, false},
    };
    // No primary key: the answer key may give a number several rows (other windows, groups or roles).
    static const std::vector<WorldColumn> labels{
        {"msisdn", K::Text, 20, false},         {"imei", K::Text, 20, false},
        {"scenario", K::Text, 20, false},       {"role", K::Text, 20, false},
        {"group_id", K::Integer, 0, false},     {"valid_from", K::Timestamp, 0, false},
        {"valid_to", K::Timestamp, 0, false},
    };
    switch (table) {
    case WorldTable::Subscribers: return subscribers;
    case WorldTable::Antennas: return antennas;
    case WorldTable::Events: return events;
    case WorldTable::Labels: return labels;
    case WorldTable::Runs: return runs;
    }
    return runs;
}

std::string_view worldTableSuffix(WorldTable table)
{
    switch (table) {
    case WorldTable::Subscribers: return "subscribers";
    case WorldTable::Antennas: return "antennas";
    case WorldTable::Events: return "events";
    case WorldTable::Labels: return "labels";
    case WorldTable::Runs: return "runs";
    }
    return {};
}

std::string worldTableName(std::string_view cdrTable, WorldTable table)
{
    return std::string(cdrTable) + "_" + std::string(worldTableSuffix(table));
}

ColumnKind columnKindOf(WorldColumnKind kind)
{
    switch (kind) {
    case WorldColumnKind::Text:
    case WorldColumnKind::LongText: return ColumnKind::Text;
    case WorldColumnKind::Real: return ColumnKind::Real;
    case WorldColumnKind::Integer:
    case WorldColumnKind::BigInteger: return ColumnKind::Integer;
    case WorldColumnKind::Timestamp: return ColumnKind::Timestamp;
    }
    return ColumnKind::Text;
}

std::string createWorldTable(const SqlDialect &dialect, std::string_view cdrTable, WorldTable table)
{
    std::string columns;
    for (const WorldColumn &column : worldColumns(table)) {
        if (!columns.empty())
            columns += ", ";
        columns += dialect.quoteIdentifier(column.name) + " " + typeOf(dialect, column);
        if (column.primaryKey)
            columns += " NOT NULL PRIMARY KEY";
    }
    const std::string quoted = dialect.quoteTable(worldTableName(cdrTable, table));
    if (dialect.kind() == SqlDialect::Kind::SqlServer)
        return "IF OBJECT_ID(" + unicodeLiteral(quoted) + ", N'U') IS NULL CREATE TABLE " + quoted + " (" + columns +
               ")";
    return "CREATE TABLE IF NOT EXISTS " + quoted + " (" + columns + ")";
}

std::string insertWorldRows(const SqlDialect &dialect, std::string_view cdrTable, WorldTable table, std::size_t rows)
{
    const std::vector<WorldColumn> &columns = worldColumns(table);
    std::string names;
    std::string row = "(";
    for (const WorldColumn &column : columns) {
        names += (names.empty() ? "" : ", ") + dialect.quoteIdentifier(column.name);
        row += row.size() == 1 ? "?" : ",?";
    }
    row += ")";
    std::string sql = "INSERT INTO " + dialect.quoteTable(worldTableName(cdrTable, table)) + " (" + names + ") VALUES ";
    for (std::size_t r = 0; r < rows; ++r)
        sql += (r ? "," : "") + row;
    return sql;
}

std::size_t worldRowsPerInsert(WorldTable table)
{
    constexpr std::size_t kMaxParameters = 2000;
    constexpr std::size_t kMaxRows = 1000;
    return std::min(kMaxRows, kMaxParameters / worldColumns(table).size());
}

} // namespace cdr
