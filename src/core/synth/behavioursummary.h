#pragma once

#include "synth/realismmetrics.h"
#include "synth/subscriberbehaviour.h"

#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

namespace cdr {

// RealismMetrics::Figures from the subscribers' figures handed in one at a time, in any order: what stays in memory
// is a few numbers per subscriber (about 100 bytes), not their records. Ties are broken by subscriber number, so the
// figures do not depend on the order the subscribers came in.
class BehaviourSummary {
public:
    void addSubscriber(std::uint64_t number, std::int64_t placed, std::int64_t received, const SubscriberBehaviour &b);

    // reciprocated of voiceSmsRecords: voice/SMS records whose callee called or texted the caller at least once;
    // recordsPerDay: records per day number (SubscriberRecords::dayOf), both directions counted once.
    RealismMetrics::Figures figures(double periodDays, std::size_t reciprocated, std::size_t voiceSmsRecords,
                                    const std::map<std::int32_t, std::int64_t> &recordsPerDay) const;

    // Per subscriber, in the order they came in (those with the figure only).
    const std::vector<double> &initiatedShares() const { return m_initiated; }
    const std::vector<double> &gyrationsKm() const { return m_gyration; }
    const std::vector<double> &homeShares() const { return m_homeShare; }
    const std::vector<double> &burstiness() const { return m_burstiness; }

private:
    std::vector<std::tuple<std::uint64_t, std::int64_t, std::int64_t>> m_placedReceived; // (number, placed, received)
    std::vector<double> m_activeDays, m_weeklyVoicePeers, m_initiated, m_gyration, m_homeShare;
    std::vector<double> m_burstiness, m_memory, m_visitation;
};

} // namespace cdr
