#include "scenarios/scenariorecords.h"

#include "scenarios/foreignranges.h"
#include "scenarios/scenarioplan.h"
#include "scenarios/scenarioplanimpl.h"
#include "scenarios/scenariotime.h"
#include "synth/randomstream.h"
#include "synth/syntheticworld.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <cstdint>
#include <utility>

namespace cdr {

namespace {

AntennaRef refOf(const Antenna &a)
{
    return {a.id, a.type, a.altitude, a.lat, a.lon};
}

} // namespace

ScenarioRecords::ScenarioRecords(const Config &config, const SyntheticWorld &world, const ScenarioPlan &plan)
    : m_config(config), m_world(world), m_plan(plan), m_mix(config), m_offNet(config.realism),
      m_seed(config.generation.seed), m_enabled(plan.enabled())
{
    const auto firstOf = [](std::size_t n, auto matches) {
        for (std::size_t i = 0; i < n; ++i)
            if (matches(static_cast<std::uint8_t>(i)))
                return static_cast<std::uint8_t>(i);
        return std::uint8_t{0};
    };
    const std::size_t types = config.callTypes.size(), statuses = config.callStatus.size();
    m_voice = firstOf(types, [&](std::uint8_t t) { return m_mix.service(t) == ServiceKind::Voice; });
    m_sms = firstOf(types, [&](std::uint8_t t) { return m_mix.service(t) == ServiceKind::Sms; });
    m_data = firstOf(types, [&](std::uint8_t t) { return m_mix.service(t) == ServiceKind::Data; });
    if (m_mix.service(m_sms) != ServiceKind::Sms)
        m_sms = m_voice;
    if (m_mix.service(m_data) != ServiceKind::Data)
        m_data = m_voice;
    m_success = firstOf(statuses, [&](std::uint8_t s) { return m_mix.outcome(s) == OutcomeKind::Success; });
    m_missed = firstOf(statuses, [&](std::uint8_t s) { return m_mix.outcome(s) == OutcomeKind::Missed; });
    m_failed = firstOf(statuses, [&](std::uint8_t s) { return m_mix.outcome(s) == OutcomeKind::Failed; });
    if (m_mix.outcome(m_missed) != OutcomeKind::Missed)
        m_missed = m_failed;
    const auto &actors = plan.impl().actors;
    // A callback looks for a ring of its campaign among the records around it: 1/p records apart on average, p the
    // chance that a record is one; 60/p bounds the search (a miss then has odds of about e^-60).
    double total = 0;
    for (double w : plan.impl().weights)
        total += w;
    m_callbackSearch.assign(plan.impl().campaigns.size(), 0);
    std::vector<double> rings(plan.impl().campaigns.size(), 0.0);
    for (std::uint32_t i = 0; i < actors.size(); ++i)
        if (actors[i].kind == ScenarioKind::Wangiri && !actors[i].callback)
            rings[actors[i].campaign] += plan.impl().weights[i];
    for (std::size_t c = 0; c < rings.size(); ++c) {
        const double p = total > 0 ? plan.impl().divertShare * rings[c] / total : 0;
        m_callbackSearch[c] = p > 0 ? static_cast<std::int64_t>(std::min(60 / p, 1e12)) : 0;
    }
    for (std::uint32_t i = 0; i < actors.size(); ++i) {
        if (actors[i].group >= m_firstActorOfGroup.size())
            m_firstActorOfGroup.resize(actors[i].group + 1, kNone);
        if (m_firstActorOfGroup[actors[i].group] == kNone)
            m_firstActorOfGroup[actors[i].group] = i;
    }
}

std::uint32_t ScenarioRecords::actorOf(RandomStream &random) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    if (!m_enabled || random.uniform() >= d.divertShare)
        return kNone;
    return d.byWeight.sample(random.next());
}

void ScenarioRecords::generate(std::uint32_t actor, std::int64_t id, RandomStream &random, CdrRecord &r) const
{
    const ScenarioActor &a = m_plan.impl().actors[actor];
    r = CdrRecord{};
    r.id = id;
    switch (a.kind) {
    case ScenarioKind::SimBox:
        simBox(a, actor, random, r);
        break;
    case ScenarioKind::Wangiri:
        if (a.callback)
            wangiriCallback(a, id, random, r);
        else
            wangiriCall(a, random, r);
        break;
    case ScenarioKind::Irsf:
        irsf(a, actor, random, r);
        break;
    case ScenarioKind::SubscriptionFraud:
        subscriptionFraud(a, random, r);
        break;
    case ScenarioKind::SimSwap:
        simSwap(a, random, r);
        break;
    case ScenarioKind::TestProbe:
        testProbe(a, random, r);
        break;
    case ScenarioKind::CallCentre:
        callCentre(a, random, r);
        break;
    case ScenarioKind::MultiSim:
        multiSim(a, random, r);
        break;
    }
}

