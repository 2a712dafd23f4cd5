#pragma once

#include "synth/syntheticworld.h"

#include <cstdint>

namespace cdr {

struct WorkLocation {
    double lat = 0;
    double lon = 0;
};

// Where a subscriber works or studies. Until the world keeps that place itself, the position of the antenna that
// serves it (SyntheticWorld::elsewhereAntenna) stands for it.
WorkLocation workLocation(const SyntheticWorld &world, std::uint32_t subscriber);

} // namespace cdr
