#pragma once

#include "config/config.h"
#include "sink/recordsink.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <span>
#include <string>

namespace cdr {

// Puts batches into a sink through failures: SinkError::Transient -> close, wait (exponential backoff with jitter
// from database.retry), reopen, re-read MAX(id) within the run's (shard's) ids and skip the rows a commit that did
// succeed already stored, retry. Because records are deterministic, the table after any number of failures equals
// an uninterrupted run.
class ResilientWriter {
public:
    using SinkFactory = std::function<std::unique_ptr<RecordSink>()>;

    ResilientWriter(SinkFactory makeSink, const DatabaseConfig &policy, const std::atomic_bool &cancel);
    ~ResilientWriter();

    // Connects (retrying transient failures) and prepares the table. Returns the resume point: the highest id
    // present among first..last (this run's or shard's ids), 0 when none. Throws SinkError when it cannot.
    std::int64_t start(IfExists ifExists, std::int64_t first = 1,
                       std::int64_t last = std::numeric_limits<std::int64_t>::max());
    // Writes records (ascending contiguous ids) so that afterwards every one of them is committed exactly once.
    // Returns false if cancel was raised while waiting to retry (nothing of this batch beyond maxId is written).
    // Throws SinkError for non-transient errors (naming the batch's ids) or when attempts are exhausted.
    // With a pipelining sink (RecordSink::startPipelining) the last batch may still be in flight when write()
    // returns: the writer keeps a copy and sends it again if a failure loses it.
    bool write(std::span<const CdrRecord> records, EncodedBatch *encoded = nullptr);
    // After start(): the sink's encoder factory (RecordSink::encoderFactory), so that the producer encodes batches
    // for write(records, &encoded); empty for a sink that takes records only.
    BatchEncoderFactory encoderFactory() const;
    // After start(): whether the sink writes the defects answer key with the records (RecordSink::storesDefectKey).
    bool storesDefectKey() const;
    // Commits the batch a pipelining sink still has in flight (retrying like write()). False if cancelled.
    bool flush();
    // flush(), then the sink's end-of-run work (deferred indexes).
    void finish();
    // After start() and before the first write(), or after finish(): runs one statement of database.*_load_sql on
    // the sink's connection, once (never retried: a script need not be idempotent). Throws the sink's SinkError.
    void runStatement(const std::string &sql);
    // The highest id present among the run's ids again (a before-load script may have changed the table).
    std::int64_t resumePoint();
    // Commits what is in flight (one attempt), then closes: for a cancelled run. Without it (failure, destructor)
    // the batch in flight is rolled back, and lastCommittedId() tells what is stored.
    void close();
    // Highest id this writer has written and knows committed; 0 when none yet.
    std::int64_t lastCommittedId() const;
    std::string describe() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr
