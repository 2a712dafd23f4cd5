#pragma once

#include "sink/sqldialect.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// The DDL a run executes to create its tables, in order: the CDR table, its three indexes (MySQL: part of the
// table), then the world tables when they are enabled. Built from the same SqlDialect calls the sinks make.
std::vector<std::string> runDdlStatements(const SqlDialect &dialect, std::string_view table, bool worldTables);
// existingTableNote(), then the statements each ended by ";" and a newline (cdrgen-cli --print-sql, the GUI's
// "Show SQL").
// "-- ..." lines saying which existing tables a run loads as they are.
std::string existingTableNote();
std::string runDdlScript(const SqlDialect &dialect, std::string_view table, bool worldTables);

// "sqlserver", "postgresql", "sqlite", "mysql" (as --print-sql takes them); nullopt for anything else.
std::optional<SqlDialect::Kind> dialectFromName(std::string_view name);
inline constexpr const char *kDialectNames = "sqlserver, postgresql, sqlite, mysql";

} // namespace cdr
