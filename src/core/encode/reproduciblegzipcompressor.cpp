#include "encode/reproduciblegzipcompressor.h"

#include <zlib.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace cdr {

namespace {
constexpr int kLevel = 1;
constexpr int kGzipWindowBits = 15 + 16; // a 32 KiB window, gzip header and trailer
constexpr int kMemLevel = 8;

[[noreturn]] void failWith(const char *what, int code)
{
    throw std::runtime_error(std::string("gzip compression failed (zlib ") + what + " returned " + std::to_string(code) + ")");
}
} // namespace

struct ReproducibleGzipCompressor::Stream {
    z_stream z{};
};

ReproducibleGzipCompressor::ReproducibleGzipCompressor() : m_stream(std::make_unique<Stream>())
{
    if (const int result = deflateInit2(&m_stream->z, kLevel, Z_DEFLATED, kGzipWindowBits, kMemLevel, Z_DEFAULT_STRATEGY);
        result != Z_OK)
        failWith("deflateInit2", result);
}

ReproducibleGzipCompressor::~ReproducibleGzipCompressor()
{
    deflateEnd(&m_stream->z);
}

void ReproducibleGzipCompressor::compress(std::string_view data, EncodedBatch &out)
{
    z_stream &z = m_stream->z;
    if (const int result = deflateReset(&z); result != Z_OK) // header: no name, no time, so equal texts give equal members
        failWith("deflateReset", result);
    // zlib's input size is 32 bits: larger buffers go in pieces, the bound covers them all.
    const std::size_t room = deflateBound(&z, static_cast<uLong>(data.size())) + 64;
    if (out.bytes.size() < room)
        out.bytes.resize(room);
    z.next_out = reinterpret_cast<Bytef *>(out.bytes.data());
    z.avail_out = static_cast<uInt>(room);
    std::size_t offered = 0;
    int result = Z_OK;
    while (result == Z_OK) {
        const std::size_t piece = std::min<std::size_t>(data.size() - offered, 1u << 30);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + offered));
        z.avail_in = static_cast<uInt>(piece);
        offered += piece;
        result = deflate(&z, offered == data.size() ? Z_FINISH : Z_NO_FLUSH);
        if (result == Z_OK && z.avail_out == 0)
            failWith("deflate (output full)", result);
    }
    if (result != Z_STREAM_END)
        failWith("deflate", result);
    out.size = static_cast<std::size_t>(z.total_out);
}

} // namespace cdr
