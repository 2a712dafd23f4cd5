#include "delivery/tsqlworldtables.h"

#include "delivery/tsqlliteral.h"
#include "delivery/tsqlscript.h"
#include "sink/sqldialect.h"
#include "world/worldtableschema.h"

#include <algorithm>

namespace cdr {

namespace {

void appendLiteral(std::string &out, WorldColumnKind kind, const std::optional<std::string> &value)
{
    const std::string_view text = value ? std::string_view(*value) : std::string_view();
    const std::size_t at = out.size();
    out.resize(at + maxTsqlLiteralLength(text.size()));
    if (value && value->empty()) { // an empty text, not NULL (a nationwide event's antenna_ids)
        out.resize(at);
        out += "''";
        return;
    }
    char *end = writeTsqlLiteral(out.data() + at, columnKindOf(kind), text);
    out.resize(std::size_t(end - out.data()));
}

} // namespace

std::string tsqlWorldTables(const WorldRows &rows, std::string_view cdrTable)
{
    const SqlDialect sqlServer(SqlDialect::Kind::SqlServer);
    std::string out;
    for (WorldTable table : kWorldTables)
        out += createWorldTable(sqlServer, cdrTable, table) + ";\n";
    out += "GO\n";
    out += TsqlScript::kBeginTransaction;
    const std::string guard =
        "IF NOT EXISTS (SELECT 1 FROM " + sqlServer.quoteTable(worldTableName(cdrTable, WorldTable::Runs)) + ") ";
    WorldRows::Row row;
    for (WorldTable table : kWorldTables) {
        const std::vector<WorldColumn> &columns = worldColumns(table);
        std::string insert = guard + "INSERT INTO " + sqlServer.quoteTable(worldTableName(cdrTable, table)) + " (";
        for (std::size_t c = 0; c < columns.size(); ++c)
            insert += (c ? ", " : "") + sqlServer.quoteIdentifier(columns[c].name);
        insert += ") VALUES\n";
        const std::size_t count = rows.count(table);
        for (std::size_t first = 0; first < count; first += TsqlScript::kRowsPerInsert) {
            const std::size_t end = std::min(count, first + TsqlScript::kRowsPerInsert);
            out += insert;
            for (std::size_t r = first; r < end; ++r) {
                rows.fill(table, r, row);
                out += '(';
                for (std::size_t c = 0; c < columns.size(); ++c) {
                    if (c)
                        out += ',';
                    appendLiteral(out, columns[c].kind, row[c]);
                }
                out += r + 1 == end ? ");\n" : "),\n";
            }
        }
    }
    out += TsqlScript::kCommitTransaction;
    return out;
}

} // namespace cdr
