#include "encode/csvbatchencoder.h"

namespace cdr {

CsvBatchEncoder::CsvBatchEncoder(std::shared_ptr<const Config> config)
    : m_config(std::move(config)), m_formatter(*m_config),
      m_antennaText(m_config->antennaId.min, m_config->antennaId.max)
{
}

void CsvBatchEncoder::encode(std::span<const CdrRecord> records, EncodedBatch &out)
{
    const std::size_t needed = records.size() * m_formatter.maxRowLength() + AntennaTextCache::kMaxText;
    if (out.bytes.size() < needed)
        out.bytes.resize(needed); // rows are written in place: a grown buffer is never zero-filled again
    char *end = out.bytes.data();
    for (const CdrRecord &record : records)
        end = m_formatter.writeCsvRow(end, record, m_antennaText);
    out.size = static_cast<std::size_t>(end - out.bytes.data());
}

} // namespace cdr
