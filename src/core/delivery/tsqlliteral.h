#pragma once

#include "model/schema.h"

#include <cstddef>
#include <string_view>

namespace cdr {

// Writes at `out` the T-SQL literal of one field as the CSV output writes it (unquoted), for a column of `kind`:
// - empty: NULL, as the ODBC path binds an empty cell;
// - Id, Integer, Real: the text as it is (a number literal);
// - Timestamp "YYYY-MM-DD HH:MM:SS": 'YYYY-MM-DDTHH:MM:SS', the ISO 8601 form SQL Server reads the same under every
//   SET DATEFORMAT and login language;
// - Text: '...' with quotes doubled, N'...' only when it holds a non-ASCII byte.
// Needs maxTsqlLiteralLength(field.size()) bytes of room; returns the end of the literal.
char *writeTsqlLiteral(char *out, ColumnKind kind, std::string_view field);
constexpr std::size_t maxTsqlLiteralLength(std::size_t fieldLength)
{
    return 2 * fieldLength + 4; // N'' around a text whose every character is a doubled quote; "NULL"
}

} // namespace cdr
