#include "delivery/tsqlscript.h"

#include "model/schema.h"
#include "sink/sqldialect.h"

namespace cdr {

namespace {

const SqlDialect kSqlServer(SqlDialect::Kind::SqlServer);

void appendBatch(std::string &out, const std::string &sql)
{
    if (sql.empty())
        return;
    out += sql;
    if (!sql.ends_with('\n'))
        out += '\n';
    out += "GO\n";
}

} // namespace

std::string TsqlScript::head(std::string_view table, const std::string &beforeLoadSql)
{
    std::string out = "-- cdrgen T-SQL load script: sqlcmd -b -i FILE (docs/databases.md, "
                      "\"SQL Server without a live connection\").\n"
                      "SET NOCOUNT ON;\nSET XACT_ABORT ON;\nGO\n";
    out += kSqlServer.createTable(table) + ";\nGO\n";
    appendBatch(out, beforeLoadSql);
    return out;
}

std::string TsqlScript::tail(std::string_view table, const std::string &afterLoadSql)
{
    std::string out;
    for (const std::string &index : kSqlServer.createIndexes(table))
        out += index + ";\n";
    out += "GO\n";
    appendBatch(out, afterLoadSql);
    return out;
}

std::string TsqlScript::guard(std::string_view table)
{
    return "IF NOT EXISTS (SELECT 1 FROM " + kSqlServer.quoteTable(table) + " WHERE [id] IN (";
}

std::string TsqlScript::insertInto(std::string_view table)
{
    std::string out = ")) INSERT INTO " + kSqlServer.quoteTable(table) + " (";
    for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
        if (c)
            out += ", ";
        out += kSqlServer.quoteIdentifier(kCdrColumns[c].name);
    }
    return out + ") VALUES\n";
}

} // namespace cdr
