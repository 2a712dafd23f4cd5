#include "sink/odbcdefectkey.h"

#include "sink/defectkeytable.h"

#include <algorithm>

namespace cdr::odbcdefectkey {

namespace {

constexpr std::size_t kRowsPerInsert = 500;

// '...' with quotes doubled; N'...' for SQL Server, whose NVARCHAR columns keep any text.
std::string literal(const SqlDialect &dialect, std::string_view text)
{
    std::string quoted = dialect.kind() == SqlDialect::Kind::SqlServer ? "N'" : "'";
    for (char c : text) {
        quoted += c;
        if (c == '\'')
            quoted += '\'';
    }
    return quoted + "'";
}

std::string literalOrNull(const SqlDialect &dialect, const std::optional<std::string> &text)
{
    return text ? literal(dialect, *text) : "NULL";
}

} // namespace

std::vector<std::string> inserts(const SqlDialect &dialect, const std::string &keyTable,
                                 std::span<const DefectKeyRow> rows)
{
    std::vector<std::string> statements;
    const std::string head =
        "INSERT INTO " + dialect.quoteTable(keyTable) + " (" + defectkeytable::kColumns + ") VALUES ";
    for (std::size_t first = 0; first < rows.size(); first += kRowsPerInsert) {
        std::string sql = head;
        const std::size_t end = std::min(rows.size(), first + kRowsPerInsert);
        for (std::size_t i = first; i < end; ++i) {
            const DefectKeyRow &row = rows[i];
            sql += (i > first ? ", (" : "(") + std::to_string(row.id) + ", " +
                   literal(dialect, defectKindKey(row.kind)) + ", " + literal(dialect, row.variant) + ", " +
                   literalOrNull(dialect, row.columnName) + ", " + literalOrNull(dialect, row.originalValue) + ", " +
                   literalOrNull(dialect, row.injectedValue) + ", " +
                   (row.originalId ? std::to_string(row.originalId) : std::string("NULL")) + ")";
        }
        statements.push_back(std::move(sql));
    }
    return statements;
}

} // namespace cdr::odbcdefectkey
