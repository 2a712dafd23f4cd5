#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cdr {

// The text of a T-SQL load script (-o tsql:FILE.sql) around its batches, which TsqlBatchEncoder writes: a file is
// head() + the batches in id order + tail(). Kept apart from the encoder so that a writer of several files (one
// per day) puts head and tail in each. Every statement is on lines of its own ending in ";", every sqlcmd batch
// ends with a line "GO". The table name must have passed isValidTableName().
class TsqlScript {
public:
    // SQL Server's limit of rows in one INSERT ... VALUES.
    static constexpr std::size_t kRowsPerInsert = 1000;

    // SET NOCOUNT ON, SET XACT_ABORT ON, CREATE TABLE when the table is missing (the DDL of --print-sql
    // sqlserver), then beforeLoadSql verbatim (when not empty), each followed by GO.
    static std::string head(std::string_view table, const std::string &beforeLoadSql);
    // The three indexes, each created when missing (after the data, as the ODBC path creates them), then
    // afterLoadSql verbatim (when not empty), each followed by GO.
    static std::string tail(std::string_view table, const std::string &afterLoadSql);

    // Each INSERT is guard() + first + ", " + last + insertInto() + its rows, where first and last are the ids of
    // its own first and last row: "IF NOT EXISTS (SELECT 1 FROM [t] WHERE [id] IN (first, last)) INSERT INTO [t]
    // ([id], ...) VALUES". An INSERT is all or nothing, so either id present means its rows are, and a re-run skips
    // it. It looks at the INSERT's own two ids only, never at a range, so it stays right when a file holds only some
    // ids of a range (a file per day).
    static std::string guard(std::string_view table);      // "IF NOT EXISTS (SELECT 1 FROM [t] WHERE [id] IN ("
    static std::string insertInto(std::string_view table); // ")) INSERT INTO [t] ([id], ...) VALUES\n"
    // The statements that open and close one batch's transaction.
    static constexpr std::string_view kBeginTransaction = "BEGIN TRANSACTION;\n";
    static constexpr std::string_view kCommitTransaction = "COMMIT TRANSACTION;\nGO\n";
};

} // namespace cdr
