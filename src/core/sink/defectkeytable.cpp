#include "sink/defectkeytable.h"

namespace cdr::defectkeytable {

namespace {

std::string unicodeLiteral(const std::string &text)
{
    std::string literal = "N'";
    for (char c : text)
        literal += c == '\'' ? std::string("''") : std::string(1, c);
    return literal + "'";
}

} // namespace

std::string name(const std::string &table)
{
    return table + "_defects";
}

std::string createTable(const SqlDialect &dialect, const std::string &keyTable)
{
    const bool sqlServer = dialect.kind() == SqlDialect::Kind::SqlServer;
    const std::string text = sqlServer ? "NVARCHAR(100)" : "VARCHAR(100)";
    const std::string label = sqlServer ? "NVARCHAR(40)" : "VARCHAR(40)";
    const std::string quoted = dialect.quoteTable(keyTable);
    const std::string columns = "(id BIGINT NOT NULL, kind " + label + " NOT NULL, variant " + label +
                                " NOT NULL, column_name " + label + ", original_value " + text + ", injected_value " +
                                text + ", original_id BIGINT)";
    if (sqlServer)
        return "IF OBJECT_ID(" + unicodeLiteral(quoted) + ", N'U') IS NULL CREATE TABLE " + quoted + " " +
               columns;
    return "CREATE TABLE IF NOT EXISTS " + quoted + " " + columns;
}

} // namespace cdr::defectkeytable
