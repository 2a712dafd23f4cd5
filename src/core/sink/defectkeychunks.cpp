#include "sink/defectkeychunks.h"

#include <algorithm>
#include <vector>

namespace cdr {

void forEachDefectKeyChunk(const DefectKeySource &source, std::int64_t first, std::int64_t last,
                           std::int64_t idsPerChunk, const std::function<void(std::span<const DefectKeyRow>)> &each)
{
    std::vector<DefectKeyRow> rows;
    for (std::int64_t from = first; from <= last; from += idsPerChunk) {
        rows.clear();
        const std::int64_t to = last - from < idsPerChunk ? last : from + idsPerChunk - 1;
        source(from, to, rows);
        each(rows);
        if (to == last)
            break;
    }
}

} // namespace cdr
