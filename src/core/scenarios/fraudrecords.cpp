#include "scenarios/scenariorecords.h"

#include "scenarios/foreignranges.h"
#include "scenarios/scenarioplanimpl.h"
#include "scenarios/scenariotime.h"
#include "synth/randomstream.h"
#include "synth/syntheticworld.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

// The five frauds' records (ScenarioRecords, docs/scenarios.md).
namespace cdr {

namespace {

using Hours = ScenarioTime::Hours;

// A number some way off: a premium-rate destination, else a diaspora country's mobile.
std::uint64_t foreignCallee(double premiumShare, RandomStream &random)
{
    return ForeignRanges::draw(random.chance(premiumShare) ? ForeignRangeUse::PremiumRate : ForeignRangeUse::Diaspora,
                               random);
}

} // namespace

// Outgoing voice to many distinct subscribers round the clock from the box's antennas. Mimicry: human hours, calls
// and SMS between the box's own SIMs (so they receive some), and a few more antennas.
void ScenarioRecords::simBox(const ScenarioActor &a, std::uint32_t index, RandomStream &random, CdrRecord &r) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    const double mimicry = d.value(ScenarioKind::SimBox, "mimicry");
    r.startTime = ScenarioTime::draw(a.from, a.to, random.chance(mimicry) ? Hours::Human : Hours::AllDay, random);
    const ScenarioSim &sim = simAt(a, r.startTime);
    const auto where = [&](const ScenarioSim &s) {
        if (random.chance(0.5 * mimicry)) {
            const auto &roaming = d.roamingAntennas[a.site];
            for (int attempt = 0; attempt < 4; ++attempt)
                if (const std::uint32_t x = roaming[random.below(roaming.size())]; m_world.antennas()[x].operatorIndex == s.op)
                    return x;
        }
        return siteAntenna(a.site, s.op, random);
    };
    ourCaller(r, sim, where(sim));
    const std::uint32_t first = m_firstActorOfGroup[a.group];
    std::uint32_t slots = 0;
    while (first + slots < d.actors.size() && d.actors[first + slots].group == a.group)
        ++slots;
    if (slots > 1 && random.chance(0.4 * mimicry)) {
        std::uint32_t other = first + static_cast<std::uint32_t>(random.below(slots - 1));
        other += other >= index ? 1 : 0;
        const ScenarioSim &peer = simAt(d.actors[other], r.startTime);
        simCallee(r, peer, where(peer));
        finishCall(r, random.chance(0.7) ? m_sms : m_voice, random);
        return;
    }
    const std::uint32_t callee = anySubscriber(random);
    subscriberCallee(r, callee, antennaOf(callee, r.startTime, random));
    finishCall(r, m_voice, random);
}

// A one-ring call from the campaign's number in one of its bursts to one of its targets: missed, no talk time.
std::uint32_t ScenarioRecords::wangiriCall(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const
{
    const WangiriCampaign &campaign = m_plan.impl().campaigns[a.campaign];
    const std::uint32_t target = campaign.targets[random.below(campaign.targets.size())]; // first: see labelWangiriVictims
    const std::int64_t burst = campaign.burstStarts[random.below(campaign.burstStarts.size())];
    r.startTime = std::min(a.to, burst + static_cast<std::int64_t>(random.below(std::uint64_t(campaign.burstSeconds))));
    foreignCaller(r, m_plan.impl().sims[a.firstSim].number);
    subscriberCallee(r, target, antennaOf(target, r.startTime, random));
    r.type = m_voice;
    r.status = m_missed;
    r.duration = 0;
    return target;
}

// A rung target calling the number back, minutes to an hour after the ring it answers: the nearest Wangiri call of
// the campaign among the records before this one (after it when there is none), found by its id alone.
void ScenarioRecords::wangiriCallback(const ScenarioActor &a, std::int64_t id, RandomStream &random, CdrRecord &r) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    CdrRecord call;
    std::uint32_t victim = kNone;
    for (std::int64_t step = 1; step <= m_callbackSearch[a.campaign] && victim == kNone; ++step) {
        for (const std::int64_t k : {id - step, id + step}) {
            if (k < 1)
                continue;
            RandomStream other(m_seed, StreamKind::ScenarioRecords, static_cast<std::uint64_t>(k));
            const std::uint32_t actor = actorOf(other);
            if (actor == kNone || d.actors[actor].kind != ScenarioKind::Wangiri || d.actors[actor].callback
                || d.actors[actor].campaign != a.campaign)
                continue;
            victim = wangiriCall(d.actors[actor], other, call);
            break;
        }
    }
    if (victim == kNone) { // a run far too small for its campaigns: a ring instead
        wangiriCall(d.actors[m_firstActorOfGroup[a.group]], random, r);
        return;
    }
    r.startTime = std::min(a.to, call.startTime + 60 + static_cast<std::int64_t>(random.below(3540)));
    subscriberCaller(r, victim, antennaOf(victim, r.startTime, random));
    offNetCallee(r, call.caller);
    r.type = m_voice;
    r.status = m_success;
    r.duration = std::clamp<std::int32_t>(static_cast<std::int32_t>(30 + random.below(90)), m_config.duration.min,
                                          m_config.duration.max);
}

