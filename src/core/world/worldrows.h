#pragma once

#include "calendar/eventcalendar.h"
#include "scenarios/scenarioplan.h"
#include "config/config.h"
#include "scenarios/labelrow.h"
#include "synth/syntheticworld.h"
#include "world/worldtableschema.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cdr {

// What the `<table>_runs` row records about the run that wrote the world tables.
struct WorldRunFacts {
    std::string version;
    std::uint64_t seed = 0;
    std::string configDigest;
    std::int64_t recordTotal = 0;
    std::int64_t createdAt = 0; // UTC seconds since 1970
};

// The rows of the world tables as column text, formatted with RecordFormatter's helpers exactly as the CDR columns
// holding the same values ("+32471234567", "ANT17", coordinates, timestamps). nullopt = NULL (empty in CSV).
// `<table>_events` holds EventCalendar(config, world antennas).events(), the calendar the engine applies; a
// nationwide event's antenna_ids is the empty text, not NULL. `<table>_labels` holds the run's ScenarioPlan
// .labels() in their order (none when no scenario is enabled); imei is NULL where LabelRow::imei is 0.
// `<table>_subscribers` lists the world's subscribers, then the subscriptions the scenarios add (ScenarioPlan::
// subscriptions(): at home, working from home, no second handset).
class WorldRows {
public:
    using Row = std::vector<std::optional<std::string>>;

    // scenarios: the run's plan (CdrEngine::scenarios()), built once with the engine.
    WorldRows(const SyntheticWorld &world, const Config &config, WorldRunFacts run, const ScenarioPlan &scenarios);

    std::size_t count(WorldTable table) const;
    // Replaces `row` with row `index` of `table` (index < count(table)).
    void fill(WorldTable table, std::size_t index, Row &row) const;

private:
    void fillSubscriber(std::uint32_t index, Row &row) const;
    void fillSubscription(const ScenarioPlan::Subscription &s, Row &row) const;
    void fillAntenna(std::size_t index, Row &row) const;
    void fillEvent(std::size_t index, Row &row) const;
    void fillLabel(std::size_t index, Row &row) const;
    void fillRun(Row &row) const;

    const SyntheticWorld &m_world;
    const Config &m_config;
    WorldRunFacts m_run;
    std::vector<CalendarEvent> m_events;
    std::vector<LabelRow> m_labels;
    std::vector<ScenarioPlan::Subscription> m_subscriptions;
};

} // namespace cdr
