#pragma once

#include "defects/defectkeyrow.h"
#include "encode/batchencoder.h"
#include "model/cdrrecord.h"
#include "tableshape/runvaluelimits.h"
#include "tableshape/tableshapecheck.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cdr {

class WorldRows;

enum class IfExists { Resume, Replace, Fail };

// The run's world rows (--world-tables) once its engine is built; nullptr before and without world tables.
using WorldRowsSource = std::function<const WorldRows *()>;

// The answer key of a run's defects for ids [firstId, lastId] (DefectInjector::describe), appended to rows.
using DefectKeySource = std::function<void(std::int64_t firstId, std::int64_t lastId, std::vector<DefectKeyRow> &rows)>;

// Where records go. A sink lives in one thread (QSqlDatabase connections are per thread). Every method may throw
// SinkError. Call order: open() -> prepare() -> maxIdIn() -> writeBatch()* -> finish(); after a Transient error
// the run calls close(), then open() and maxIdIn() again before retrying.
class RecordSink {
public:
    virtual ~RecordSink() = default;

    // What the run will write (largest id, longest texts): an existing table must hold it. Set before prepare();
    // each sink starts with ids 1..generation.records of its config.
    void expectValues(const RunValueLimits &limits) { m_expected = limits; }
    // defects: with world tables. Set before prepare(): a sink that storesDefectKey() then keeps <table>_defects
    // (created with the table, dropped with it on replace) and writes the key rows of a batch's ids in the batch's
    // transaction, so a resumed or retried run keeps the key in step with the records.
    void writeDefectKeyFrom(DefectKeySource source) { m_defectKey = std::move(source); }
    virtual bool storesDefectKey() const { return false; }
    // world tables into a file target that carries them (tsql:, bcp:): the sink asks for the rows when it writes
    // them, which is after the engine was built and before the first record.
    void writeWorldTablesFrom(WorldRowsSource source) { m_worldRows = std::move(source); }

    virtual void open() = 0;
    // After open(): the existing table's columns checked against expectValues(); nullopt when there is no such
    // table (and for CSV). Reads the catalog only; the GUI's Test connection reports it.
    virtual std::optional<TableShapeCheck> checkExistingTable() { return std::nullopt; }
    // Creates the table (23 columns) and the three indexes if missing; Replace drops an existing table first;
    // Fail throws SinkError(Configuration) if the table already holds rows. Unless replacing, an existing table
    // that checkExistingTable() finds problems with is refused with SinkError(Configuration) before any DDL.
    virtual void prepare(IfExists ifExists) = 0;
    // Highest id present in [first, last] (0 when there is none / a new file): a shard of a run compares with its
    // own ids only. Resume continues at maxIdIn(first, last) + 1.
    virtual std::int64_t maxIdIn(std::int64_t first, std::int64_t last) = 0;
    // Highest id present in the whole table.
    std::int64_t maxId() { return maxIdIn(1, std::numeric_limits<std::int64_t>::max()); }
    // Inserts the rows in one transaction: after it returns they are committed; when it throws none of them are.
    // A pipelining sink (below) may return before they are committed.
    virtual void writeBatch(std::span<const CdrRecord> records) = 0;
    // Sinks that write text have it encoded on the generator threads (BatchProducer): the factory makes one
    // encoder per thread, and each batch then arrives here with its encoding. The default, an empty factory,
    // means records only.
    virtual BatchEncoderFactory encoderFactory() const { return {}; }
    // writeBatch() with `encoded` = this sink's encoding of records; may swap encoded's buffer for another one.
    virtual void writeEncodedBatch(std::span<const CdrRecord> records, EncodedBatch &encoded)
    {
        (void)encoded;
        writeBatch(records);
    }
    // Pipelining, for sinks that can store one batch while the next is sent (PostgreSQL COPY over two sessions).
    // When it returns true, writeBatch() returns as soon as its rows are sent, having committed the batch before
    // it; flush() commits the last one. Batches stay one transaction each and are committed in id order, so the
    // table always holds a prefix of the ids written; a failure, closeForReconnect() or close() without flush()
    // rolls back the batch in flight. Asked after every open(); the default sink commits inside writeBatch().
    virtual bool startPipelining() { return false; }
    virtual void flush() {}
    // After the last batch (e.g. build deferred indexes, commit a file). Not called for a cancelled or failed run
    // unless noted by the sink.
    virtual void finish() = 0;
    virtual void close() = 0;
    // Before a reconnect: like close(), but the run goes on, so work meant for its end (deferred indexes) waits.
    virtual void closeForReconnect() { close(); }
    // Runs one statement (or one GO batch) of database.before_load_sql / after_load_sql on this sink's connection,
    // outside any batch's transaction, and discards what it returns. Throws SinkError with the database's message.
    // The default, a target that runs no SQL, throws SinkError(Configuration).
    virtual void runStatement(const std::string &sql);
    // True when the driver reports the connection dead (then any error is worth a reconnect and resume).
    virtual bool connectionDead() { return false; }

    // "PostgreSQL localhost:5432/cdrdb table cdr" — for logs and the summary, never with a password.
    virtual std::string describe() const = 0;

protected:
    const RunValueLimits &expectedValues() const { return m_expected; }
    const DefectKeySource &defectKeySource() const { return m_defectKey; }
    const WorldRows *worldRows() const { return m_worldRows ? m_worldRows() : nullptr; }

private:
    RunValueLimits m_expected;
    DefectKeySource m_defectKey;
    WorldRowsSource m_worldRows;
};

} // namespace cdr
