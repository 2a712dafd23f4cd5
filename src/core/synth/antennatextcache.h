#pragma once

#include "model/cdrrecord.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace cdr {

// The CSV text of an antenna's five columns ("ANT17,MACRO,50.85,4.35,30,"), remembered per antenna id. A run has
// a few thousand antennas and every row writes two of them, so a writer thread that keeps one of these formats
// each antenna once instead of on every row. Entries are checked against the record's antenna, so a record whose
// antenna differs from the cached one (another world) is still written correctly. Not thread-safe: one per writer.
class AntennaTextCache {
public:
    static constexpr std::size_t kMaxText = 56;
    static constexpr std::int64_t kMaxEntries = 1 << 17; // ~12 MB at most; ids beyond are formatted per row

    AntennaTextCache(std::int64_t firstId, std::int64_t lastId)
        : m_firstId(firstId),
          m_entries(static_cast<std::size_t>(std::clamp<std::int64_t>(lastId - firstId + 1, 0, kMaxEntries)))
    {
    }

    struct Entry {
        AntennaRef antenna;
        std::uint8_t length = 0; // 0 = empty
        char text[kMaxText];
    };

    // The entry for this antenna, or nullptr when the id is outside the cached range.
    Entry *slot(std::int32_t id)
    {
        const std::int64_t index = static_cast<std::int64_t>(id) - m_firstId;
        return index >= 0 && index < static_cast<std::int64_t>(m_entries.size())
            ? &m_entries[static_cast<std::size_t>(index)]
            : nullptr;
    }
    static bool matches(const Entry &e, const AntennaRef &a)
    {
        return e.length != 0 && e.antenna.id == a.id && e.antenna.type == a.type && e.antenna.altitude == a.altitude
            && e.antenna.lat == a.lat && e.antenna.lon == a.lon;
    }

private:
    std::int64_t m_firstId;
    std::vector<Entry> m_entries;
};

} // namespace cdr
