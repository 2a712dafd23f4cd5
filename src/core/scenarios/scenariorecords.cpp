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

using Hours = ScenarioTime::Hours;

AntennaRef refOf(const Antenna &a)
{
    return {a.id, a.type, a.altitude, a.lat, a.lon};
}

bool isWorkHour(std::int64_t when)
{
    const std::int64_t hour = (when / 3600) % 24;
    return !ScenarioTime::isWeekend(when) && hour >= 9 && hour < 17;
}

// A number some way off: a premium-rate destination, else a diaspora country's mobile.
std::uint64_t foreignCallee(double premiumShare, RandomStream &random)
{
    return ForeignRanges::draw(random.chance(premiumShare) ? ForeignRangeUse::PremiumRate : ForeignRangeUse::Diaspora,
                               random);
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
    if (isWorkHour(when) && random.chance(0.8))
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

// ---- fraud ----

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

// ---- look-alikes ----

// Short test calls (and some SMS and data) on a fixed schedule from one place, to many numbers.
void ScenarioRecords::testProbe(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    const double mimicry = d.value(ScenarioKind::TestProbe, "mimicry");
    const double perDay = d.value(ScenarioKind::TestProbe, "calls_per_day");
    const auto interval = static_cast<std::int64_t>(ScenarioTime::kDay / perDay);
    const auto slots = static_cast<std::uint64_t>((a.to - a.from) / std::max<std::int64_t>(1, interval) + 1);
    const std::int64_t jitter = static_cast<std::int64_t>(random.below(std::uint64_t(30 + mimicry * interval)));
    r.startTime = std::min(a.to, a.from + static_cast<std::int64_t>(random.below(slots)) * interval + jitter);
    const ScenarioSim &sim = d.sims[a.firstSim];
    ourCaller(r, sim, siteAntenna(a.site, sim.op, random));
    const double u = random.uniform();
    if (u < 0.1) {
        noCallee(r);
        finishCall(r, m_data, random);
        return;
    }
    const std::uint32_t callee = anySubscriber(random);
    subscriberCallee(r, callee, antennaOf(callee, r.startTime, random));
    finishCall(r, u < 0.3 ? m_sms : m_voice, random);
    if (r.duration > 0 && r.type == m_voice)
        r.duration = std::clamp<std::int32_t>(static_cast<std::int32_t>(10 + random.below(21)), m_config.duration.min,
                                              m_config.duration.max);
}

// Agent lines calling customers (and some landlines) on weekdays in business hours; some customers call in.
void ScenarioRecords::callCentre(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    const double mimicry = d.value(ScenarioKind::CallCentre, "mimicry");
    r.startTime = ScenarioTime::draw(a.from, a.to, random.chance(mimicry) ? Hours::Human : Hours::Business, random);
    const ScenarioSim &line = d.sims[a.firstSim];
    const std::uint32_t desk = siteAntenna(a.site, line.op, random);
    const std::uint32_t customer = anySubscriber(random);
    if (random.chance(0.05 + 0.25 * mimicry)) {
        subscriberCaller(r, customer, antennaOf(customer, r.startTime, random));
        simCallee(r, line, desk);
    } else {
        ourCaller(r, line, desk);
        if (random.chance(0.15))
            offNetCallee(r, m_offNet.landline(OffNetNumbers::zoneNear(line.homeLat, line.homeLon), random));
        else
            subscriberCallee(r, customer, antennaOf(customer, r.startTime, random));
    }
    finishCall(r, m_voice, random);
}

// An extra SIM in a subscriber's handset: ordinary use at the subscriber's places, in both directions.
void ScenarioRecords::multiSim(const ScenarioActor &a, RandomStream &random, CdrRecord &r) const
{
    const ScenarioPlan::Impl &d = m_plan.impl();
    ScenarioSim sim = d.sims[a.firstSim];
    r.startTime = ScenarioTime::draw(a.from, a.to, Hours::Human, random);
    sim.imei = imeiAt(a.subscriber, r.startTime);
    const Subscriber &person = m_world.subscribers()[a.subscriber];
    const bool atWork = isWorkHour(r.startTime) && random.chance(0.8);
    const std::uint32_t here = m_world.nearestAntenna(sim.op, atWork ? person.workLat : person.homeLat,
                                                      atWork ? person.workLon : person.homeLon);
    const std::uint8_t type = m_mix.drawType(random);
    if (m_mix.service(type) == ServiceKind::Data) {
        ourCaller(r, sim, here);
        noCallee(r);
    } else if (random.chance(0.4)) {
        const std::uint32_t other = anySubscriber(random);
        subscriberCaller(r, other, antennaOf(other, r.startTime, random));
        simCallee(r, sim, here);
    } else {
        ourCaller(r, sim, here);
        if (random.chance(m_offNet.share()))
            offNetCallee(r, m_offNet.draw(OffNetNumbers::zoneNear(person.homeLat, person.homeLon), random));
        else {
            const std::uint32_t other = anySubscriber(random);
            subscriberCallee(r, other, antennaOf(other, r.startTime, random));
        }
    }
    finishCall(r, type, random);
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
