#include "siteareas.h"

#include "geo/geomath.h"
#include "scenariotexts.h"

#include <algorithm>

namespace cdr::gui {

namespace {
constexpr double kMarginKm = 0.5; // a one-antenna site still gets a visible circle
} // namespace

MapArea siteArea(const ScenarioPlan::Site &site, const std::vector<Antenna> &antennas)
{
    MapArea area;
    area.colour = ScenarioTexts::colour(site.scenario);
    area.label = ScenarioTexts::site(site.scenario, site.groupId);
    int count = 0;
    for (std::uint32_t index : site.antennas)
        if (index < antennas.size()) {
            area.latitude += antennas[index].lat;
            area.longitude += antennas[index].lon;
            ++count;
        }
    if (count == 0)
        return area;
    area.latitude /= count;
    area.longitude /= count;
    double radius = 0;
    for (std::uint32_t index : site.antennas)
        if (index < antennas.size())
            radius = std::max(radius, GeoMath::distanceKm(area.latitude, area.longitude, antennas[index].lat,
                                                          antennas[index].lon));
    area.radiusKm = radius + kMarginKm;
    return area;
}

std::vector<MapArea> siteAreas(const std::vector<ScenarioPlan::Site> &sites, const std::vector<Antenna> &antennas,
                               int selectedIndex)
{
    std::vector<MapArea> areas;
    areas.reserve(sites.size());
    for (const ScenarioPlan::Site &site : sites) {
        areas.push_back(siteArea(site, antennas));
        areas.back().selected = static_cast<int>(areas.size()) - 1 == selectedIndex;
    }
    return areas;
}

} // namespace cdr::gui
