#pragma once

#include "model/schema.h"
#include "tableshape/columntype.h"
#include "tableshape/expectedcolumn.h"
#include "tableshape/runvaluelimits.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// One column of an existing table, as its catalog describes it, in table order.
struct ColumnDescription {
    std::string name;
    ColumnType type;
    bool nullable = true;
    bool hasDefault = false; // a DEFAULT, an identity, a generated or an auto-increment column
};

// The 23 CDR columns (schema order) with the run's limits.
std::vector<ExpectedColumn> expectedCdrColumns(const RunValueLimits &limits);

// Where each of the 23 CDR columns (schema order) goes: the type of the table's column of that name. The sinks
// pick their encoding from it (PostgreSQL COPY: binary per type, or text).
struct ColumnPlan {
    std::array<ColumnType, kCdrColumnCount> target;
};

struct TableShapeCheck {
    std::vector<std::string> problems; // every reason the table cannot take the run's rows, one sentence each
    ColumnPlan plan;                   // meaningful when problems is empty
    bool compatible() const { return problems.empty(); }
};

// Any table's columns against the columns a run fills (`expected`): the problems, and for each expected column
// the table's type (in `expected` order; unset where the column is missing). The period for timestamps comes from
// `limits`.
std::vector<std::string> checkColumns(TypeSystem system, const std::vector<ColumnDescription> &columns,
                                      const std::vector<ExpectedColumn> &expected, const RunValueLimits &limits,
                                      std::vector<ColumnType> *targets = nullptr);

// Compares an existing CDR table with what a run writes: each CDR column must exist (matched by name; case-insensitive
// except in PostgreSQL) with a type that holds every value the run can write, a nullable column where the run
// writes NULL, and every other column must be nullable or have a default. Column order does not matter.
TableShapeCheck checkTableShape(TypeSystem system, const std::vector<ColumnDescription> &columns,
                                const RunValueLimits &limits);

// The one message listing every problem, for SinkError(Configuration).
std::string tableShapeRefusal(std::string_view table, const std::vector<std::string> &problems);

} // namespace cdr
