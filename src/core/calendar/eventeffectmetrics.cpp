#include "calendar/eventeffectmetrics.h"

#include "geo/geomath.h"

#include <algorithm>
#include <charconv>

namespace cdr {

namespace {

constexpr std::int64_t kWeek = 7 * 86400;

bool within(std::int64_t t, std::int64_t start, std::int64_t end)
{
    return t >= start && t <= end;
}

bool onAny(const EventEffectMetrics::Record &r, const std::vector<std::int32_t> &antennas)
{
    auto listed = [&](std::int32_t a) { return a != 0 && std::binary_search(antennas.begin(), antennas.end(), a); };
    return listed(r.emission.antenna) || listed(r.reception.antenna);
}

double parameter(const EventEffectMetrics::Event &e, const char *key)
{
    const auto it = e.parameters.find(key);
    return it == e.parameters.end() ? 0 : it->second;
}

// A side within the outage's neighbourhood, on an antenna that stayed up.
bool nearOutage(const EventEffectMetrics::Side &side, const EventEffectMetrics::Event &e)
{
    if (side.antenna == 0 || std::binary_search(e.antennas.begin(), e.antennas.end(), side.antenna))
        return false;
    return GeoMath::distanceKm(side.lat, side.lon, parameter(e, "latitude"), parameter(e, "longitude"))
        <= parameter(e, "radius_km") + EventEffectMetrics::kOutageNeighbourhoodKm;
}

void count(EventEffectMetrics::Counts &counts, bool failed)
{
    ++counts.records;
    counts.failed += failed ? 1 : 0;
}

} // namespace

EventEffectMetrics::EventEffectMetrics(std::vector<Event> events, std::int64_t periodStart)
{
    for (Event &event : events) {
        std::sort(event.antennas.begin(), event.antennas.end());
        Effect effect;
        effect.baselineShift = event.start - kWeek >= periodStart ? -kWeek : kWeek;
        effect.event = std::move(event);
        m_effects.push_back(std::move(effect));
    }
}

void EventEffectMetrics::add(const Record &r)
{
    for (Effect &effect : m_effects) {
        const Event &e = effect.event;
        const bool nationwide = e.kind == "holiday" || e.kind == "new_year";
        if (nationwide || onAny(r, e.antennas)) {
            if (within(r.startTime, e.start, e.end))
                count(effect.during, r.failed);
            if (within(r.startTime - effect.baselineShift, e.start, e.end))
                count(effect.baseline, r.failed);
        }
        if (e.kind != "outage" || !(nearOutage(r.emission, e) || nearOutage(r.reception, e)))
            continue;
        const std::int64_t spikeEnd = e.start + static_cast<std::int64_t>(parameter(e, "spike_minutes") * 60) - 1;
        if (within(r.startTime, e.start, spikeEnd))
            count(effect.spike, r.failed);
        if (within(r.startTime - effect.baselineShift, e.start, spikeEnd))
            count(effect.spikeBaseline, r.failed);
    }
}

std::vector<std::int32_t> EventEffectMetrics::parseAntennaIds(const std::string &text)
{
    std::vector<std::int32_t> ids;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t comma = std::min(text.find(',', pos), text.size());
        const std::string item = text.substr(pos, comma - pos);
        std::int32_t id = 0;
        if (item.size() > 3 && item.compare(0, 3, "ANT") == 0)
            std::from_chars(item.data() + 3, item.data() + item.size(), id);
        if (id != 0)
            ids.push_back(id);
        pos = comma + 1;
    }
    return ids;
}

std::map<std::string, double> EventEffectMetrics::parseParameters(const std::string &text)
{
    std::map<std::string, double> values;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find(';', pos), text.size());
        const std::string item = text.substr(pos, end - pos);
        if (const std::size_t eq = item.find('='); eq != std::string::npos) {
            double value = 0;
            std::from_chars(item.data() + eq + 1, item.data() + item.size(), value);
            values[item.substr(0, eq)] = value;
        }
        pos = end + 1;
    }
    return values;
}

} // namespace cdr
