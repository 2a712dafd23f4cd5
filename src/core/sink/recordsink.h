#pragma once

#include "model/cdrrecord.h"

#include <cstdint>
#include <span>
#include <string>

namespace cdr {

enum class IfExists { Resume, Replace, Fail };

// Where records go. A sink lives in one thread (QSqlDatabase connections are per thread). Every method may throw
// SinkError. Call order: open() -> prepare() -> maxId() -> writeBatch()* -> finish(); after a Transient error the
// run calls close(), then open() and maxId() again before retrying.
class RecordSink {
public:
    virtual ~RecordSink() = default;

    virtual void open() = 0;
    // Creates the table (23 columns) and the three indexes if missing; Replace drops an existing table first;
    // Fail throws SinkError(Configuration) if the table already holds rows.
    virtual void prepare(IfExists ifExists) = 0;
    // Highest id present (0 for an empty table / a new file). Resume continues at maxId() + 1.
    virtual std::int64_t maxId() = 0;
    // Inserts the rows in one transaction: after it returns they are committed; when it throws none of them are.
    virtual void writeBatch(std::span<const CdrRecord> records) = 0;
    // After the last batch (e.g. build deferred indexes, commit a file). Not called for a cancelled or failed run
    // unless noted by the sink.
    virtual void finish() = 0;
    virtual void close() = 0;

    // "PostgreSQL localhost:5432/cdrdb table cdr" — for logs and the summary, never with a password.
    virtual std::string describe() const = 0;
};

} // namespace cdr
