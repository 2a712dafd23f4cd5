#pragma once

#include "sink/sinkfailure.h"

namespace cdr {

// True when a failed CREATE or DROP of the table or of an index lost a race with another session running the same
// statement at the same moment (shards of one run starting together). Every DDL statement of SqlDialect is
// idempotent (IF [NOT] EXISTS forms), so running it again then succeeds or does nothing.
// PostgreSQL: 42P07 duplicate table/index, 42710 duplicate object, 23505 a catalog's unique index (two
// CREATE ... IF NOT EXISTS both found no table and both inserted it). SQL Server: 2714 object already exists,
// 1913 index already exists, 3701 the index to drop is already gone.
bool lostConcurrentDdlRace(const sinkfailure::Diagnosis &diagnosis);

// How many times a sink runs one DDL statement that keeps losing such races before giving up.
inline constexpr int kDdlRaceAttempts = 5;

} // namespace cdr
