#include "sink/pgdefectkey.h"

#include "sink/defectkeytable.h"

namespace cdr::pgdefectkey {

namespace {

void appendText(std::string &data, std::string_view text)
{
    for (char c : text) {
        switch (c) {
        case '\\': data += "\\\\"; break;
        case '\t': data += "\\t"; break;
        case '\n': data += "\\n"; break;
        case '\r': data += "\\r"; break;
        default: data += c;
        }
    }
}

void appendField(std::string &data, const std::optional<std::string> &text)
{
    data += '\t';
    if (text)
        appendText(data, *text);
    else
        data += "\\N";
}

} // namespace

std::string copyStatement(const SqlDialect &dialect, const std::string &keyTable)
{
    return "COPY " + dialect.quoteTable(keyTable) + " (" + defectkeytable::kColumns + ") FROM STDIN";
}

void encode(std::span<const DefectKeyRow> rows, std::string &data)
{
    data.clear();
    for (const DefectKeyRow &row : rows) {
        data += std::to_string(row.id);
        data += '\t';
        appendText(data, defectKindKey(row.kind));
        data += '\t';
        appendText(data, row.variant);
        appendField(data, row.columnName);
        appendField(data, row.originalValue);
        appendField(data, row.injectedValue);
        data += '\t';
        data += row.originalId ? std::to_string(row.originalId) : std::string("\\N");
        data += '\n';
    }
}

} // namespace cdr::pgdefectkey
