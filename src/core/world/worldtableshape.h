#pragma once

#include "config/config.h"
#include "tableshape/tableshapecheck.h"
#include "world/worldtableschema.h"

#include <string>
#include <vector>

namespace cdr {

// The columns a run fills in a world table, with the limits of its values, for checking a world table that already
// exists (WorldSqlStore::tableProblems) the way the CDR table is checked. A value the CDR table also holds (a
// number, an IMEI, an antenna, a coordinate) has the limits of its CDR column.
std::vector<ExpectedColumn> expectedWorldColumns(WorldTable table, const Config &config, const RunValueLimits &limits);

} // namespace cdr
