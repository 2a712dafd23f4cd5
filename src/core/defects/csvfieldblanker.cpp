#include "defects/csvfieldblanker.h"

namespace cdr {

namespace {

// The end of the field starting at p: the comma or newline after it, or end.
const char *fieldEnd(const char *p, const char *end)
{
    bool quoted = false;
    for (; p < end; ++p) {
        if (*p == '"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (!quoted && (*p == ',' || *p == '\n'))
            return p;
    }
    return end;
}

} // namespace

char *blankCsvFields(char *row, char *end, std::uint32_t columns)
{
    char *out = row;
    const char *in = row;
    for (std::uint32_t column = 0; in < end; ++column) {
        const char *stop = fieldEnd(in, end);
        if (column >= 32 || !(columns & (std::uint32_t{1} << column)))
            for (const char *p = in; p < stop; ++p)
                *out++ = *p;
        if (stop == end)
            break;
        *out++ = *stop; // the comma or the newline
        in = stop + 1;
    }
    return out;
}

} // namespace cdr
