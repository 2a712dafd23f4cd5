#pragma once

#include "model/schema.h"

#include <array>
#include <string_view>

struct sqlite3_stmt;

namespace cdr {

// The 23 field texts of one row (BatchText), bound to a prepared single-row INSERT in schema order: numbers as
// SQLite integers and reals, an empty receiving-side field as NULL, the rest as text. Throws SinkError(Fatal)
// naming the column when a field is not a number where one belongs (never binds a 0 instead) or when SQLite
// refuses a bind.
class SqliteRowBinder {
public:
    using Fields = std::array<std::string_view, kCdrColumnCount>;

    static void bind(sqlite3_stmt *insert, const Fields &fields);
};

} // namespace cdr