// Long premium-rate calls from a hijacked SIM in clusters of parallel_calls started within two minutes, at night and
// at weekends. Mimicry: human hours, fewer at once, shorter calls.
void ScenarioRecords::irsf(const ScenarioActor &a, std::uint32_t index, RandomStream &random, CdrRecord &r) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    const double mimicry = d.value(ScenarioKind::Irsf, "mimicry");
    const double parallel = std::max(1.0, d.value(ScenarioKind::Irsf, "parallel_calls") * (1 - mimicry));
    const double calls = d.weights[index];
    const auto clusters = static_cast<std::uint64_t>(std::max(1.0, std::round(calls / parallel)));
    RandomStream cluster(m_seed, StreamKind::Scenarios, (std::uint64_t{1} << 62) | (std::uint64_t(index) << 24)
                                                             | random.below(clusters));
    const Hours hours = cluster.chance(mimicry) ? Hours::Human : Hours::Night;
    std::int64_t start = ScenarioTime::draw(a.from, a.to, hours, cluster);
    if (hours == Hours::Night && cluster.chance(0.4)) { // weekends, any hour
        const std::int64_t weekendDay = ScenarioTime::draw(a.from, a.to, Hours::AllDay, cluster);
        if (ScenarioTime::isWeekend(weekendDay))
            start = weekendDay;
    }
    r.startTime = std::min(a.to, start + static_cast<std::int64_t>(random.below(120)));
    subscriberCaller(r, a.subscriber, m_world.homeAntenna(a.subscriber));
    offNetCallee(r, d.sims[a.firstSim + random.below(a.simCount)].number);
    r.type = m_voice;
    r.status = random.chance(0.9) ? m_success : m_failed;
    const double median = d.value(ScenarioKind::Irsf, "median_minutes") * 60 * (1 - 0.7 * mimicry);
    r.duration = r.status == m_success
        ? std::clamp<std::int32_t>(static_cast<std::int32_t>(median * std::exp(0.6 * random.normal())),
                                   m_config.duration.min, m_config.duration.max)
        : 0;
}

// A new number calling abroad from its first day (premium ranges and the diaspora's countries) round the clock.
// Mimicry: human hours, more calls at home, some SMS and data.
void ScenarioRecords::subscriptionFraud(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    const double mimicry = d.value(ScenarioKind::SubscriptionFraud, "mimicry");
    const ScenarioSim &sim = d.sims[a.firstSim];
    r.startTime = ScenarioTime::draw(a.from, a.to, random.chance(mimicry) ? Hours::Human : Hours::AllDay, random);
    ourCaller(r, sim, m_world.nearestAntenna(sim.op, sim.homeLat, sim.homeLon));
    const double u = random.uniform();
    if (u < 0.2 * mimicry) {
        noCallee(r);
        finishCall(r, m_data, random);
        return;
    }
    const bool sms = u < 0.5 * mimicry;
    if (random.chance(d.value(ScenarioKind::SubscriptionFraud, "international_share") * (1 - 0.6 * mimicry)))
        offNetCallee(r, foreignCallee(0.3, random));
    else {
        const std::uint32_t callee = anySubscriber(random);
        subscriberCallee(r, callee, antennaOf(callee, r.startTime, random));
    }
    finishCall(r, sms ? m_sms : m_voice, random);
}

// One-time codes by SMS in the first twenty minutes, then the fraudster's calls, all in the fraudster's handset at
// the fraudster's place.
void ScenarioRecords::simSwap(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    const SimSwap &swap = d.swaps[d.swapOf[a.subscriber] - 1];
    const double otp = d.value(ScenarioKind::SimSwap, "otp_sms");
    const double calls = d.value(ScenarioKind::SimSwap, "calls_out");
    const std::int64_t codes = std::min<std::int64_t>(1200, swap.to - swap.from);
    if (random.chance(otp / (otp + calls))) {
        r.startTime = swap.from + static_cast<std::int64_t>(random.below(std::uint64_t(codes) + 1));
        foreignCaller(r, m_offNet.landline(0, random)); // a bank's sender
        subscriberCallee(r, a.subscriber, swap.antenna);
        r.type = m_sms;
        r.status = m_success;
        r.duration = 0;
        return;
    }
    r.startTime = swap.from + codes + static_cast<std::int64_t>(random.below(std::uint64_t(swap.to - swap.from - codes) + 1));
    subscriberCaller(r, a.subscriber, swap.antenna);
    if (random.chance(0.5))
        offNetCallee(r, foreignCallee(0.3, random));
    else {
        const std::uint32_t callee = anySubscriber(random);
        subscriberCallee(r, callee, antennaOf(callee, r.startTime, random));
    }
    finishCall(r, m_voice, random);
}

} // namespace cdr
