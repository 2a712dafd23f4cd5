#pragma once

#include "config/config.h"
#include "config/defectcatalogue.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace cdr {

// What a record's draw gave it: one kind, one variant of it (index into defectVariants()), for missing_fields the
// column (index into kCdrColumns), for a duplicate the id of the record it copies.
struct DefectDraw {
    DefectKind kind = DefectKind::Duplicate;
    std::uint8_t variant = 0;
    std::uint8_t column = 0;
    std::int64_t sourceId = 0;
};

// Which records take which defect: a pure function of (config, seed, id) through its own random stream
// (StreamKind::Defects), so any thread count, batch size, shard or resume damages the same records.
class DefectPlan {
public:
    explicit DefectPlan(const Config &config);

    bool enabled() const { return m_enabled; }
    std::optional<DefectDraw> draw(std::int64_t id) const;
    // The variants config allows for a kind (indexes into defectVariants(kind)).
    const std::vector<std::uint8_t> &allowedVariants(DefectKind kind) const
    {
        return m_kinds[static_cast<std::size_t>(kind)].variants;
    }

    // A duplicate copies a clean record at most this many ids back (the nearest earlier ids a feed would repeat).
    static constexpr std::int64_t kMaxDuplicateDistance = 1000;

private:
    std::optional<DefectDraw> drawOwn(std::int64_t id) const; // without choosing a duplicate's source

    struct Kind {
        DefectKind kind;
        double rate;
        std::vector<std::uint8_t> variants; // allowed, as indexes into defectVariants(kind)
    };
    std::uint64_t m_seed = 0;
    bool m_enabled = false;
    std::vector<Kind> m_kinds;
    std::vector<std::uint8_t> m_missingColumns;
};

} // namespace cdr
