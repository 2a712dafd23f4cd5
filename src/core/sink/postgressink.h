#pragma once

#include "config/config.h"
#include "sink/recordsink.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace cdr {

// -o postgresql://...: a QPSQL connection whose native PGconn* streams each batch through
// COPY ... FROM STDIN (FORMAT binary) (libpq), one COPY per batch, which is one transaction. Each column is sent
// in the binary form of the table's own column type (int2/int4/int8, float4/float8, timestamp[tz], text); a table
// with a column type that has no binary form here (numeric) is loaded with text COPY instead. Batches are encoded
// into their COPY data on the generator threads (encoderFactory(), PgCopyEncoder; valid after prepare(), which
// picks the form); a batch given as records only (a retry) is encoded here the same way. Pipelining
// (RecordSink::startPipelining, what runs use) adds a second libpq session: batches alternate between the two,
// each in its own transaction, so the server stores one batch while the next arrives on the other session, and
// commits follow id order. A new or empty table is loaded without its three indexes; they are built by finish(),
// or by close() when the run is cancelled or fails (a hard kill is repaired by the next run's prepare(), which
// builds them on a table holding rows). Several shards may share one table: DDL that loses a race with another
// shard's identical statement is run again. With writeDefectKeyFrom(), the answer key table <table>_defects is
// created with the table and each batch's key rows go by COPY in the batch's transaction, before its records;
// --if-exists replace drops it with the table.
class PostgresSink : public RecordSink {
public:
    struct Target {
        std::string host, port, user, password, database;
        // libpq connection parameters from the URL's query (sslmode, sslrootcert, connect_timeout, ...).
        std::vector<std::pair<std::string, std::string>> parameters;
    };
    PostgresSink(Target target, std::string table, const Config &config);
    ~PostgresSink() override;

    void open() override;
    std::optional<TableShapeCheck> checkExistingTable() override;
    bool storesDefectKey() const override { return true; }
    void prepare(IfExists ifExists) override;
    std::int64_t maxIdIn(std::int64_t first, std::int64_t last) override;
    void writeBatch(std::span<const CdrRecord> records) override;
    BatchEncoderFactory encoderFactory() const override;
    void writeEncodedBatch(std::span<const CdrRecord> records, EncodedBatch &encoded) override;
    bool startPipelining() override;
    void flush() override;
    bool connectionDead() override;
    void finish() override;
    void close() override;
    void closeForReconnect() override;
    std::string describe() const override;
    void runStatement(const std::string &sql) override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr
