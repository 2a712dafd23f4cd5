#include "tableshape/runvaluelimits.h"

#include "config/utf8text.h"
#include "synth/antennaplanner.h"
#include "scenarios/foreignranges.h"
#include "synth/offnetnumbers.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

namespace cdr {

namespace {

constexpr std::size_t kBelgianMobileE164Digits = 11; // 32 + 4[5-9] + 7 digits
constexpr std::size_t kImeiDigits = 15;
constexpr std::size_t kTimestampLength = 19;    // "YYYY-MM-DD HH:MM:SS"

std::size_t longest(const std::vector<std::string> &values)
{
    std::size_t length = 0;
    for (const std::string &value : values)
        length = std::max(length, utf8CodePoints(value));
    return length;
}

std::size_t columnIndex(std::string_view name)
{
    for (std::size_t c = 0; c < kCdrColumnCount; ++c)
        if (kCdrColumns[c].name == name)
            return c;
    return kCdrColumnCount; // never: the names below are the schema's
}

// "ANT" + the id, for the antennas the planner lays out (antennaplanner.cpp).
std::size_t longestAntennaId(const IntRange &ids)
{
    const std::int64_t count = std::clamp<std::int64_t>(ids.max - ids.min + 1, 1, AntennaPlanner::kMaxAntennas);
    const std::int64_t last = ids.min + count - 1;
    return 3 + std::max(std::to_string(ids.min).size(), std::to_string(last).size());
}

} // namespace

RunValueLimits runValueLimits(const Config &config, std::int64_t largestId)
{
    RunValueLimits limits;
    const auto set = [&](std::string_view column, std::int64_t low, std::int64_t high) {
        limits.smallest[columnIndex(column)] = low;
        limits.largest[columnIndex(column)] = high;
    };
    set("id", 1, largestId);
    // callmix.cpp: 0 for an unanswered call or an SMS, else within ranges.duration.
    set("duration", 0, std::max(config.duration.max, config.duration.min));
    // antennaplanner.cpp: every altitude lies in ranges.altitude.
    for (std::string_view column : {"antenna_altitude_emission", "antenna_altitude_reception"})
        set(column, config.altitude.min, std::max(config.altitude.max, config.altitude.min));

    std::vector<std::string> operatorCodes;
    for (const OperatorConfig &op : config.operators)
        operatorCodes.push_back(op.code);
    std::size_t offNet = std::size_t(OffNetNumbers(config.realism).longestE164Digits());
    // Scenarios add calls from off-net numbers (landlines, foreign ones) and foreign numbers of their own.
    limits.offNetCallers = config.scenarios.enabled();
    if (limits.offNetCallers)
        offNet = std::max({offNet, std::size_t(ForeignRanges::longestE164Digits()),
                           std::size_t(OffNetNumbers::kLongestLandlineE164Digits)});
    const auto text = [&](std::string_view column, std::size_t length) { limits.longestText[columnIndex(column)] = length; };
    text("caller", 1 + (limits.offNetCallers ? std::max(kBelgianMobileE164Digits, offNet) : kBelgianMobileE164Digits));
    text("callee", 1 + std::max(kBelgianMobileE164Digits, offNet));
    text("start_time", kTimestampLength);
    text("type", longest(config.callTypes));
    text("status", longest(config.callStatus));
    text("imei_caller", kImeiDigits);
    text("imei_receiver", kImeiDigits);
    for (std::string_view column : {"operator_code_emission", "operator_code_reception"})
        text(column, longest(operatorCodes));
    for (std::string_view column : {"antenna_id_emission", "antenna_id_reception"})
        text(column, longestAntennaId(config.antennaId));
    for (std::string_view column : {"antenna_type_emission", "antenna_type_reception"})
        text(column, longest(config.antennaTypes));

    // Antennas and homes lie inside the geography box.
    for (double bound : {config.latitude.min, config.latitude.max, config.longitude.min, config.longitude.max})
        limits.largestAbsCoordinate = std::max(limits.largestAbsCoordinate, std::fabs(bound));
    limits.firstDay = config.generation.periodStart.substr(0, 10);
    limits.lastDay = config.generation.periodEnd.substr(0, 10);
    return limits;
}

} // namespace cdr
