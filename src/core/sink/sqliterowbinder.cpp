#include "sink/sqliterowbinder.h"

#include "sink/fieldnumber.h"
#include "sink/sinkerror.h"

#include <sqlite3.h>

#include <cstdint>
#include <string>

namespace cdr {

namespace {

template<typename Number>
Number parse(std::size_t column, std::string_view field)
{
    return fieldNumber<Number>(column, field, "is not a number");
}

void check(int rc, std::size_t column)
{
    if (rc == SQLITE_OK)
        return;
    throw SinkError(SinkError::Kind::Fatal,
                    "SQLite: binding column " + std::string(kCdrColumns[column].name) + ": " + sqlite3_errstr(rc));
}

} // namespace

void SqliteRowBinder::bind(sqlite3_stmt *insert, const Fields &fields)
{
    for (std::size_t column = 0; column < kCdrColumnCount; ++column) {
        const std::string_view value = fields[column];
        const int slot = int(column) + 1;
        int rc;
        // Empty is NULL: a receiving-side column without a receiving side, or a column defects.missing_fields blanked.
        if (value.empty()) {
            rc = sqlite3_bind_null(insert, slot);
        } else {
            switch (kCdrColumns[column].kind) {
            case ColumnKind::Id:
            case ColumnKind::Integer:
                rc = sqlite3_bind_int64(insert, slot, parse<std::int64_t>(column, value));
                break;
            case ColumnKind::Real:
                rc = sqlite3_bind_double(insert, slot, parse<double>(column, value));
                break;
            default:
                rc = sqlite3_bind_text(insert, slot, value.data(), int(value.size()), SQLITE_STATIC);
            }
        }
        check(rc, column);
    }
}

} // namespace cdr
