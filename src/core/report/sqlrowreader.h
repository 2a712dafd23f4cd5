#pragma once

#include "report/rowfeed.h"

#include <string>

namespace cdr {

// An SQLite file (read-only) or an ODBC data source (DB_* settings, through QODBC), read with one forward-only
// SELECT of the columns needed, in id order.
std::string readSqliteRows(const std::string &path, const std::string &table, RowFeed &feed);
std::string readOdbcRows(const ConnectionSettings &connection, const std::string &table, int loginTimeoutS,
                         RowFeed &feed);

} // namespace cdr
