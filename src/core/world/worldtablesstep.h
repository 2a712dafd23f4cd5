#pragma once

#include "run/runrequest.h"
#include "synth/cdrengine.h"

#include "world/worldrows.h"

#include <atomic>
#include <memory>
#include <string>

namespace cdr {

// The ground truth of a run (database.world_tables / --world-tables): `<table>_subscribers`, `<table>_antennas`,
// `<table>_events`, `<table>_labels` and `<table>_runs` in the run's own target, or sibling CSV files for a CSV
// target. Used by RunController:
// 1. checkTarget() before any record is written (after the sink's start, which changes no row of an existing
//    table when resuming): a resume (or fail) into a target whose `<table>_runs` row has another config digest
//    throws SinkError(Configuration) naming both digests.
// 2. write() with the run's engine (its world is built once per run), before the records for a database (a
//    partial, resumable table already has its truth) and after the committed file for CSV (a cancelled run
//    leaves no file at all); writesAfterRecords() says which. A tsql: or bcp: target keeps the rows for its sink
//    (fileRows()), which writes them into its files.
// Shards: only shard 1 writes (and, with replace, drops) the world tables; the other shards only check the
// digest, so concurrent shards never race on them.
// Every database step is retried on SinkError::Transient with database.retry, like the records (RetryBackoff).
class WorldTablesStep {
public:
    WorldTablesStep(const RunRequest &request, const std::atomic_bool &cancel);

    const std::string &digest() const { return m_digest; }
    bool writesAfterRecords() const;
    void checkTarget() const;
    void write(const CdrEngine &engine) const;
    // For a tsql: or bcp: target, which write the world tables into their own files: the rows write() made
    // (nullptr before it ran); the sink formats them (RecordSink::writeWorldTablesFrom).
    const WorldRows *fileRows() const { return m_fileRows.get(); }
    // A replace run without world tables: removes the world tables (or sibling CSV files) of the table it replaced,
    // which describe records that are gone (a later --world-tables resume would compare with their digest). Only
    // shard 1, like write(); a failure is logged, not thrown (the records are what the run is for).
    static void dropStale(const RunRequest &request, const std::atomic_bool &cancel);

private:
    bool writer() const { return m_request.shard.index == 1; }

    const RunRequest &m_request;
    const std::atomic_bool &m_cancel;
    std::string m_digest;
    mutable std::unique_ptr<const WorldRows> m_fileRows;
};

} // namespace cdr
