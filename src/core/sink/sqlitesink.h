#pragma once

#include "config/config.h"
#include "sink/recordsink.h"

#include <cstdint>
#include <memory>
#include <string>

namespace cdr {

// The embedded default target: a QSQLITE connection whose native sqlite3* runs one prepared INSERT per row
// (sqlite3_bind_*, no QVariant), WAL, one transaction per batch. Into a new or empty table the three indexes are
// built after the load (several times faster than maintaining them); finish() and close() build missing ones, and
// so does the next prepare() after a crash, so the table always ends up with them.
class SqliteSink : public RecordSink {
public:
    SqliteSink(std::string path, std::string table, const Config &config);
    ~SqliteSink() override;

    void open() override;
    std::optional<TableShapeCheck> checkExistingTable() override;
    void prepare(IfExists ifExists) override;
    std::int64_t maxIdIn(std::int64_t first, std::int64_t last) override;
    void writeBatch(std::span<const CdrRecord> records) override;
    void finish() override;
    void close() override;
    std::string describe() const override;
    void runStatement(const std::string &sql) override;
    bool storesDefectKey() const override { return true; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr
