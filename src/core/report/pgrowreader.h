#pragma once

#include "report/rowfeed.h"

#include <string>

namespace cdr {

// A PostgreSQL table through libpq: its columns from an empty SELECT, then the needed ones streamed with
// COPY (SELECT ... ORDER BY id) TO STDOUT in text format, one row in memory at a time. `password` as makeSink()
// resolves it (URL, DB_PASSWORD, PGPASSWORD; empty leaves it to libpq's password file).
std::string readPostgresRows(const TargetSpec &target, const std::string &password, const std::string &table,
                             int connectTimeoutS, RowFeed &feed);

// The fields of one line of COPY's text format: tab-separated, \N for NULL (read as empty), backslash escapes.
void splitCopyText(std::string_view line, std::vector<std::string> &fields);

} // namespace cdr
