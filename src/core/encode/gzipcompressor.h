#pragma once

#include "encode/encodedbatch.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace cdr {

// Compresses a buffer into one complete gzip member (RFC 1952) with Intel's ISA-L igzip at level 1, its fastest
// level that still searches for matches (text shrinks to about 0.37 of its size). Members written one after
// another form a valid multi-member gzip file: gzip -d, zcat and zlib's gzread read it as one stream. One per thread.
class GzipCompressor {
public:
    GzipCompressor();

    // Replaces out's contents with the member holding data.
    void compress(std::string_view data, EncodedBatch &out);

private:
    std::vector<std::uint8_t> m_levelBuffer; // igzip's working memory for its level
};

} // namespace cdr
