#pragma once

#include "sink/pgconnection.h"

#include <string>
#include <vector>

namespace cdr {

// Runs statements at the same time, each on its own new libpq connection made from `parameters` (libpq keyword,
// value pairs): the three CREATE INDEX of a freshly loaded table then build in parallel on the server's cores
// (measured: docs/databases.md, Speed). Best effort: returns the statements that did not succeed (no connection,
// a race with another shard, any error), for the caller to run again itself with its usual error handling.
std::vector<std::string> runConcurrently(const std::vector<std::string> &statements,
                                         const LibpqParameters &parameters);

} // namespace cdr
