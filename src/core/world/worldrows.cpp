#include "world/worldrows.h"

#include "scenarios/scenarioplan.h"
#include "synth/recordformatter.h"

#include <charconv>

namespace cdr {

namespace {

std::string phone(std::uint64_t digits)
{
    std::string out;
    RecordFormatter::appendPhone(out, digits);
    return out;
}

std::string imei(std::uint64_t value)
{
    std::string out;
    RecordFormatter::appendImei(out, value);
    return out;
}

std::string antennaId(std::int32_t id)
{
    std::string out;
    RecordFormatter::appendAntennaId(out, id);
    return out;
}

std::string coordinate(double degrees)
{
    std::string out;
    RecordFormatter::appendCoordinate(out, degrees);
    return out;
}

std::string timestamp(std::int64_t seconds)
{
    std::string out;
    RecordFormatter::appendTimestamp(out, seconds);
    return out;
}

std::string shortest(float value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

} // namespace

WorldRows::WorldRows(const SyntheticWorld &world, const Config &config, WorldRunFacts run,
                     const ScenarioPlan &scenarios)
    : m_world(world), m_config(config), m_run(std::move(run)),
      m_events(EventCalendar(config, world.antennas()).events()), m_labels(scenarios.labels()),
      m_subscriptions(scenarios.subscriptions())
{
}

std::size_t WorldRows::count(WorldTable table) const
{
    switch (table) {
    case WorldTable::Subscribers: return m_world.subscribers().size() + m_subscriptions.size();
    case WorldTable::Antennas: return m_world.antennas().size();
    case WorldTable::Events: return m_events.size();
    case WorldTable::Labels: return m_labels.size();
    case WorldTable::Runs: return 1;
    }
    return 0;
}

void WorldRows::fill(WorldTable table, std::size_t index, Row &row) const
{
    row.clear();
    switch (table) {
    case WorldTable::Subscribers:
        if (index < m_world.subscribers().size())
            fillSubscriber(static_cast<std::uint32_t>(index), row);
        else
            fillSubscription(m_subscriptions[index - m_world.subscribers().size()], row);
        break;
    case WorldTable::Antennas: fillAntenna(index, row); break;
    case WorldTable::Events: fillEvent(index, row); break;
    case WorldTable::Labels: fillLabel(index, row); break;
    case WorldTable::Runs: fillRun(row); break;
    }
}

void WorldRows::fillSubscriber(std::uint32_t index, Row &row) const
{
    const Subscriber &s = m_world.subscribers()[index];
    const Antenna &home = m_world.antennas()[m_world.homeAntenna(index)];
    const Antenna &work = m_world.antennas()[m_world.workAntenna(index)];
    const bool switches = s.secondImei != 0;
    row = {phone(s.number),
           imei(s.imei),
           m_config.operators[s.operatorIndex].code,
           coordinate(s.homeLat),
           coordinate(s.homeLon),
           antennaId(home.id),
           coordinate(s.workLat),
           coordinate(s.workLon),
           antennaId(work.id),
           shortest(s.activity),
           switches ? std::optional(imei(s.secondImei)) : std::nullopt,
           switches ? std::optional(timestamp(s.imeiSwitchTime)) : std::nullopt};
}

void WorldRows::fillSubscription(const ScenarioPlan::Subscription &s, Row &row) const
{
    const std::string home = antennaId(m_world.antennas()[m_world.nearestAntenna(s.operatorIndex, s.homeLat, s.homeLon)].id);
    row = {phone(s.number),
           imei(s.imei),
           m_config.operators[s.operatorIndex].code,
           coordinate(s.homeLat),
           coordinate(s.homeLon),
           home,
           coordinate(s.homeLat),
           coordinate(s.homeLon),
           home,
           shortest(s.activity),
           std::nullopt,
           std::nullopt};
}

void WorldRows::fillAntenna(std::size_t index, Row &row) const
{
    const Antenna &a = m_world.antennas()[index];
    row = {antennaId(a.id),
           m_config.antennaTypes[a.type],
           coordinate(a.lat),
           coordinate(a.lon),
           std::to_string(a.altitude),
           m_config.operators[a.operatorIndex].code};
}

void WorldRows::fillEvent(std::size_t index, Row &row) const
{
    const CalendarEvent &e = m_events[index];
    std::string antennas;
    for (std::uint32_t antenna : e.antennas) {
        if (!antennas.empty())
            antennas += ',';
        RecordFormatter::appendAntennaId(antennas, m_world.antennas()[antenna].id);
    }
    row = {std::to_string(e.id),
           std::string(CalendarEvent::kindName(e.kind)),
           e.name,
           timestamp(e.start),
           timestamp(e.end),
           std::move(antennas),
           e.parameters};
}

void WorldRows::fillLabel(std::size_t index, Row &row) const
{
    const LabelRow &label = m_labels[index];
    row = {phone(label.msisdn),
           label.imei != 0 ? std::optional(imei(label.imei)) : std::nullopt,
           std::string(scenarioKey(label.scenario)),
           std::string(labelRoleName(label.role)),
           std::to_string(label.groupId),
           timestamp(label.validFrom),
           timestamp(label.validTo)};
}

void WorldRows::fillRun(Row &row) const
{
    row = {m_run.version, std::to_string(m_run.seed), m_run.configDigest, std::to_string(m_run.recordTotal),
           timestamp(m_run.createdAt)};
}

} // namespace cdr
