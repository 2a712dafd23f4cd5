#include "world/ddlscript.h"

#include "world/worldtableschema.h"

namespace cdr {

std::vector<std::string> runDdlStatements(const SqlDialect &dialect, std::string_view table, bool worldTables)
{
    std::vector<std::string> statements{dialect.createTable(table)};
    for (std::string &index : dialect.createIndexes(table))
        statements.push_back(std::move(index));
    if (worldTables)
        for (WorldTable world : kWorldTables)
            statements.push_back(createWorldTable(dialect, table, world));
    return statements;
}

std::string existingTableNote()
{
    return "-- The table cdrgen creates. A table that already exists is used as it is when each of the 23 columns\n"
           "-- exists by name, in any order, in a type that holds the run's values (an integer id wide enough for the\n"
           "-- largest id, numbers, a timestamp, VARCHARs as wide as the longest value) and every other column is\n"
           "-- nullable or has a default; otherwise the run stops before writing and lists every problem\n"
           "-- (docs/databases.md, \"Loading into an existing table\").\n";
}

std::string runDdlScript(const SqlDialect &dialect, std::string_view table, bool worldTables)
{
    std::string script = existingTableNote();
    for (const std::string &statement : runDdlStatements(dialect, table, worldTables))
        script += statement + ";\n";
    return script;
}

std::optional<SqlDialect::Kind> dialectFromName(std::string_view name)
{
    if (name == "sqlserver")
        return SqlDialect::Kind::SqlServer;
    if (name == "postgresql")
        return SqlDialect::Kind::PostgreSql;
    if (name == "sqlite")
        return SqlDialect::Kind::Sqlite;
    if (name == "mysql")
        return SqlDialect::Kind::MySql;
    return std::nullopt;
}

} // namespace cdr
