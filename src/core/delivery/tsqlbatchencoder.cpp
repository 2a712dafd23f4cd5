#include "delivery/tsqlbatchencoder.h"

#include "delivery/tsqlliteral.h"
#include "delivery/tsqlscript.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace cdr {

namespace {

constexpr std::size_t kIdDigits = 20;

char *copy(char *out, std::string_view text)
{
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

} // namespace

TsqlBatchEncoder::TsqlBatchEncoder(std::shared_ptr<const Config> config, std::string table)
    : m_config(std::move(config)), m_fields(*m_config), m_guard(TsqlScript::guard(table)),
      m_insertInto(TsqlScript::insertInto(table))
{
}

void TsqlBatchEncoder::encode(std::span<const CdrRecord> records, EncodedBatch &out)
{
    out.size = 0;
    if (records.empty())
        return;
    m_fields.formatFields(records);
    const std::size_t inserts = (records.size() + TsqlScript::kRowsPerInsert - 1) / TsqlScript::kRowsPerInsert;
    // A field's literal fits maxTsqlLiteralLength() of its text (2 x its bytes + 4); a row adds "(", 22 commas and
    // "),\n".
    const std::size_t needed = 2 * m_fields.textSize() + records.size() * (kCdrColumnCount * 5 + 4) +
                               inserts * (m_guard.size() + m_insertInto.size() + 2 * kIdDigits + 2) +
                               TsqlScript::kBeginTransaction.size() + TsqlScript::kCommitTransaction.size();
    if (out.bytes.size() < needed)
        out.bytes.resize(needed); // written in place: a grown buffer is never zero-filled again
    char *p = copy(out.bytes.data(), TsqlScript::kBeginTransaction);
    for (std::size_t first = 0; first < records.size(); first += TsqlScript::kRowsPerInsert) {
        const std::size_t end = std::min(records.size(), first + TsqlScript::kRowsPerInsert);
        p = copy(p, m_guard);
        p = std::to_chars(p, p + kIdDigits, records[first].id).ptr;
        p = copy(p, ", ");
        p = std::to_chars(p, p + kIdDigits, records[end - 1].id).ptr;
        p = copy(p, m_insertInto);
        for (std::size_t row = first; row < end; ++row) {
            *p++ = '(';
            for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
                if (c)
                    *p++ = ',';
                p = writeTsqlLiteral(p, kCdrColumns[c].kind, m_fields.field(row, c));
            }
            p = copy(p, row + 1 == end ? ");\n" : "),\n");
        }
    }
    p = copy(p, TsqlScript::kCommitTransaction);
    out.size = static_cast<std::size_t>(p - out.bytes.data());
}

} // namespace cdr
