#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace cdr {

// One group of a batch's records encoded together (SlicedBatchEncoder: the records of one file slice, in id order).
struct EncodedPart {
    std::int64_t group = 0;   // e.g. the slice (split/splitperiod.h)
    std::size_t offset = 0;   // the group's bytes are bytes[offset, offset + size)
    std::size_t size = 0;
    std::int64_t rows = 0;
    std::int64_t firstId = 0;
    std::int64_t lastId = 0;
};

// The bytes of one batch as a sink writes them (CSV rows, a gzip member, ...). The buffer is grown and never
// shrunk: producers and sinks swap these back and forth so that a run reuses a few buffers.
struct EncodedBatch {
    std::vector<char> bytes;
    std::size_t size = 0; // bytes[0, size) hold the encoding
    // Empty for an encoder that encodes the batch as a whole; else bytes[0, size) is these parts one after another.
    std::vector<EncodedPart> parts;

    std::string_view text() const { return {bytes.data(), size}; }
    std::string_view text(const EncodedPart &part) const { return {bytes.data() + part.offset, part.size}; }
};

} // namespace cdr
