#include "world/worklocation.h"

namespace cdr {

WorkLocation workLocation(const SyntheticWorld &world, std::uint32_t subscriber)
{
    const Antenna &antenna = world.antennas()[world.elsewhereAntenna(subscriber)];
    return {antenna.lat, antenna.lon};
}

} // namespace cdr
