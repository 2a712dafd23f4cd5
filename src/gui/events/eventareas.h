#pragma once

#include "config/config.h"
#include "maparea.h"

#include <vector>

namespace cdr::gui {

// The circles of the configured gatherings, then outages, in their kind's colour, for a map; selectedIndex counts
// across both lists in that order (-1: none).
std::vector<MapArea> eventAreas(const EventsConfig &events, int selectedIndex = -1);

} // namespace cdr::gui
