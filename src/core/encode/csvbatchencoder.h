#pragma once

#include "config/config.h"
#include "encode/batchencoder.h"
#include "synth/antennatextcache.h"
#include "synth/recordformatter.h"

#include <memory>

namespace cdr {

// RFC 4180 rows (no header), exactly as RecordFormatter writes them.
class CsvBatchEncoder : public BatchEncoder {
public:
    explicit CsvBatchEncoder(std::shared_ptr<const Config> config);
    void encode(std::span<const CdrRecord> records, EncodedBatch &out) override;

private:
    std::shared_ptr<const Config> m_config; // RecordFormatter keeps a reference to it
    RecordFormatter m_formatter;
    AntennaTextCache m_antennaText;
};

} // namespace cdr
