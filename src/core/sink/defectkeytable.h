#pragma once

#include "sink/sqldialect.h"

#include <array>
#include <string>
#include <string_view>

namespace cdr {

// The answer key table <table>_defects in a SQL database reached by ODBC or libpq: its name and DDL in the
// connection's dialect (NVARCHAR on SQL Server, VARCHAR elsewhere; SQLite has its own, SqliteDefectKey).
namespace defectkeytable {

inline constexpr const char *kColumns = "id, kind, variant, column_name, original_value, injected_value, original_id";
inline constexpr std::array<std::string_view, 7> kColumnNames = {
    "id", "kind", "variant", "column_name", "original_value", "injected_value", "original_id"};

std::string name(const std::string &table);
std::string createTable(const SqlDialect &dialect, const std::string &keyTable);

} // namespace defectkeytable

} // namespace cdr
