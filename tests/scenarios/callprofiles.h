#pragma once

#include "config/config.h"
#include "model/cdrrecord.h"
#include "synth/callmix.h"

#include <cstdint>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// What a fraud analyst computes from a CDR table alone, per number: the features the scenarios' signatures and the
// rule of thumb are written in. Nothing here reads a label.
namespace cdr::testing {

struct CallRow {
    std::uint64_t caller = 0, callee = 0; // E.164 digits; callee 0 = none
    std::int64_t start = 0;
    std::int32_t duration = 0;
    ServiceKind service = ServiceKind::Voice;
    OutcomeKind outcome = OutcomeKind::Success;
    std::uint64_t imeiCaller = 0, imeiReceiver = 0; // 0 = empty
    std::int32_t antennaEmission = -1, antennaReception = -1; // -1 = empty
    double callerHomeLat = 0, callerHomeLon = 0;
    double antennaLat = 0, antennaLon = 0; // of the emitting antenna
};

// CdrRecord -> CallRow, with the service and outcome of the record's type and status names.
std::vector<CallRow> callRows(const Config &config, const std::vector<CdrRecord> &records);

struct NumberProfile {
    std::int64_t outVoice = 0, inVoice = 0, smsOut = 0, smsIn = 0, dataSessions = 0;
    std::int64_t outMissed = 0, nightOut = 0, weekendOut = 0, internationalOut = 0, premiumOut = 0;
    std::int64_t first = INT64_MAX, last = INT64_MIN;
    std::int64_t emptyEmission = 0; // records it placed with an empty emitting side
    std::unordered_set<std::uint64_t> callees, imeis;
    std::unordered_set<std::int32_t> antennas;
    std::map<std::int64_t, std::int64_t> outVoicePerDay;
    std::vector<std::pair<std::int64_t, std::int64_t>> outCalls; // answered outgoing voice: start, end
    std::vector<std::int64_t> smsInTimes, outTimes;
    std::vector<std::int32_t> outDurations;

    std::int64_t busiestDay() const;
    int mostAtOnce() const; // most answered outgoing calls in progress at one moment
};

// Profiles of every caller, and of every callee that has a handset in the record (a subscriber of ours).
std::unordered_map<std::uint64_t, NumberProfile> profile(const std::vector<CallRow> &rows);

// The operators' rule of thumb for SIM boxes: more than 50 outgoing calls on some day and no SMS received.
inline bool simBoxRule(const NumberProfile &p) { return p.busiestDay() > 50 && p.smsIn == 0; }

bool isNight(std::int64_t t);   // 22:00-06:00
bool isWeekend(std::int64_t t);
bool isBelgian(std::uint64_t e164);

} // namespace cdr::testing
