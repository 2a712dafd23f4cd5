#pragma once

#include "config/config.h"
#include "scenarios/labelrow.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace cdr {

class SyntheticWorld;

// The fraud and look-alike actors of a run (scenarios: in config.yml, docs/scenarios.md), built once from
// (config, world) like the world itself: their numbers (from our operators' real blocks, beyond the world's
// subscribers), handsets, places, windows and the answer key that names them. Read-only once built.
class ScenarioPlan {
public:
    // A place where a scenario's SIMs sit: a SIM box, a test probe, a call centre (antenna indexes into the world's).
    struct Site {
        ScenarioKind scenario;
        std::uint32_t groupId;
        std::vector<std::uint32_t> antennas;
    };

    // A subscription the scenarios add (a box SIM, a fraudulent subscription, a probe, an agent line, an extra SIM):
    // a customer of its operator like any other, listed in <table>_subscribers, so that "not in the customer
    // register" finds nothing. activity: its expected records a day / realism.daily_records_per_subscriber.
    struct Subscription {
        std::uint64_t number;
        std::uint64_t imei;
        std::uint16_t operatorIndex;
        double homeLat, homeLon;
        float activity;
    };

    // Throws std::invalid_argument when the enabled scenarios ask for more records than the run can divert to them.
    ScenarioPlan(const Config &config, const SyntheticWorld &world);
    ~ScenarioPlan();

    bool enabled() const;
    // The answer key, ordered by (scenario, group_id, role, msisdn, valid_from).
    const std::vector<LabelRow> &labels() const;
    const std::vector<Site> &sites() const;
    // In the order their numbers were handed out.
    const std::vector<Subscription> &subscriptions() const;
    // The label of a number at a time, if it has one then (victims included); the preview's "label" column.
    std::optional<LabelRow> labelOf(std::uint64_t msisdn, std::int64_t when) const;

    struct Impl;
    const Impl &impl() const { return *m_impl; } // for ScenarioRecords

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr
