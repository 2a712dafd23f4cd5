#include "sink/batchtext.h"

#include "sink/sinkerror.h"

namespace cdr {

const std::string &BatchText::formatCsv(std::span<const CdrRecord> records)
{
    m_text.clear();
    m_fields.clear();
    for (const CdrRecord &record : records)
        m_formatter.appendCsvRow(m_text, record);
    return m_text;
}

void BatchText::formatFields(std::span<const CdrRecord> records)
{
    formatCsv(records);
    m_fields.reserve(records.size() * kCdrColumnCount);
    char *p = m_text.data();
    char *const end = p + m_text.size();
    while (p < end) {
        for (std::size_t column = 0; column < kCdrColumnCount; ++column) {
            char *start = p;
            if (p < end && *p == '"') {
                // RFC 4180 quoted field: unquote in place (the value only gets shorter).
                char *out = p;
                ++p;
                while (p < end) {
                    if (*p == '"') {
                        if (p + 1 < end && p[1] == '"') {
                            *out++ = '"';
                            p += 2;
                            continue;
                        }
                        ++p;
                        break;
                    }
                    *out++ = *p++;
                }
                m_fields.emplace_back(start, std::size_t(out - start));
            } else {
                while (p < end && *p != ',' && *p != '\n')
                    ++p;
                m_fields.emplace_back(start, std::size_t(p - start));
            }
            const char expected = column + 1 == kCdrColumnCount ? '\n' : ',';
            if (p >= end || *p != expected)
                throw SinkError(SinkError::Kind::Fatal, "internal error: a formatted record does not have 23 fields");
            ++p;
        }
    }
}

} // namespace cdr
