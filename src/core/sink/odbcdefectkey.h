#pragma once

#include "defects/defectkeyrow.h"
#include "sink/sqldialect.h"

#include <span>
#include <string>
#include <vector>

namespace cdr {

// The answer key rows of <table>_defects through ODBC: multi-row INSERTs in the connection's dialect (run in the
// batch's transaction by OdbcSink; the table's DDL is defectkeytable.h).
namespace odbcdefectkey {

// INSERT statements of at most 500 rows each (SQL Server's VALUES takes 1000).
std::vector<std::string> inserts(const SqlDialect &dialect, const std::string &keyTable,
                                 std::span<const DefectKeyRow> rows);

} // namespace odbcdefectkey

} // namespace cdr
