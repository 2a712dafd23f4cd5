#include "split/slicedbatchencoder.h"

#include <algorithm>
#include <cstring>

namespace cdr {

SlicedBatchEncoder::SlicedBatchEncoder(SplitPeriod period, std::int64_t roundRecords,
                                       std::unique_ptr<BatchEncoder> rows, StartTimeOf startTimeOf)
    : m_period(period), m_roundRecords(roundRecords), m_rows(std::move(rows)), m_startTimeOf(std::move(startTimeOf))
{
}

void SlicedBatchEncoder::encode(std::span<const CdrRecord> records, EncodedBatch &out)
{
    m_keys.clear();
    for (std::size_t i = 0; i < records.size(); ++i) {
        const CdrRecord &record = records[i];
        const std::int64_t time = m_startTimeOf ? m_startTimeOf(record) : record.startTime;
        m_keys.push_back({(record.id - 1) / m_roundRecords, sliceOf(m_period, time), i});
    }
    // Stable: the records of a group keep their id order.
    std::stable_sort(m_keys.begin(), m_keys.end(), [](const Keyed &a, const Keyed &b) {
        return a.round != b.round ? a.round < b.round : a.slice < b.slice;
    });
    out.parts.clear();
    out.size = 0;
    for (std::size_t begin = 0; begin < m_keys.size();) {
        std::size_t end = begin;
        m_group.clear();
        while (end < m_keys.size() && m_keys[end].round == m_keys[begin].round &&
               m_keys[end].slice == m_keys[begin].slice)
            m_group.push_back(records[m_keys[end++].index]);
        m_rows->encode(m_group, m_groupBytes);
        if (out.bytes.size() < out.size + m_groupBytes.size)
            out.bytes.resize(std::max(out.size + m_groupBytes.size, out.bytes.size() * 2));
        std::memcpy(out.bytes.data() + out.size, m_groupBytes.bytes.data(), m_groupBytes.size);
        out.parts.push_back({m_keys[begin].slice, out.size, m_groupBytes.size, std::int64_t(m_group.size()),
                             m_group.front().id, m_group.back().id});
        out.size += m_groupBytes.size;
        begin = end;
    }
}

} // namespace cdr
