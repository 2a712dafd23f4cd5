#include "delivery/tsqlliteral.h"

#include <algorithm>

namespace cdr {

namespace {

constexpr std::size_t kDateTimeSeparator = 10; // "YYYY-MM-DD HH:MM:SS": the space between date and time

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

void appendTsqlLiteral(std::string &out, ColumnKind kind, std::string_view field)
{
    if (field.empty()) {
        out += "NULL";
        return;
    }
    switch (kind) {
    case ColumnKind::Id:
    case ColumnKind::Integer:
    case ColumnKind::Real:
        out += field;
        return;
    case ColumnKind::Timestamp:
        out += '\'';
        out += field;
        if (field.size() > kDateTimeSeparator && field[kDateTimeSeparator] == ' ')
            out[out.size() - field.size() + kDateTimeSeparator] = 'T';
        out += '\'';
        return;
    case ColumnKind::Text:
        if (!isAscii(field))
            out += 'N';
        out += '\'';
        for (char c : field) {
            out += c;
            if (c == '\'')
                out += '\'';
        }
        out += '\'';
        return;
    }
}

} // namespace cdr
