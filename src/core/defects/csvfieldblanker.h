#pragma once

#include <cstdint>

namespace cdr {

// Empties the fields of one CSV row (RFC 4180, quoted fields allowed) whose bit is set in columns (bit c = field c),
// in place: the row in [row, end) shrinks and the new end is returned. How defects.missing_fields reaches every
// target: all of them write RecordFormatter's text, and an empty field is NULL in a database.
char *blankCsvFields(char *row, char *end, std::uint32_t columns);

} // namespace cdr
