#include "sink/existingtable.h"

#include "sink/sinkerror.h"

namespace cdr {

std::vector<ColumnDescription> describeColumns(TypeSystem system, const std::vector<std::vector<std::string>> &rows)
{
    std::vector<ColumnDescription> columns;
    for (const std::vector<std::string> &row : rows) {
        if (row.size() < 4)
            throw SinkError(SinkError::Kind::Fatal, "internal error: a catalog row without its four columns");
        ColumnDescription &column = columns.emplace_back();
        column.name = row[0];
        column.type = parseColumnType(system, row[1]);
        column.nullable = row[2] == "1";
        column.hasDefault = row[3] == "1";
    }
    return columns;
}

ColumnPlan requireLoadable(const TableShapeCheck &check, std::string_view table)
{
    if (!check.compatible())
        throw SinkError(SinkError::Kind::Configuration, tableShapeRefusal(table, check.problems));
    return check.plan;
}

} // namespace cdr
