#pragma once

#include "maparea.h"
#include "scenarios/scenarioplan.h"
#include "synth/worldmodel.h"

#include <vector>

namespace cdr::gui {

// The circle of a scenario's site on a map: around the mean point of its antennas, just wide enough to hold them,
// in the scenario's colour, named "SIM box 3" after its answer-key group.
MapArea siteArea(const ScenarioPlan::Site &site, const std::vector<Antenna> &antennas);
// Every site's circle; selectedIndex is drawn bolder (-1: none).
std::vector<MapArea> siteAreas(const std::vector<ScenarioPlan::Site> &sites, const std::vector<Antenna> &antennas,
                               int selectedIndex = -1);

} // namespace cdr::gui
