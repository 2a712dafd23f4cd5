#pragma once

#include "encode/batchencoder.h"
#include "model/cdrrecord.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace cdr {

class CdrEngine;

// Changes a generated batch in place before it is encoded or handed out (defects: DefectInjector::damage), on the
// worker threads; must be thread-safe and depend on the records alone.
using BatchTransform = std::function<void(std::vector<CdrRecord> &)>;

// Generates ids [firstId, lastId] on `threads` worker threads and hands out batches strictly in id order through a
// bounded queue (memory stays bounded whatever the run size). With an encoder factory, every batch is also encoded
// (formatted, compressed) off the consumer's path: by the workers, and by the consumer itself while it waits.
class BatchProducer {
public:
    BatchProducer(const CdrEngine &engine, std::int64_t firstId, std::int64_t lastId, std::int64_t batchSize,
                  int threads, BatchEncoderFactory encoders = {}, BatchTransform transform = {});
    ~BatchProducer(); // stops and joins the workers

    // Next batch in id order (replaces batch's contents). False when all ids were handed out or after stop().
    bool next(std::vector<CdrRecord> &batch);
    // The same, with the batch's encoding swapped into encoded (needs an encoder factory). Hand the same
    // EncodedBatch back each time: its old buffer is reused.
    bool next(std::vector<CdrRecord> &batch, EncodedBatch &encoded);
    void stop();

    // Batches held at most at once (generated or being generated, not yet taken): the memory bound.
    std::size_t capacity() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr
