#include "callprofiles.h"

#include <algorithm>
#include <string>
#include <utility>

namespace cdr::testing {

std::vector<CallRow> callRows(const Config &config, const std::vector<CdrRecord> &records)
{
    std::vector<CallRow> rows;
    rows.reserve(records.size());
    for (const CdrRecord &r : records) {
        CallRow row;
        row.caller = r.caller;
        row.callee = r.callee;
        row.start = r.startTime;
        row.duration = r.duration;
        row.service = CallMix::classifyService(config.callTypes[r.type]);
        row.outcome = CallMix::classifyOutcome(config.callStatus[r.status]);
        const bool emitting = (r.missingColumns & (1u << 7)) == 0;
        row.imeiCaller = emitting ? r.imeiCaller : 0;
        row.antennaEmission = emitting ? r.antennaEmission.id : -1;
        row.callerHomeLat = emitting ? r.callerHomeLat : 0;
        row.callerHomeLon = emitting ? r.callerHomeLon : 0;
        row.antennaLat = emitting ? r.antennaEmission.lat : 0;
        row.antennaLon = emitting ? r.antennaEmission.lon : 0;
        if (r.receiver == ReceiverKind::Subscriber) {
            row.imeiReceiver = r.imeiReceiver;
            row.antennaReception = r.antennaReception.id;
        }
        rows.push_back(row);
    }
    return rows;
}

bool isNight(std::int64_t t)
{
    const std::int64_t hour = (t / 3600) % 24;
    return hour < 6 || hour >= 22;
}

bool isWeekend(std::int64_t t)
{
    return (t / 86'400 + 3) % 7 >= 5; // 1970-01-01 was a Thursday
}

bool isBelgian(std::uint64_t e164)
{
    return std::to_string(e164).rfind("32", 0) == 0;
}

std::int64_t NumberProfile::busiestDay() const
{
    std::int64_t most = 0;
    for (const auto &[day, calls] : outVoicePerDay)
        most = std::max(most, calls);
    return most;
}

int NumberProfile::mostAtOnce() const
{
    std::vector<std::pair<std::int64_t, int>> edges;
    for (const auto &[start, end] : outCalls)
        edges.push_back({start, 1}), edges.push_back({end, -1});
    std::sort(edges.begin(), edges.end());
    int now = 0, most = 0;
    for (const auto &[t, change] : edges)
        most = std::max(most, now += change);
    return most;
}

std::unordered_map<std::uint64_t, NumberProfile> profile(const std::vector<CallRow> &rows)
{
    std::unordered_map<std::uint64_t, NumberProfile> out;
    for (const CallRow &row : rows) {
        NumberProfile &caller = out[row.caller];
        caller.first = std::min(caller.first, row.start);
        caller.last = std::max(caller.last, row.start);
        caller.outTimes.push_back(row.start);
        if (row.imeiCaller != 0)
            caller.imeis.insert(row.imeiCaller);
        else
            ++caller.emptyEmission;
        if (row.antennaEmission >= 0)
            caller.antennas.insert(row.antennaEmission);
        if (row.callee != 0)
            caller.callees.insert(row.callee);
        switch (row.service) {
        case ServiceKind::Voice:
            ++caller.outVoice;
            ++caller.outVoicePerDay[row.start / 86'400];
            caller.outMissed += row.outcome != OutcomeKind::Success;
            caller.nightOut += isNight(row.start);
            caller.weekendOut += isWeekend(row.start);
            caller.internationalOut += row.callee != 0 && !isBelgian(row.callee);
            if (row.outcome == OutcomeKind::Success) {
                caller.outCalls.push_back({row.start, row.start + row.duration});
                caller.outDurations.push_back(row.duration);
            }
            break;
        case ServiceKind::Sms:
            ++caller.smsOut;
            break;
        case ServiceKind::Data:
            ++caller.dataSessions;
            break;
        }
        if (row.imeiReceiver == 0)
            continue;
        NumberProfile &callee = out[row.callee];
        callee.first = std::min(callee.first, row.start);
        callee.last = std::max(callee.last, row.start);
        callee.imeis.insert(row.imeiReceiver);
        callee.antennas.insert(row.antennaReception);
        if (row.service == ServiceKind::Voice)
            ++callee.inVoice;
        else if (row.service == ServiceKind::Sms) {
            ++callee.smsIn;
            callee.smsInTimes.push_back(row.start);
        }
    }
    return out;
}

} // namespace cdr::testing