// ---- the sides of a record ----

std::uint64_t ScenarioRecords::imeiAt(std::uint32_t subscriber, std::int64_t when) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    if (!d.swapOf.empty() && d.swapOf[subscriber] != 0) {
        const SimSwap &swap = d.swaps[d.swapOf[subscriber] - 1];
        if (when >= swap.from && when <= swap.to)
            return swap.imei;
    }
    const Subscriber &s = m_world.subscribers()[subscriber];
    return s.secondImei != 0 && when >= s.imeiSwitchTime ? s.secondImei : s.imei;
}

// Where a subscriber is for a scenario's record: at work in working hours (commuters), else at home; a swapped
// number is wherever the fraudster is.
std::uint32_t ScenarioRecords::antennaOf(std::uint32_t subscriber, std::int64_t when, RandomStream &random) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    if (!d.swapOf.empty() && d.swapOf[subscriber] != 0) {
        const SimSwap &swap = d.swaps[d.swapOf[subscriber] - 1];
        if (when >= swap.from && when <= swap.to)
            return swap.antenna;
    }
    if (ScenarioTime::isWorkHour(when) && random.chance(0.8))
        return m_world.workAntenna(subscriber);
    return m_world.homeAntenna(subscriber);
}

std::uint32_t ScenarioRecords::siteAntenna(std::uint32_t site, std::uint16_t op, RandomStream &random) const
{
    std::uint32_t candidates[8];
    std::size_t n = 0;
    for (std::uint32_t a : m_plan.impl().sites[site].antennas)
        if (m_world.antennas()[a].operatorIndex == op && n < 8)
            candidates[n++] = a;
    return n == 0 ? m_plan.impl().sites[site].antennas.front() : candidates[random.below(n)];
}

std::uint32_t ScenarioRecords::anySubscriber(RandomStream &random) const
{
    return static_cast<std::uint32_t>(random.below(m_world.subscribers().size()));
}

const ScenarioSim &ScenarioRecords::simAt(const ScenarioActor &actor, std::int64_t when) const
{
    const auto &sims = m_plan.impl().sims;
    for (std::uint32_t i = 0; i + 1 < actor.simCount; ++i)
        if (when <= sims[actor.firstSim + i].to)
            return sims[actor.firstSim + i];
    return sims[actor.firstSim + actor.simCount - 1];
}

void ScenarioRecords::ourCaller(CdrRecord &r, const ScenarioSim &sim, std::uint32_t antenna) const
{
    r.caller = sim.number;
    r.imeiCaller = sim.imei;
    r.operatorEmission = sim.op;
    r.antennaEmission = refOf(m_world.antennas()[antenna]);
    r.callerHomeLat = sim.homeLat;
    r.callerHomeLon = sim.homeLon;
}

void ScenarioRecords::subscriberCaller(CdrRecord &r, std::uint32_t subscriber, std::uint32_t antenna) const
{
    const Subscriber &s = m_world.subscribers()[subscriber];
    r.caller = s.number;
    r.imeiCaller = imeiAt(subscriber, r.startTime);
    r.operatorEmission = s.operatorIndex;
    r.antennaEmission = refOf(m_world.antennas()[antenna]);
    r.callerHomeLat = s.homeLat;
    r.callerHomeLon = s.homeLon;
}

void ScenarioRecords::subscriberCallee(CdrRecord &r, std::uint32_t subscriber, std::uint32_t antenna) const
{
    const Subscriber &s = m_world.subscribers()[subscriber];
    r.receiver = ReceiverKind::Subscriber;
    r.callee = s.number;
    r.imeiReceiver = imeiAt(subscriber, r.startTime);
    r.operatorReception = s.operatorIndex;
    r.antennaReception = refOf(m_world.antennas()[antenna]);
}

