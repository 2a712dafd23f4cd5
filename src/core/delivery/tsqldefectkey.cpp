#include "delivery/tsqldefectkey.h"

#include "delivery/tsqlliteral.h"
#include "delivery/tsqlscript.h"
#include "sink/defectkeyfields.h"
#include "sink/defectkeytable.h"
#include "sink/sqldialect.h"

#include <algorithm>
#include <stdexcept>

namespace cdr::tsqldefectkey {

namespace {

const SqlDialect kSqlServer(SqlDialect::Kind::SqlServer);

// Where the INSERT that starts at `first` ends: at most kRowsPerInsert rows, cut before the id the limit falls in.
std::size_t insertEnd(std::span<const DefectKeyRow> rows, std::size_t first)
{
    std::size_t end = std::min(rows.size(), first + TsqlScript::kRowsPerInsert);
    if (end == rows.size())
        return end;
    while (end > first && rows[end].id == rows[end - 1].id)
        --end;
    if (end == first)
        throw std::logic_error("an id with more answer key rows than one INSERT holds");
    return end;
}

void appendRow(std::string &out, const DefectKeyRow &row)
{
    const auto fields = defectKeyFields(row);
    out += '(';
    for (std::size_t c = 0; c < fields.size(); ++c) {
        if (c)
            out += ',';
        const bool number = c == 0 || c + 1 == fields.size(); // id, original_id
        const std::size_t at = out.size();
        out.resize(at + maxTsqlLiteralLength(fields[c].size()));
        char *end = writeTsqlLiteral(out.data() + at, number ? ColumnKind::Id : ColumnKind::Text, fields[c]);
        out.resize(std::size_t(end - out.data()));
    }
    out += ')';
}

} // namespace

std::string createTable(std::string_view cdrTable)
{
    return defectkeytable::createTable(kSqlServer, defectkeytable::name(std::string(cdrTable))) + ";\nGO\n";
}

std::string transaction(std::string_view cdrTable, std::span<const DefectKeyRow> rows)
{
    if (rows.empty())
        return {};
    const std::string table = kSqlServer.quoteTable(defectkeytable::name(std::string(cdrTable)));
    std::string out(TsqlScript::kBeginTransaction);
    for (std::size_t first = 0; first < rows.size();) {
        const std::size_t end = insertEnd(rows, first);
        out += "IF NOT EXISTS (SELECT 1 FROM " + table + " WHERE [id] BETWEEN " + std::to_string(rows[first].id) +
               " AND " + std::to_string(rows[end - 1].id) + ") INSERT INTO " + table + " (" +
               defectkeytable::kColumns + ") VALUES\n";
        for (std::size_t r = first; r < end; ++r) {
            appendRow(out, rows[r]);
            out += r + 1 == end ? ";\n" : ",\n";
        }
        first = end;
    }
    out += TsqlScript::kCommitTransaction;
    return out;
}

} // namespace cdr::tsqldefectkey
