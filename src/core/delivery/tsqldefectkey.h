#pragma once

#include "defects/defectkeyrow.h"

#include <span>
#include <string>
#include <string_view>

namespace cdr {

// The defects answer key <table>_defects in a T-SQL script (-o tsql:, and bcp:'s world_tables.sql for the DDL).
namespace tsqldefectkey {

// The table when missing (defectkeytable's SQL Server DDL, NVARCHAR columns), then GO.
std::string createTable(std::string_view cdrTable);
// One transaction holding `rows` (ids ascending), then GO: INSERTs of at most 1,000 rows that never split one id's
// rows, each "IF NOT EXISTS (SELECT 1 FROM [t_defects] WHERE [id] BETWEEN first AND last) INSERT ...", first and
// last the ids of its own first and last row. No two INSERTs' ranges meet, so a re-run of a half-run script skips
// exactly the INSERTs already committed. Values as writeTsqlLiteral() writes them (NULL for a missing cell, N'...'
// only for non-ASCII text). Empty for no row.
std::string transaction(std::string_view cdrTable, std::span<const DefectKeyRow> rows);

} // namespace tsqldefectkey

} // namespace cdr
