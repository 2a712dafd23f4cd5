#pragma once

#include "tableshape/runvaluelimits.h"
#include "tableshape/tableshapecheck.h"

#include <optional>

struct pg_result; // libpq's PGresult

namespace cdr {

// An existing PostgreSQL table's shape: the result of SqlDialect::tableColumns() (name, type, nullable, has default)
// checked against what the run will write; nullopt when the result has no rows (there is no such table).
std::optional<TableShapeCheck> pgTableShape(const pg_result *catalogColumns, const RunValueLimits &expected);

} // namespace cdr
