#pragma once

#include "encode/batchencoder.h"
#include "encode/gzipcompressor.h"

#include <memory>

namespace cdr {

// Another encoder's bytes as one gzip member per batch, so batches compress in parallel on the generator threads.
class GzipBatchEncoder : public BatchEncoder {
public:
    explicit GzipBatchEncoder(std::unique_ptr<BatchEncoder> inner);
    void encode(std::span<const CdrRecord> records, EncodedBatch &out) override;

private:
    std::unique_ptr<BatchEncoder> m_inner;
    GzipCompressor m_compressor;
    EncodedBatch m_plain;
};

} // namespace cdr
