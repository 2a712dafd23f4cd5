#include "defects/defectvalues.h"

#include "synth/civiltime.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace cdr::defectvalues {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::uint64_t kMillion = 1'000'000;

double sixDecimals(double degrees)
{
    return std::round(degrees * 1e6) / 1e6;
}

// A handset's IMEI with a new serial (the last six digits before the check digit) and a valid check digit.
std::uint64_t newSerial(std::uint64_t imei, RandomStream &random)
{
    std::uint64_t body = imei / 10;
    body = body - body % kMillion + random.below(kMillion);
    return body * 10 + static_cast<std::uint64_t>(luhnCheckDigit(body));
}

} // namespace

int luhnCheckDigit(std::uint64_t body)
{
    int sum = 0;
    bool doubled = true; // the digit left of the check digit is doubled
    for (; body > 0; body /= 10, doubled = !doubled) {
        int digit = static_cast<int>(body % 10);
        if (doubled && (digit *= 2) > 9)
            digit -= 9;
        sum += digit;
    }
    return (10 - sum % 10) % 10;
}

bool orphanCaller(CdrRecord &r, RandomStream &random, const DefectContext &context)
{
    for (int attempt = 0; attempt < 64; ++attempt) {
        const std::uint64_t number = r.caller - r.caller % kMillion + random.below(kMillion);
        if (!context.numbers.count(number)) {
            r.caller = number;
            return true;
        }
    }
    return false;
}

bool orphanImei(CdrRecord &r, RandomStream &random, const DefectContext &context)
{
    for (int attempt = 0; attempt < 64; ++attempt) {
        const std::uint64_t imei = newSerial(r.imeiCaller, random);
        if (!context.imeis.count(imei)) {
            r.imeiCaller = imei;
            return true;
        }
    }
    return false;
}

bool orphanAntenna(CdrRecord &r, RandomStream &random, const DefectContext &context)
{
    // An id no antenna has: a free one of ranges.antenna_id, or when the world uses them all, one just past it.
    if (!context.freeAntennaIds.empty()) {
        r.antennaEmission.id = context.freeAntennaIds[random.below(context.freeAntennaIds.size())];
        return true;
    }
    const auto span = static_cast<std::uint64_t>(std::max(1, context.antennaIdMax - context.antennaIdMin + 1));
    r.antennaEmission.id = context.antennaIdMax + 1 + static_cast<std::int32_t>(random.below(span));
    return true;
}

bool future(CdrRecord &r, RandomStream &random, const DefectContext &context)
{
    r.startTime = context.periodEnd + 1 + static_cast<std::int64_t>(random.below(30 * kDay));
    return true;
}

bool beforePeriod(CdrRecord &r, RandomStream &random, const DefectContext &context)
{
    r.startTime = context.periodStart - 1 - static_cast<std::int64_t>(random.below(30 * kDay));
    return true;
}

bool pastMidnight(CdrRecord &r, RandomStream &random, const DefectContext &context)
{
    // Starts in the last minutes of the period's last day and ends after its midnight; a record too short for that
    // (an SMS, a missed call) gets a duration that does, so two cells change.
    const std::int64_t midnight = (context.periodEnd / kDay + 1) * kDay;
    const auto before = static_cast<std::int32_t>(1 + random.below(600));
    r.startTime = midnight - before;
    if (r.duration <= before)
        r.duration = before + 1 + static_cast<std::int32_t>(random.below(600));
    return true;
}

bool dstGap(CdrRecord &r, RandomStream &random, const DefectContext &)
{
    const int year = CivilTime::civilFromDays(r.startTime / kDay).year;
    r.startTime = CivilTime::dstChange(year, true) + static_cast<std::int64_t>(random.below(3600));
    return true;
}

bool dstOverlap(CdrRecord &r, RandomStream &random, const DefectContext &)
{
    const int year = CivilTime::civilFromDays(r.startTime / kDay).year;
    r.startTime = CivilTime::dstChange(year, false) + static_cast<std::int64_t>(random.below(3600));
    return true;
}

bool imeiCheckDigit(CdrRecord &r, RandomStream &random, const DefectContext &)
{
    const std::uint64_t check = r.imeiCaller % 10;
    r.imeiCaller = r.imeiCaller - check + (check + 1 + random.below(9)) % 10;
    return true;
}

bool msisdnLength(CdrRecord &r, RandomStream &random, const DefectContext &)
{
    r.caller = random.chance(0.5) ? r.caller / 10 : r.caller * 10 + random.below(10);
    return true;
}

bool msisdnBlock(CdrRecord &r, RandomStream &, const DefectContext &)
{
    r.caller = kUnknownBlock + r.caller % 10'000'000;
    return true;
}

bool antennaOutOfRange(CdrRecord &r, RandomStream &random, const DefectContext &context)
{
    // Below any valid id: zero or negative ("ANT0", "ANT-17"), which no numbering of antennas produces.
    r.antennaEmission.id = std::min(0, context.antennaIdMin - 1) - static_cast<std::int32_t>(random.below(1000));
    return true;
}

bool negativeDuration(CdrRecord &r, RandomStream &random, const DefectContext &)
{
    r.duration = -1 - static_cast<std::int32_t>(random.below(3600));
    return true;
}

bool extremeDuration(CdrRecord &r, RandomStream &random, const DefectContext &)
{
    r.duration = kExtremeDuration + static_cast<std::int32_t>(random.below(1'000'000'000));
    return true;
}

bool swappedCoordinates(CdrRecord &r, RandomStream &, const DefectContext &)
{
    std::swap(r.antennaEmission.lat, r.antennaEmission.lon);
    return r.antennaEmission.lat != r.antennaEmission.lon;
}

bool outsideBelgium(CdrRecord &r, RandomStream &random, const DefectContext &context)
{
    // South of the geography box: France, Luxembourg or Germany, never Belgium (whose southern tip is 49.50 N).
    r.antennaEmission.lat = sixDecimals(context.latitudeMin - 0.5 - random.uniform());
    r.antennaEmission.lon =
        sixDecimals(context.longitudeMin + random.uniform() * (context.longitudeMax - context.longitudeMin));
    return true;
}

} // namespace cdr::defectvalues
