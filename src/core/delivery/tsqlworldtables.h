#pragma once

#include "world/worldrows.h"

#include <string>
#include <string_view>

namespace cdr {

// The world tables (--world-tables) as T-SQL for a script: each table created when missing (the DDL of
// --print-sql sqlserver), GO, then one transaction holding every row in INSERTs of at most 1,000 rows, each guarded
// by IF NOT EXISTS (SELECT 1 FROM [<table>_runs]): the `_runs` row is inserted last, so a re-run after the commit
// skips them all and a re-run after a failure (nothing committed) inserts them all. Values as writeTsqlLiteral()
// writes the CDR columns' (NULL for a missing value, N'...' for non-ASCII text).
std::string tsqlWorldTables(const WorldRows &rows, std::string_view cdrTable);

} // namespace cdr
