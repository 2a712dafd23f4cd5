#pragma once

#include "model/cdrrecord.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace cdr {

class CdrEngine;

// Generates ids [firstId, lastId] on `threads` worker threads and hands out batches strictly in id order through a
// bounded queue (memory stays bounded whatever the run size).
class BatchProducer {
public:
    BatchProducer(const CdrEngine &engine, std::int64_t firstId, std::int64_t lastId, std::int64_t batchSize,
                  int threads);
    ~BatchProducer(); // stops and joins the workers

    // Next batch in id order (replaces batch's contents). False when all ids were handed out or after stop().
    bool next(std::vector<CdrRecord> &batch);
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr
