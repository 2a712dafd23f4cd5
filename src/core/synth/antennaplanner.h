#pragma once

#include "config/config.h"
#include "geo/landmask.h"
#include "synth/populationsampler.h"
#include "synth/worldmodel.h"

#include <string_view>
#include <vector>

namespace cdr {

// MACRO cells cover the country (half of them anywhere on land, the rest spread widely around towns), MICRO cells
// sit in towns, PICO cells in the centres of the biggest ones. Unknown type names behave as MICRO.
enum class CellClass { Macro, Micro, Pico };

// Lays out the run's antennas: one per id of ranges.antenna_id (at most kMaxAntennas), operators by market share
// and types by realism.antenna_type_weights as exact counts, positions by cell class, altitude within
// ranges.altitude by class (macro masts high, pico cells low).
class AntennaPlanner {
public:
    static constexpr std::int64_t kMaxAntennas = 1'000'000;

    static CellClass classify(std::string_view typeName);
    static SpreadModel spread(CellClass cellClass);
    // Altitude range of a class inside [min, max].
    static IntRange altitudeRange(CellClass cellClass, IntRange altitude);
    // Weights per configured antenna type after defaults (MACRO 35, MICRO 45, PICO 20; unknown names: the mean).
    static std::vector<double> typeWeights(const Config &config);

    static std::vector<Antenna> plan(const Config &config, const LandMask &land, const std::vector<Place> &places);
};

} // namespace cdr
