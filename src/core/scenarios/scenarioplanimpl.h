#pragma once

#include "scenarios/scenarioplan.h"
#include "synth/aliastable.h"

#include <array>
#include <cstdint>
#include <limits>
#include <unordered_map>
#include <vector>

namespace cdr {

// A number a scenario uses for part of the period: a box or fraud SIM, a probe or agent line, an extra SIM, a
// Wangiri caller. imei 0 = not ours (a foreign number: its records have an empty emitting side).
struct ScenarioSim {
    std::uint64_t number = 0;
    std::uint64_t imei = 0;
    std::uint16_t op = 0;
    double homeLat = 0, homeLon = 0;
    std::int64_t from = 0, to = 0; // inclusive
    bool newSubscription = false;  // a number the scenarios added (not a subscriber's, not foreign)
};

inline constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// A source of scenario records, drawn by its expected record count: a SIM slot of a box (its SIMs one after the
// other), a Wangiri number or the campaign's callbacks, a hijacked, new or swapped subscription, a probe, an agent
// line, an extra SIM.
struct ScenarioActor {
    ScenarioKind kind = ScenarioKind::SimBox;
    std::uint32_t group = 0;        // the answer key's group_id
    std::uint32_t firstSim = 0;     // sims[firstSim, firstSim + simCount), in time order
    std::uint32_t simCount = 0;
    std::uint32_t site = kNone;     // index into sites
    std::uint32_t subscriber = kNone; // the world subscriber it involves (IRSF, SIM swap, multi-SIM)
    std::uint32_t campaign = kNone; // Wangiri: index into campaigns
    bool callback = false;          // Wangiri: the victims' calls back
    std::int64_t from = 0, to = 0;  // window of its records, inclusive
};

// A Wangiri campaign: its numbers' range, its bursts, the subscribers it rings.
struct WangiriCampaign {
    std::uint32_t firstSim = 0, simCount = 0; // its caller numbers
    std::vector<std::int64_t> burstStarts;
    std::int64_t burstSeconds = 0;
    std::vector<std::uint32_t> targets;       // subscriber indexes it rings
};

// A SIM swap: from `from` to `to` the subscriber's number is in the fraudster's handset at the fraudster's place.
struct SimSwap {
    std::uint32_t subscriber = 0;
    std::int64_t from = 0, to = 0;
    std::uint64_t imei = 0;
    std::uint32_t antenna = 0; // index into the world's antennas
};

struct ScenarioPlan::Impl {
    std::array<ScenarioConfig, kScenarioCount> settings; // the run's, by ScenarioKind
    std::int64_t periodStart = 0, periodEnd = 0;
    std::vector<ScenarioSim> sims;
    std::vector<ScenarioActor> actors;
    std::vector<double> weights; // expected records of each actor over the records the world is sized for
    AliasTable byWeight;
    double divertShare = 0;      // chance that a record is a scenario's
    std::vector<Site> sites;
    std::vector<std::vector<std::uint32_t>> roamingAntennas; // per site: where a mimicking box also shows up
    std::vector<WangiriCampaign> campaigns;
    std::vector<SimSwap> swaps;
    std::vector<std::uint32_t> swapOf; // per subscriber: 1 + index into swaps, 0 = none (empty when no swaps)
    std::vector<LabelRow> labels;
    std::unordered_multimap<std::uint64_t, std::uint32_t> labelsOfNumber; // msisdn -> index into labels
    std::vector<Subscription> subscriptions;

    const ScenarioConfig &of(ScenarioKind kind) const { return settings[static_cast<std::size_t>(kind)]; }
    double value(ScenarioKind kind, std::string_view key) const { return of(kind).value(kind, key); }
};

} // namespace cdr
