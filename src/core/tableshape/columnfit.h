#pragma once

#include "tableshape/columntype.h"
#include "tableshape/expectedcolumn.h"
#include "tableshape/runvaluelimits.h"

#include <optional>
#include <string>

namespace cdr {

// Why a column of `type` cannot hold the values of `column` (one sentence naming the type and, where it helps, the
// value that does not fit), or nullopt when it can. The period for date and time types comes from `limits`.
std::optional<std::string> columnFitProblem(TypeSystem system, const ExpectedColumn &column, const ColumnType &type,
                                            const RunValueLimits &limits);

} // namespace cdr
