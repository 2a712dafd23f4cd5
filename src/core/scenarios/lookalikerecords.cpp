#include "scenarios/scenariorecords.h"

#include "scenarios/scenarioplanimpl.h"
#include "scenarios/scenariotime.h"
#include "synth/randomstream.h"
#include "synth/syntheticworld.h"

#include <algorithm>
#include <cstdint>

// The legitimate look-alikes' records (ScenarioRecords, docs/scenarios.md).
namespace cdr {

namespace {
using Hours = ScenarioTime::Hours;
} // namespace

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
    const bool atWork = ScenarioTime::isWorkHour(r.startTime) && random.chance(0.8);
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

} // namespace cdr
