#pragma once

#include "synth/subscriberbehaviour.h"

#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

namespace cdr {

// The behaviour figures of issue 11, computed from records (as the engine made them or as read back from a CSV
// file), the way bandicoot (de Montjoye et al. 2016) defines them, over the whole period:
// - reciprocated share: voice/SMS records whose callee also calls or texts the caller at least once;
// - out/in Spearman: rank correlation, over subscribers, of voice/SMS records placed and received;
// - active days per week and distinct voice correspondents per week (both directions), medians over subscribers;
// - initiated share: placed / (placed + received) voice/SMS records, median over all subscribers and over the
//   kTopSubscribers most active ones (among equals, the lower numbers);
// - radius of gyration (km) of the antennas a subscriber used, weighted by records;
// - home share: records at the subscriber's most used antenna between 19:00 and 07:00;
// - burstiness B and memory M of the inter-event times (both directions), medians over subscribers with at least
//   kBurstMinimum records, and the visitation exponent zeta over their kVisitRanks most used antennas
//   (BurstMetrics);
// - weekend/weekday ratio: records per Saturday or Sunday over records per working day (Monday-Friday, no holiday).
// Subscribers are the numbers seen as callers or as callees with a receiving antenna (ours). Keeps every record's
// day, time and antenna in memory: for the engine's tests; the report uses SubscriberProfile (bounded memory).
class RealismMetrics {
public:
    static constexpr std::size_t kTopSubscribers = 100;
    static constexpr std::size_t kBurstMinimum = 50;
    static constexpr std::size_t kVisitRanks = 10;

    struct Interaction {
        std::uint64_t caller = 0;
        std::uint64_t callee = 0;        // 0: none (a data session)
        std::int64_t startTime = 0;      // wall-clock seconds since 1970
        bool voice = false;
        bool voiceOrSms = false;
        std::int32_t callerAntenna = 0;
        double callerLat = 0, callerLon = 0;
        bool calleeIsOurs = false;       // the record has a receiving antenna
        std::int32_t calleeAntenna = 0;
        double calleeLat = 0, calleeLon = 0;
    };

    struct Figures {
        std::size_t subscribers = 0;
        double reciprocatedShare = 0;
        double outInSpearman = 0;
        double medianActiveDaysPerWeek = 0;
        double medianCallContactsPerWeek = 0;
        double medianInitiatedShare = 0;
        double medianInitiatedShareTop = 0;
        double medianGyrationKm = 0;
        double p90GyrationKm = 0;
        double medianHomeShare = 0;
        std::size_t burstSubscribers = 0; // subscribers with at least kBurstMinimum records
        double medianBurstiness = 0;
        double medianMemory = 0;
        std::size_t visitSubscribers = 0; // of those, the ones with at least kVisitRanks antennas
        double medianVisitationExponent = 0;
        double weekendWeekdayRatio = 0;
    };

    void add(const Interaction &interaction);
    // periodDays: length of the generated period, for the per-week figures.
    Figures compute(double periodDays) const;

private:
    std::unordered_map<std::uint64_t, SubscriberRecords> m_people;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> m_voiceSmsPairs; // (caller, callee) of each record
    std::map<std::int32_t, std::int64_t> m_recordsPerDay;
};

} // namespace cdr
