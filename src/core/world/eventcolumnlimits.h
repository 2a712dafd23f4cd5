#pragma once

#include "config/config.h"
#include "tableshape/expectedcolumn.h"
#include "tableshape/runvaluelimits.h"

namespace cdr {

// The limits of a `<table>_events` column (`column.name`), from the config alone: the events are the run's
// EventCalendar, whose ids, kinds, names, times and parameters do not depend on the antennas. antenna_ids is
// bounded by every antenna of the run in one list (when the run has a gathering or an outage), the longest an
// event's list can be.
void limitEventColumn(ExpectedColumn &column, const Config &config, const RunValueLimits &limits);

} // namespace cdr
