#pragma once

#include "sink/recordsink.h"

#include <cstdint>
#include <functional>
#include <span>

namespace cdr {

// The answer key rows of ids [first, last], `idsPerChunk` ids at a time: `each` gets every chunk's rows in id order
// (an id's rows never split between two chunks), also an empty one.
void forEachDefectKeyChunk(const DefectKeySource &source, std::int64_t first, std::int64_t last,
                           std::int64_t idsPerChunk, const std::function<void(std::span<const DefectKeyRow>)> &each);

} // namespace cdr
