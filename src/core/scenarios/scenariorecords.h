#pragma once

#include "config/config.h"
#include "model/cdrrecord.h"
#include "scenarios/labelrow.h"
#include "synth/callmix.h"
#include "synth/offnetnumbers.h"

#include <cstdint>
#include <vector>

namespace cdr {

class RandomStream;
class ScenarioPlan;
class SyntheticWorld;
struct ScenarioActor;
struct ScenarioSim;

// The engine's seam to the scenarios: which records are a scenario's, those records, and what scenarios change in
// an ordinary record (a swapped number's handset and place; calls from abroad and with the diaspora's countries as
// a background the fraud hides in). Every draw comes from (seed, ScenarioRecords, id): record k still depends only
// on (config, seed, k). With no scenario enabled nothing is drawn and no record changes.
class ScenarioRecords {
public:
    // Columns of the emitting side, empty for a caller who is not ours (a Wangiri number, a landline).
    static constexpr std::uint32_t kEmissionColumns = (1u << 7) | (1u << 9) | (1u << 10) | (1u << 11) | (1u << 12)
        | (1u << 13) | (1u << 14) | (1u << 21) | (1u << 22);
    // Shares of an ordinary off-net call turned into a call from that number, and given a diaspora country's number.
    static constexpr double kInboundShare = 0.3;
    static constexpr double kDiasporaShare = 0.15;

    ScenarioRecords(const Config &config, const SyntheticWorld &world, const ScenarioPlan &plan);

    bool enabled() const { return m_enabled; }
    // The actor whose record `id` is, or kNone for an ordinary record; `random` is the record's (seed,
    // ScenarioRecords, id) stream, which generate() and adjust() then continue.
    std::uint32_t actorOf(RandomStream &random) const;
    void generate(std::uint32_t actor, std::int64_t id, RandomStream &random, CdrRecord &r) const;
    // An ordinary record of subscriber `caller` (and `callee`, kNone when not ours).
    void adjust(CdrRecord &r, std::uint32_t caller, std::uint32_t callee, RandomStream &random) const;
    // Adds a victim row for every subscriber a Wangiri call of records 1..records rang, from the first ring to the
    // last ring or call back.
    void labelWangiriVictims(std::vector<LabelRow> &labels, std::int64_t records) const;

private:
    struct Side;
    void ourCaller(CdrRecord &r, const ScenarioSim &sim, std::uint32_t antenna) const;
    void subscriberCaller(CdrRecord &r, std::uint32_t subscriber, std::uint32_t antenna) const;
    void subscriberCallee(CdrRecord &r, std::uint32_t subscriber, std::uint32_t antenna) const;
    void simCallee(CdrRecord &r, const ScenarioSim &sim, std::uint32_t antenna) const;
    void foreignCaller(CdrRecord &r, std::uint64_t number) const;
    void offNetCallee(CdrRecord &r, std::uint64_t number) const;
    void noCallee(CdrRecord &r) const;
    std::uint64_t imeiAt(std::uint32_t subscriber, std::int64_t when) const;
    std::uint32_t antennaOf(std::uint32_t subscriber, std::int64_t when, RandomStream &random) const;
    std::uint32_t siteAntenna(std::uint32_t site, std::uint16_t op, RandomStream &random) const;
    std::uint32_t anySubscriber(RandomStream &random) const;
    const ScenarioSim &simAt(const ScenarioActor &actor, std::int64_t when) const;
    void finishCall(CdrRecord &r, std::uint8_t type, RandomStream &random) const;

    void simBox(const ScenarioActor &a, std::uint32_t index, RandomStream &random, CdrRecord &r) const;
    std::uint32_t wangiriCall(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const; // the target
    void wangiriCallback(const ScenarioActor &a, std::int64_t id, RandomStream &random, CdrRecord &r) const;
    void irsf(const ScenarioActor &a, std::uint32_t index, RandomStream &random, CdrRecord &r) const;
    void subscriptionFraud(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const;
    void simSwap(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const;
    void testProbe(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const;
    void callCentre(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const;
    void multiSim(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const;

    const Config &m_config;
    const SyntheticWorld &m_world;
    const ScenarioPlan &m_plan;
    const CallMix m_mix;
    const OffNetNumbers m_offNet;
    const std::uint64_t m_seed;
    const bool m_enabled;
    std::uint8_t m_voice = 0, m_sms = 0, m_data = 0;        // a call type of each service (voice when missing)
    std::uint8_t m_success = 0, m_missed = 0, m_failed = 0; // a status of each outcome
    std::vector<std::int64_t> m_callbackSearch;             // per campaign: how far a callback looks for its ring
    std::vector<std::uint32_t> m_firstActorOfGroup;         // by group id: its first actor (actors of a group are adjacent)
};

} // namespace cdr
