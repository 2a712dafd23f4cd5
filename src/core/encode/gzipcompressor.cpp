#include "encode/gzipcompressor.h"

#include <isa-l/igzip_lib.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace cdr {

namespace {
constexpr int kLevel = 1;
} // namespace

GzipCompressor::GzipCompressor() : m_levelBuffer(ISAL_DEF_LVL1_DEFAULT) {}

void GzipCompressor::compress(std::string_view data, EncodedBatch &out)
{
    // Text compresses to about a third; the first try's room holds even incompressible data, the loop is a guard.
    std::size_t room = data.size() + data.size() / 8 + 4096;
    for (;;) {
        if (out.bytes.size() < room)
            out.bytes.resize(room);
        isal_zstream stream;
        isal_deflate_stateless_init(&stream);
        stream.level = kLevel;
        stream.level_buf = m_levelBuffer.data();
        stream.level_buf_size = static_cast<std::uint32_t>(m_levelBuffer.size());
        stream.gzip_flag = IGZIP_GZIP;
        stream.end_of_stream = 1;
        stream.flush = NO_FLUSH;
        stream.next_in = reinterpret_cast<std::uint8_t *>(const_cast<char *>(data.data()));
        stream.avail_in = static_cast<std::uint32_t>(data.size());
        stream.next_out = reinterpret_cast<std::uint8_t *>(out.bytes.data());
        stream.avail_out = static_cast<std::uint32_t>(out.bytes.size());
        const int result = isal_deflate_stateless(&stream);
        if (result == COMP_OK) {
            out.size = stream.total_out;
            return;
        }
        if (result != STATELESS_OVERFLOW)
            throw std::runtime_error("gzip compression failed (ISA-L error " + std::to_string(result) + ")");
        room *= 2;
    }
}

} // namespace cdr
