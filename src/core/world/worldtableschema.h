#pragma once

#include "model/schema.h"
#include "sink/sqldialect.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// The ground-truth tables written next to a CDR table (--world-tables): `<table>_subscribers`,
// `<table>_antennas`, `<table>_events`, `<table>_labels` (the scenarios' answer key) and `<table>_runs`. Column
// types follow the CDR columns holding the same values, so a join between a record and its subscriber, antenna or
// label compares like with like. `<table>_runs` comes last: its row is what a resume finds, so it is written after
// the others.
enum class WorldTable { Subscribers, Antennas, Events, Labels, Runs };
inline constexpr std::array<WorldTable, 5> kWorldTables{WorldTable::Subscribers, WorldTable::Antennas,
                                                         WorldTable::Events, WorldTable::Labels, WorldTable::Runs};

// LongText: text with no length the schema can promise (an event's antenna list, a configured name), TEXT where
// the database has it, NVARCHAR(MAX) on SQL Server (holiday names carry accents, "Pâques", which VARCHAR keeps
// only when its code page has them), MEDIUMTEXT on MySQL (TEXT stops at 65,535 bytes).
enum class WorldColumnKind { Text, LongText, Real, Integer, BigInteger, Timestamp };

struct WorldColumn {
    std::string_view name;
    WorldColumnKind kind;
    int textLength;   // VARCHAR length of a Text column
    bool primaryKey;
};

const std::vector<WorldColumn> &worldColumns(WorldTable table);
// The CDR column kind holding the same values (text, numbers, timestamps).
ColumnKind columnKindOf(WorldColumnKind kind);
// "subscribers", "antennas", "events", "labels", "runs".
std::string_view worldTableSuffix(WorldTable table);
// "dbo.cdr" + Subscribers -> "dbo.cdr_subscribers".
std::string worldTableName(std::string_view cdrTable, WorldTable table);

// CREATE TABLE if missing, one statement.
std::string createWorldTable(const SqlDialect &dialect, std::string_view cdrTable, WorldTable table);
// "INSERT INTO t (columns) VALUES (?,...),..." for `rows` rows.
std::string insertWorldRows(const SqlDialect &dialect, std::string_view cdrTable, WorldTable table, std::size_t rows);
// The most rows one INSERT may carry in every dialect (SQL Server: 2,100 parameters, 1,000 rows).
std::size_t worldRowsPerInsert(WorldTable table);

} // namespace cdr