void ScenarioRecords::simCallee(CdrRecord &r, const ScenarioSim &sim, std::uint32_t antenna) const
{
    r.receiver = ReceiverKind::Subscriber;
    r.callee = sim.number;
    r.imeiReceiver = sim.imei;
    r.operatorReception = sim.op;
    r.antennaReception = refOf(m_world.antennas()[antenna]);
}

void ScenarioRecords::foreignCaller(CdrRecord &r, std::uint64_t number) const
{
    r.caller = number;
    r.imeiCaller = 0, r.operatorEmission = 0, r.antennaEmission = {};
    r.callerHomeLat = 0, r.callerHomeLon = 0;
    r.missingColumns |= kEmissionColumns;
}

void ScenarioRecords::offNetCallee(CdrRecord &r, std::uint64_t number) const
{
    r.receiver = ReceiverKind::OffNet;
    r.callee = number;
    r.imeiReceiver = 0, r.operatorReception = 0, r.antennaReception = {};
}

void ScenarioRecords::noCallee(CdrRecord &r) const
{
    r.receiver = ReceiverKind::None;
    r.callee = 0, r.imeiReceiver = 0, r.operatorReception = 0, r.antennaReception = {};
}

void ScenarioRecords::finishCall(CdrRecord &r, std::uint8_t type, RandomStream &random) const
{
    r.type = type;
    r.status = m_mix.drawStatus(type, random);
    r.duration = m_mix.drawDuration(type, r.status, random);
}

// ---- ordinary records ----

void ScenarioRecords::adjust(CdrRecord &r, std::uint32_t caller, std::uint32_t callee, RandomStream &random) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    if (!d.swapOf.empty()) {
        if (const std::uint32_t s = d.swapOf[caller]; s != 0 && r.startTime >= d.swaps[s - 1].from
                                                        && r.startTime <= d.swaps[s - 1].to) {
            r.imeiCaller = d.swaps[s - 1].imei;
            r.antennaEmission = refOf(m_world.antennas()[d.swaps[s - 1].antenna]);
        }
        if (callee != kNone)
            if (const std::uint32_t s = d.swapOf[callee]; s != 0 && r.startTime >= d.swaps[s - 1].from
                                                           && r.startTime <= d.swaps[s - 1].to) {
                r.imeiReceiver = d.swaps[s - 1].imei;
                r.antennaReception = refOf(m_world.antennas()[d.swaps[s - 1].antenna]);
            }
    }
    if (r.receiver != ReceiverKind::OffNet)
        return;
    if (random.chance(kDiasporaShare))
        r.callee = ForeignRanges::draw(ForeignRangeUse::Diaspora, random);
    if (random.chance(kInboundShare)) { // the off-net number calls the subscriber
        const std::uint64_t number = r.callee;
        r.receiver = ReceiverKind::Subscriber;
        r.callee = r.caller;
        r.imeiReceiver = r.imeiCaller;
        r.operatorReception = r.operatorEmission;
        r.antennaReception = r.antennaEmission;
        foreignCaller(r, number);
    }
}

void ScenarioRecords::labelWangiriVictims(std::vector<LabelRow> &labels, std::int64_t records) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    if (d.campaigns.empty())
        return;
    std::map<std::pair<std::uint32_t, std::uint64_t>, LabelRow> victims; // by (group, number)
    CdrRecord r;
    for (std::int64_t id = 1; id <= records; ++id) {
        RandomStream random(m_seed, StreamKind::ScenarioRecords, static_cast<std::uint64_t>(id));
        const std::uint32_t actor = actorOf(random);
        if (actor == kNone || d.actors[actor].kind != ScenarioKind::Wangiri)
            continue;
        generate(actor, id, random, r);
        const bool ring = (r.missingColumns & kEmissionColumns) != 0; // a callback is the victim's own call
        const std::uint64_t number = ring ? r.callee : r.caller;
        const std::uint64_t imei = ring ? r.imeiReceiver : r.imeiCaller;
        const auto [it, added] = victims.try_emplace({d.actors[actor].group, number},
                                                     LabelRow{number, imei, ScenarioKind::Wangiri, LabelRole::Victim,
                                                              d.actors[actor].group, r.startTime, r.startTime});
        it->second.validFrom = std::min(it->second.validFrom, r.startTime);
        it->second.validTo = std::max(it->second.validTo, r.startTime);
    }
    for (const auto &[key, row] : victims)
        labels.push_back(row);
}

} // namespace cdr
