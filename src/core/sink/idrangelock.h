#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace cdr {

// Before a session reads MAX(id) among a run's (shard's) ids, it takes a session-level lock on that id range
// (SqlDialect::tryLockIds). A run killed mid-batch leaves a server session that may still commit its last batch;
// the lock is freed only when that session has ended, so the rerun (or the reconnect after a lost connection)
// reads MAX(id) after that commit, never before it. It also stops two processes from loading the same ids at once.
// Polls tryLock (true = now held) for up to `waitS` seconds, then throws SinkError(Transient) naming the ids, so
// the run retries with its usual backoff.
void waitForIdRangeLock(const std::function<bool()> &tryLock, const std::string &table, std::int64_t first,
                        std::int64_t last, int waitS = 10);

} // namespace cdr
