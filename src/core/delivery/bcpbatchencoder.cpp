#include "delivery/bcpbatchencoder.h"

#include "model/schema.h"

#include <cstring>

namespace cdr {

BcpBatchEncoder::BcpBatchEncoder(std::shared_ptr<const Config> config)
    : m_config(std::move(config)), m_fields(*m_config)
{
}

void BcpBatchEncoder::encode(std::span<const CdrRecord> records, EncodedBatch &out)
{
    m_fields.formatFields(records);
    // Each field loses at least its CSV separator and gains one terminator byte; each row gains one CR.
    const std::size_t needed = m_fields.textSize() + m_fields.rows() * kRowTerminator.size();
    if (out.bytes.size() < needed)
        out.bytes.resize(needed);
    char *p = out.bytes.data();
    for (std::size_t row = 0; row < m_fields.rows(); ++row) {
        for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
            const std::string_view value = m_fields.field(row, c);
            std::memcpy(p, value.data(), value.size());
            p += value.size();
            const std::string_view end = c + 1 == kCdrColumnCount ? kRowTerminator : kFieldTerminator;
            std::memcpy(p, end.data(), end.size());
            p += end.size();
        }
    }
    out.size = static_cast<std::size_t>(p - out.bytes.data());
}

} // namespace cdr
