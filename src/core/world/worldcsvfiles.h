#pragma once

#include "world/worldrows.h"

#include <string>
#include <string_view>

namespace cdr {

// "out.csv" + Subscribers -> "out_subscribers.csv" (next to the CDR file; "out" -> "out_subscribers";
// "out.csv.gz" -> "out_subscribers.csv.gz", gzip-compressed like the CDR file).
std::string siblingCsvPath(const std::string &cdrCsvPath, std::string_view suffix);
std::string worldCsvPath(const std::string &cdrCsvPath, WorldTable table);

// Writes the five sibling files (one per WorldTable), each through QSaveFile (complete or absent). Throws SinkError.
void writeWorldCsvFiles(const std::string &cdrCsvPath, const WorldRows &rows);

} // namespace cdr
