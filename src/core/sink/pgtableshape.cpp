#include "sink/pgtableshape.h"

#include "sink/existingtable.h"

#include <libpq-fe.h>

#include <string>
#include <vector>

namespace cdr {

std::optional<TableShapeCheck> pgTableShape(const pg_result *catalogColumns, const RunValueLimits &expected)
{
    constexpr int kCatalogFields = 4;
    std::vector<std::vector<std::string>> rows(std::size_t(PQntuples(catalogColumns)));
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (int c = 0; c < kCatalogFields; ++c)
            rows[r].emplace_back(PQgetvalue(catalogColumns, int(r), c));
    const std::vector<ColumnDescription> columns = describeColumns(TypeSystem::PostgreSql, rows);
    if (columns.empty())
        return std::nullopt;
    return checkTableShape(TypeSystem::PostgreSql, columns, expected);
}

} // namespace cdr
