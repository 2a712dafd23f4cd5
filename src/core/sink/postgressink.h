#pragma once

#include "config/config.h"
#include "sink/recordsink.h"

#include <memory>
#include <string>

namespace cdr {

// -o postgresql://...: a QPSQL connection whose native PGconn* streams each batch as CSV through
// COPY ... FROM STDIN (libpq), one COPY per batch, which is one transaction.
class PostgresSink : public RecordSink {
public:
    struct Target {
        std::string host, port, user, password, database;
    };
    PostgresSink(Target target, std::string table, const Config &config);
    ~PostgresSink() override;

    void open() override;
    void prepare(IfExists ifExists) override;
    std::int64_t maxIdIn(std::int64_t first, std::int64_t last) override;
    void writeBatch(std::span<const CdrRecord> records) override;
    void finish() override;
    void close() override;
    std::string describe() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr
