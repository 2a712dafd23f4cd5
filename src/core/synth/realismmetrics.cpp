#include "synth/realismmetrics.h"

#include "synth/behavioursummary.h"

#include <algorithm>

namespace cdr {

void RealismMetrics::add(const Interaction &r)
{
    ++m_recordsPerDay[SubscriberRecords::dayOf(r.startTime)];
    SubscriberRecords &caller = m_people[r.caller];
    caller.addRecord(r.startTime, r.callerAntenna, r.callerLat, r.callerLon);
    if (r.voiceOrSms) {
        ++caller.placed;
        m_voiceSmsPairs.emplace_back(r.caller, r.callee);
    }
    if (r.voice && r.callee != 0)
        caller.addVoicePeer(r.startTime, r.callee);
    if (!r.calleeIsOurs)
        return;
    SubscriberRecords &callee = m_people[r.callee];
    callee.addRecord(r.startTime, r.calleeAntenna, r.calleeLat, r.calleeLon);
    if (r.voiceOrSms)
        ++callee.received;
    if (r.voice)
        callee.addVoicePeer(r.startTime, r.caller);
}

RealismMetrics::Figures RealismMetrics::compute(double periodDays) const
{
    std::vector<std::pair<std::uint64_t, std::uint64_t>> directed = m_voiceSmsPairs;
    std::sort(directed.begin(), directed.end());
    directed.erase(std::unique(directed.begin(), directed.end()), directed.end());
    std::size_t reciprocated = 0;
    for (const auto &[caller, callee] : m_voiceSmsPairs)
        reciprocated += std::binary_search(directed.begin(), directed.end(), std::make_pair(callee, caller)) ? 1 : 0;

    BehaviourSummary summary;
    for (const auto &[number, person] : m_people) {
        SubscriberRecords records = person;
        summary.addSubscriber(number, records.placed, records.received, SubscriberBehaviour::of(records));
    }
    return summary.figures(periodDays, reciprocated, m_voiceSmsPairs.size(), m_recordsPerDay);
}

} // namespace cdr
