#include "encode/gzipbatchencoder.h"

namespace cdr {

GzipBatchEncoder::GzipBatchEncoder(std::unique_ptr<BatchEncoder> inner)
    : m_inner(std::move(inner))
{
}

void GzipBatchEncoder::encode(std::span<const CdrRecord> records, EncodedBatch &out)
{
    m_inner->encode(records, m_plain);
    m_compressor.compress(m_plain.text(), out);
}

} // namespace cdr
