#include "delivery/tsqlliteral.h"

#include <algorithm>
#include <cstring>

namespace cdr {

namespace {

constexpr std::size_t kDateTimeSeparator = 10; // "YYYY-MM-DD HH:MM:SS": the space between date and time

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

char *copy(char *out, std::string_view text)
{
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

} // namespace

char *writeTsqlLiteral(char *out, ColumnKind kind, std::string_view field)
{
    if (field.empty())
        return copy(out, "NULL");
    switch (kind) {
    case ColumnKind::Id:
    case ColumnKind::Integer:
    case ColumnKind::Real:
        return copy(out, field);
    case ColumnKind::Timestamp: {
        *out++ = '\'';
        char *start = out;
        out = copy(out, field);
        if (field.size() > kDateTimeSeparator && field[kDateTimeSeparator] == ' ')
            start[kDateTimeSeparator] = 'T';
        *out++ = '\'';
        return out;
    }
    case ColumnKind::Text:
        if (!isAscii(field))
            *out++ = 'N';
        *out++ = '\'';
        for (std::size_t quote = field.find('\''); quote != std::string_view::npos; quote = field.find('\'')) {
            out = copy(out, field.substr(0, quote + 1));
            *out++ = '\'';
            field.remove_prefix(quote + 1);
        }
        out = copy(out, field);
        *out++ = '\'';
        return out;
    }
    return out;
}

} // namespace cdr
