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

std::string runDdlScript(const SqlDialect &dialect, std::string_view table, bool worldTables)
{
    std::string script;
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
