#pragma once

#include "config/config.h"
#include "sink/recordsink.h"

#include <cstdint>
#include <memory>
#include <string>

namespace cdr {

// RFC 4180 CSV with the 23-column header; a PATH ending in .gz is gzip-compressed, one gzip member per batch (a
// multi-member file that gzip -d, zcat and zlib read as one stream). A file is written through QSaveFile and appears only when finish()
// commits it (a cancelled or failed run leaves no half file); "-" writes to stdout as it goes.
// No resume: maxIdIn() is 0; IfExists::Fail refuses an existing file, Resume and Replace overwrite it.
class CsvSink : public RecordSink {
public:
    CsvSink(std::string path, const Config &config);
    ~CsvSink() override;

    void open() override;
    void prepare(IfExists ifExists) override;
    std::int64_t maxIdIn(std::int64_t first, std::int64_t last) override;
    void writeBatch(std::span<const CdrRecord> records) override;
    BatchEncoderFactory encoderFactory() const override;
    void writeEncodedBatch(std::span<const CdrRecord> records, EncodedBatch &encoded) override;
    void finish() override;
    void close() override;
    std::string describe() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr
