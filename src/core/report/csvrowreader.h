#pragma once

#include "report/rowfeed.h"

#include <string>

namespace cdr {

// A CSV file with a header line, plain or gzip-compressed (zlib reads both), line by line.
std::string readCsvRows(const std::string &path, RowFeed &feed);

} // namespace cdr
