#pragma once

#include "report/cdrprofile.h"
#include "report/spillpartitions.h"
#include "synth/realismmetrics.h"

#include <QTemporaryDir>

#include <cstdint>
#include <compare>
#include <map>
#include <string>

namespace cdr {

// The per-subscriber figures of a CDR table in bounded memory: RealismMetrics::Figures (the same values
// RealismMetrics computes from the same records) and CdrProfile::SubscriberDistributions. Each record is written,
// as one compact event per subscriber side, to temporary files grouped by subscriber (SpillPartitions), and each
// voice/SMS (caller, callee) pair to files grouped by the unordered pair, so (a, b) and (b, a) meet; the groups are
// then read back one at a time. What stays in memory: one group (about 64 MB at most), about 130 bytes per
// subscriber and a histogram of the inter-event seconds. docs/report.md "Memory".
class SubscriberProfile {
public:
    explicit SubscriberProfile(SpillLimits limits = {});

    void add(const RealismMetrics::Interaction &interaction);
    // periodDays: length of the period, for the per-week figures. An error text when a temporary file fails.
    std::string compute(double periodDays, RealismMetrics::Figures &behaviour,
                        CdrProfile::SubscriberDistributions &distributions);

    // One side of a record, as spilled.
    struct Event {
        std::uint64_t subscriber;
        std::int64_t startTime;
        double lat, lon;
        std::uint64_t peer;
        std::int32_t antenna;
        std::uint8_t flags;
    };
    struct Pair {
        std::uint64_t caller, callee;
        auto operator<=>(const Pair &) const = default;
    };

private:
    QTemporaryDir m_folder;
    SpillPartitions<Event> m_events;
    SpillPartitions<Pair> m_pairs;
    std::map<std::int32_t, std::int64_t> m_recordsPerDay;
};

} // namespace cdr
