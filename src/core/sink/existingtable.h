#pragma once

#include "tableshape/tableshapecheck.h"

#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// The seam between the sinks and tableshape/: catalog rows in, a checked plan out.

// The rows of SqlDialect::tableColumns() (name, declared type, nullable 1/0, has default 1/0) as descriptions;
// empty when there is no such table.
std::vector<ColumnDescription> describeColumns(TypeSystem system, const std::vector<std::vector<std::string>> &rows);

// The check's plan; SinkError(Configuration) listing every problem when the table cannot take the run's rows
// (a run stops there with exit 2, before any row or any DDL).
ColumnPlan requireLoadable(const TableShapeCheck &check, std::string_view table);

} // namespace cdr
