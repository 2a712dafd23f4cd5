#pragma once

#include "defects/defectkeyrow.h"

#include <span>
#include <string>
#include <string_view>

namespace cdr {

// The defects answer key in a bcp: folder: <table>_defects.dat in the CDR data file's character format (fields ended
// by tab, rows by CR LF, UTF-8, an empty field NULL under bcp -k / KEEPNULLS) and its XML format file
// <table>_defects.xml. The table's DDL goes into world_tables.sql (tsqldefectkey::createTable()).
namespace bcpdefectkey {

// The 7 columns of defectkeytable::kColumns in order, typed as its SQL Server DDL (BIGINT, NVARCHAR).
std::string formatFileXml();
// Appends the rows' bcp character data to `data`.
void append(std::span<const DefectKeyRow> rows, std::string &data);

} // namespace bcpdefectkey

} // namespace cdr
