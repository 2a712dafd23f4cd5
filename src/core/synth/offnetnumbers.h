#pragma once

#include "config/config.h"

#include <cstdint>
#include <vector>

namespace cdr {

class RandomStream;

// Callees outside the generated world: Belgian landlines and mobiles of the neighbouring countries. Every number is
// valid per its country's numbering plan (libphonenumber metadata, resources/data/SOURCES.md):
//   Belgian geographic: 8 national digits, a real zone code then a subscriber number ("02 2xx xx xx", "071 xx xx xx");
//   France +33 6/7 (9 digits), the Netherlands +31 6 (9 digits), Germany +49 15x/17x (11 digits),
//   Luxembourg +352 621/661/691 (9 digits).
// A landline callee lives in the caller's own zone (the zone whose main town is nearest the caller's home).
class OffNetNumbers {
public:
    struct Zone {
        int code;          // national zone code without the 0: 2 (Brussels), 71 (Charleroi), ...
        double lat, lon;   // its main town
    };
    static const std::vector<Zone> &belgianZones();

    static constexpr int kLongestLandlineE164Digits = 10; // 32 + 8 national digits

    explicit OffNetNumbers(const RealismConfig &realism);

    // Share of voice/SMS calls to a landline or a foreign mobile (realism.landline_call_share +
    // realism.foreign_call_share).
    double share() const { return m_landlineShare + m_foreignShare; }
    // Index into belgianZones() of the zone nearest a home.
    static std::uint32_t zoneNear(double lat, double lon);
    // E.164 digits of an off-net callee for a caller in the given zone.
    std::uint64_t draw(std::uint32_t callerZone, RandomStream &random) const;
    // Digits of the longest E.164 number draw() can return with these shares (0 when share() is 0); the column text
    // adds a '+'.
    int longestE164Digits() const;
    // E.164 digits of a Belgian landline in the zone.
    std::uint64_t landline(std::uint32_t zone, RandomStream &random) const;

private:
    std::uint64_t foreignMobile(RandomStream &random) const;
    double m_landlineShare;
    double m_foreignShare;
};

} // namespace cdr
