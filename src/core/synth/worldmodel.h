#pragma once

#include "config/config.h"

#include <cstdint>
#include <vector>

namespace cdr {

struct Antenna {
    std::int32_t id = 0;          // "ANT<id>", from ranges.antenna_id
    std::uint16_t operatorIndex = 0; // index into Config::operators
    std::uint8_t type = 0;        // index into Config::antennaTypes
    std::int32_t altitude = 0;    // metres, within ranges.altitude
    double lat = 0;
    double lon = 0;
};

struct Subscriber {
    std::uint64_t number = 0;     // E.164 digits without '+': 324XXXXXXXX
    std::uint64_t imei = 0;       // 15 digits, Luhn-valid
    std::uint16_t operatorIndex = 0;
    double homeLat = 0;
    double homeLon = 0;
    double workLat = 0;           // work or study place; equal to home for a subscriber who does not commute
    double workLon = 0;
    float activity = 1;           // relative call volume (heavy-tailed)
    std::uint64_t secondImei = 0; // handset after a switch (0 = never switches)
    std::int64_t imeiSwitchTime = 0; // wall-clock seconds from which secondImei is used
};

// The run's fixed world: antennas and subscribers (with contacts), built deterministically from (config, seed).
class WorldModel {
public:
    virtual ~WorldModel() = default;
    virtual const std::vector<Antenna> &antennas() const = 0;
    virtual const std::vector<Subscriber> &subscribers() const = 0;
};

} // namespace cdr
