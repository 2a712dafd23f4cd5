#pragma once

#include <cstdint>
#include <vector>

namespace cdr {

// Walker's alias method: O(1) draws from a fixed discrete distribution, one 64-bit random value per draw.
class AliasTable {
public:
    AliasTable() = default;
    // Weights need not be normalised; negative weights count as 0. All-zero weights give a uniform table.
    explicit AliasTable(const std::vector<double> &weights);

    std::uint32_t sample(std::uint64_t random) const
    {
        const auto slot = static_cast<std::uint32_t>(((random >> 32) * m_size) >> 32);
        const Entry &entry = m_entries[slot];
        return static_cast<std::uint32_t>(random) < entry.threshold ? slot : entry.alias;
    }
    // Brings the entry a draw with this random value will read into the cache.
    void prefetch(std::uint64_t random) const
    {
        __builtin_prefetch(&m_entries[static_cast<std::uint32_t>(((random >> 32) * m_size) >> 32)]);
    }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

private:
    std::uint64_t m_size = 0;
    struct Entry {
        std::uint32_t threshold; // accept the slot when the low 32 bits are below it
        std::uint32_t alias;
    };
    std::vector<Entry> m_entries; // one cache access per draw
};

} // namespace cdr
