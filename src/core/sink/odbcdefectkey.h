#pragma once

#include "defects/defectkeyrow.h"
#include "sink/sqldialect.h"

#include <span>
#include <string>
#include <vector>

namespace cdr {

// The answer key table <table>_defects through ODBC, as SQL text for the connection's dialect: its DDL and
// multi-row INSERTs of key rows (run in the batch's transaction by OdbcSink).
namespace odbcdefectkey {

std::string createTable(const SqlDialect &dialect, const std::string &keyTable);
// INSERT statements of at most 500 rows each (SQL Server's VALUES takes 1000).
std::vector<std::string> inserts(const SqlDialect &dialect, const std::string &keyTable,
                                 std::span<const DefectKeyRow> rows);

} // namespace odbcdefectkey

} // namespace cdr
