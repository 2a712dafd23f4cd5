#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace cdr {

// The bytes of one batch as a sink writes them (CSV rows, a gzip member, ...). The buffer is grown and never
// shrunk: producers and sinks swap these back and forth so that a run reuses a few buffers.
struct EncodedBatch {
    std::vector<char> bytes;
    std::size_t size = 0; // bytes[0, size) hold the encoding

    std::string_view text() const { return {bytes.data(), size}; }
};

} // namespace cdr
