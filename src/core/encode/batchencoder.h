#pragma once

#include "encode/encodedbatch.h"
#include "model/cdrrecord.h"

#include <functional>
#include <memory>
#include <span>

namespace cdr {

// Turns a batch of records into the bytes a sink writes. Encoding runs on the generator threads (BatchProducer
// makes one encoder per thread), so a text output is formatted on every core; an encoder keeps per-thread caches
// and need not be thread-safe.
class BatchEncoder {
public:
    virtual ~BatchEncoder() = default;
    // Replaces out's contents with the encoding of records (which may be empty).
    virtual void encode(std::span<const CdrRecord> records, EncodedBatch &out) = 0;
};

// Makes one encoder per thread; callable from any thread.
using BatchEncoderFactory = std::function<std::unique_ptr<BatchEncoder>()>;

} // namespace cdr
