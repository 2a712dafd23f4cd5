#include "delivery/tsqlbatchencoder.h"

#include "delivery/tsqlliteral.h"
#include "delivery/tsqlscript.h"

#include <algorithm>
#include <cstring>

namespace cdr {

TsqlBatchEncoder::TsqlBatchEncoder(std::shared_ptr<const Config> config, std::string table)
    : m_config(std::move(config)), m_table(std::move(table)), m_fields(*m_config)
{
}

void TsqlBatchEncoder::encode(std::span<const CdrRecord> records, EncodedBatch &out)
{
    m_text.clear();
    if (!records.empty()) {
        m_fields.formatFields(records);
        m_text.reserve(m_fields.textSize() * 2);
        m_text += TsqlScript::kBeginTransaction;
        for (std::size_t first = 0; first < records.size(); first += TsqlScript::kRowsPerInsert) {
            const std::size_t end = std::min(records.size(), first + TsqlScript::kRowsPerInsert);
            TsqlScript::appendGuardedInsert(m_text, m_table, records[first].id, records[end - 1].id);
            for (std::size_t row = first; row < end; ++row) {
                m_text += '(';
                for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
                    if (c)
                        m_text += ',';
                    appendTsqlLiteral(m_text, kCdrColumns[c].kind, m_fields.field(row, c));
                }
                m_text += row + 1 == end ? ");\n" : "),\n";
            }
        }
        m_text += TsqlScript::kCommitTransaction;
    }
    if (out.bytes.size() < m_text.size())
        out.bytes.resize(m_text.size());
    std::memcpy(out.bytes.data(), m_text.data(), m_text.size());
    out.size = m_text.size();
}

} // namespace cdr
