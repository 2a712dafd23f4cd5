#pragma once

#include "encode/encodedbatch.h"

#include <memory>
#include <string_view>

namespace cdr {

// Compresses a buffer into one complete gzip member (RFC 1952) with zlib's deflate at level 1, whose bytes depend
// on the text alone. For files whose bytes a later run must rewrite exactly: a resumed --split appends members to
// files an earlier process began, and its files must equal an uninterrupted run's.
//
// GzipCompressor (ISA-L) is faster, but on this project's build machine it was seen to compress the same text into
// different (equally valid) members now and then inside a running cdrgen, never in a small program (docs/databases.md,
// "Why zlib"); zlib's plain C deflate has no such freedom.
// One per thread.
class ReproducibleGzipCompressor {
public:
    ReproducibleGzipCompressor();
    ~ReproducibleGzipCompressor();
    ReproducibleGzipCompressor(const ReproducibleGzipCompressor &) = delete;
    ReproducibleGzipCompressor &operator=(const ReproducibleGzipCompressor &) = delete;

    // Replaces out's contents with the member holding data.
    void compress(std::string_view data, EncodedBatch &out);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream; // zlib's state, reset for every member
};

} // namespace cdr
