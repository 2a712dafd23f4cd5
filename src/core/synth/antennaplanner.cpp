#include "synth/antennaplanner.h"

#include "synth/apportionment.h"
#include "synth/nametext.h"
#include "synth/randomstream.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace cdr {

CellClass AntennaPlanner::classify(std::string_view typeName)
{
    const std::string s = upperCase(typeName);
    if (s.find("MACRO") != std::string::npos)
        return CellClass::Macro;
    if (s.find("PICO") != std::string::npos || s.find("FEMTO") != std::string::npos)
        return CellClass::Pico;
    return CellClass::Micro;
}

SpreadModel AntennaPlanner::spread(CellClass cellClass)
{
    switch (cellClass) {
    case CellClass::Macro:
        return {0.7, 2.0, 0.5};
    case CellClass::Pico:
        return {1.3, 0.4, 0.0};
    case CellClass::Micro:
        break;
    }
    return {1.0, 0.7, 0.0};
}

IntRange AntennaPlanner::altitudeRange(CellClass cellClass, IntRange altitude)
{
    const std::int64_t lo = altitude.min, hi = std::max(altitude.max, altitude.min);
    const double span = static_cast<double>(hi - lo);
    auto at = [&](double fraction) { return lo + static_cast<std::int64_t>(span * fraction + 0.5); };
    switch (cellClass) {
    case CellClass::Macro:
        return {at(0.45), hi};
    case CellClass::Pico:
        return {lo, at(0.2)};
    case CellClass::Micro:
        break;
    }
    return {at(0.1), at(0.5)};
}

std::vector<double> AntennaPlanner::typeWeights(const Config &config)
{
    static const std::map<std::string, double> kDefaults{{"MACRO", 35}, {"MICRO", 45}, {"PICO", 20}};
    std::vector<double> weights;
    double sum = 0;
    int known = 0;
    for (const std::string &type : config.antennaTypes) {
        double w = -1;
        if (auto it = config.realism.antennaTypeWeights.find(type); it != config.realism.antennaTypeWeights.end())
            w = std::max(it->second, 0.0);
        else if (auto d = kDefaults.find(upperCase(type)); d != kDefaults.end())
            w = d->second;
        if (w >= 0)
            sum += w, ++known;
        weights.push_back(w);
    }
    for (double &w : weights)
        if (w < 0)
            w = known > 0 ? sum / known : 1.0;
    return weights;
}

std::vector<Antenna> AntennaPlanner::plan(const Config &config, const LandMask &land, const std::vector<Place> &places)
{
    std::int64_t count = config.antennaId.max - config.antennaId.min + 1;
    if (count > kMaxAntennas) {
        spdlog::warn("ranges.antenna_id spans {} ids; using the first {}", count, kMaxAntennas);
        count = kMaxAntennas;
    }
    count = std::max<std::int64_t>(count, 1);

    std::vector<double> shares;
    for (const OperatorConfig &op : config.operators)
        shares.push_back(op.marketShare);
    const std::vector<double> typeWeights = AntennaPlanner::typeWeights(config);
    // Exact (operator, type) counts, then shuffled over the ids so that neither follows the id order.
    std::vector<std::pair<std::uint16_t, std::uint8_t>> slots;
    slots.reserve(static_cast<std::size_t>(count));
    const std::vector<std::int64_t> perOperator = apportion(count, shares, true);
    for (std::size_t op = 0; op < perOperator.size(); ++op) {
        const std::vector<std::int64_t> perType = apportion(perOperator[op], typeWeights, false);
        for (std::size_t type = 0; type < perType.size(); ++type)
            for (std::int64_t k = 0; k < perType[type]; ++k)
                slots.emplace_back(static_cast<std::uint16_t>(op), static_cast<std::uint8_t>(type));
    }
    RandomStream layout(config.generation.seed, StreamKind::AntennaLayout, 0);
    for (std::size_t i = slots.size(); i > 1; --i)
        std::swap(slots[i - 1], slots[layout.below(i)]);

    std::vector<PopulationSampler> samplers;
    std::vector<CellClass> classes;
    for (const std::string &type : config.antennaTypes) {
        classes.push_back(classify(type));
        samplers.emplace_back(land, places, spread(classes.back()));
    }

    std::vector<Antenna> antennas(slots.size());
    for (std::size_t i = 0; i < slots.size(); ++i) {
        RandomStream random(config.generation.seed, StreamKind::Antenna, i);
        Antenna &a = antennas[i];
        a.id = static_cast<std::int32_t>(config.antennaId.min + static_cast<std::int64_t>(i));
        a.operatorIndex = slots[i].first;
        a.type = slots[i].second;
        const GeoPoint p = samplers[a.type].sample(random);
        a.lat = p.lat;
        a.lon = p.lon;
        const IntRange range = altitudeRange(classes[a.type], config.altitude);
        a.altitude = static_cast<std::int32_t>(range.min
                                               + static_cast<std::int64_t>(random.below(
                                                   static_cast<std::uint64_t>(range.max - range.min + 1))));
    }
    return antennas;
}

} // namespace cdr
