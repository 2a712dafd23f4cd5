#pragma once

#include "model/cdrrecord.h"
#include "synth/randomstream.h"

#include <cstdint>
#include <unordered_set>
#include <vector>

namespace cdr {

// What the world and the period look like to the damage: what an orphan must avoid, where the period ends.
struct DefectContext {
    std::int64_t periodStart = 0; // wall-clock seconds
    std::int64_t periodEnd = 0;
    std::int32_t antennaIdMin = 1;
    std::int32_t antennaIdMax = 1000;
    double latitudeMin = 49.5;
    double longitudeMin = 2.5;
    double longitudeMax = 6.5;
    std::unordered_set<std::uint64_t> numbers; // every subscriber's number
    std::unordered_set<std::uint64_t> imeis;   // every subscriber's handsets
    std::vector<std::int32_t> freeAntennaIds;  // ids in ranges.antenna_id no antenna has (often none)
};

// The value changes, one per variant; each returns false when it cannot apply to this record (the injector then
// falls back to another variant of the kind).
namespace defectvalues {

bool orphanCaller(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool orphanImei(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool orphanAntenna(CdrRecord &r, RandomStream &random, const DefectContext &context);

bool future(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool beforePeriod(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool pastMidnight(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool dstGap(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool dstOverlap(CdrRecord &r, RandomStream &random, const DefectContext &context);

bool imeiCheckDigit(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool msisdnLength(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool msisdnBlock(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool antennaOutOfRange(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool negativeDuration(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool extremeDuration(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool swappedCoordinates(CdrRecord &r, RandomStream &random, const DefectContext &context);
bool outsideBelgium(CdrRecord &r, RandomStream &random, const DefectContext &context);

// The digit that makes body (14 digits) a Luhn-valid IMEI.
int luhnCheckDigit(std::uint64_t body);
// The smallest extreme duration (s): well beyond any call a clean record holds.
inline constexpr std::int32_t kExtremeDuration = 1'000'000;
// The national prefix of msisdn_block: "040", a block no Belgian mobile operator holds.
inline constexpr std::uint64_t kUnknownBlock = 32'400'000'000ULL;

} // namespace defectvalues

} // namespace cdr
