#pragma once

#include "config/config.h"
#include "config/periodtime.h"
#include "geo/geomath.h"
#include "scenarios/scenarioplanimpl.h"
#include "scenarios/scenariotime.h"
#include "synth/aliastable.h"
#include "synth/devicecatalogue.h"
#include "synth/feistelpermutation.h"
#include "synth/randomstream.h"
#include "synth/syntheticworld.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace cdr {

// Builds the actors of every enabled scenario. Every draw comes from (seed, Scenarios, kind/purpose/index), so the
// plan depends on the config and the world only.
class PlanBuilder {
public:
    PlanBuilder(const Config &config, const SyntheticWorld &world, ScenarioPlan::Impl &plan)
        : m_config(config), m_world(world), m_plan(plan), m_devices(config.generation.seed),
          m_seed(config.generation.seed)
    {
        for (std::size_t op = 0; op < config.operators.size(); ++op) {
            m_nextNumber.push_back(world.subscribersOf(op).size());
            m_shares.push_back(world.numbering().capacity(op) > 0 ? config.operators[op].marketShare : 0.0);
        }
        m_operators = AliasTable(m_shares);
    }

    void build();

private:
    RandomStream stream(ScenarioKind kind, std::uint64_t purpose, std::uint64_t index) const
    {
        return RandomStream(m_seed, StreamKind::Scenarios,
                            (std::uint64_t(kind) << 56) | (purpose << 40) | (index & 0xffffffffffULL));
    }
    std::uint32_t subscriberCount() const { return static_cast<std::uint32_t>(m_world.subscribers().size()); }
    // The kind's units: prevalence x subscribers, at least one.
    std::uint32_t units(ScenarioKind kind) const
    {
        const double n = std::ceil(m_plan.value(kind, "prevalence") * subscriberCount() - 1e-9);
        return static_cast<std::uint32_t>(std::max(1.0, n));
    }
    std::pair<std::int64_t, std::int64_t> window(ScenarioKind kind) const
    {
        const ScenarioConfig &s = m_plan.of(kind);
        const std::int64_t from = s.start.empty() ? m_plan.periodStart : parsePeriodTime(s.start).value();
        const std::int64_t to = s.end.empty() ? m_plan.periodEnd : parsePeriodTime(s.end).value();
        return {from, to};
    }
    static double days(std::int64_t from, std::int64_t to) { return double(to - from + 1) / ScenarioTime::kDay; }
    std::uint32_t newGroup() { return ++m_groups; }
    std::uint64_t newNumber(std::uint16_t op)
    {
        if (m_nextNumber[op] >= m_world.numbering().capacity(op))
            throw std::invalid_argument("scenarios: operator " + m_config.operators[op].code
                                        + " has no free numbers left for the scenarios' SIMs");
        return m_world.numbering().number(op, m_nextNumber[op]++);
    }
    // A handset nobody in the world has: serials are handed out from the top of the model's range down.
    std::uint64_t newImei(RandomStream &random)
    {
        const std::uint32_t model = m_devices.drawModel(random);
        return m_devices.imei(model, 999'999 - m_imeisOfModel[model]++);
    }
    std::uint16_t drawOperator(RandomStream &random) const
    {
        return static_cast<std::uint16_t>(m_operators.sample(random.next()));
    }
    // Somewhere people live: near a random subscriber's home, a few hundred metres off.
    std::pair<double, double> drawHome(RandomStream &random) const
    {
        const Subscriber &s = m_world.subscribers()[random.below(subscriberCount())];
        return offset(s.homeLat, s.homeLon, 0.1 + 0.4 * random.uniform(), random.uniform() * 2 * std::numbers::pi);
    }
    static std::pair<double, double> offset(double lat, double lon, double km, double bearing)
    {
        return {lat + km * std::sin(bearing) / GeoMath::kmPerDegLat, lon + km * std::cos(bearing) / GeoMath::kmPerDegLon};
    }
    // Up to `count` distinct antennas of the operator around a place (the nearest first).
    std::vector<std::uint32_t> antennasAround(std::uint16_t op, double lat, double lon, std::uint32_t count,
                                              double km) const
    {
        std::vector<std::uint32_t> found{m_world.nearestAntenna(op, lat, lon)};
        for (std::uint32_t k = 0; found.size() < count && k < 4 * count; ++k) {
            const auto [la, lo] = offset(lat, lon, km * (1 + k / 3), 2 * std::numbers::pi * k / 3.0);
            const std::uint32_t a = m_world.nearestAntenna(op, la, lo);
            if (std::find(found.begin(), found.end(), a) == found.end())
                found.push_back(a);
        }
        return found;
    }
    std::vector<std::uint32_t> distinctSubscribers(ScenarioKind kind, std::uint32_t count) const
    {
        const FeistelPermutation order(subscriberCount(), mix64(m_seed ^ (std::uint64_t(kind) + 1) * 0x51ed2701ULL));
        std::vector<std::uint32_t> out;
        for (std::uint32_t i = 0; i < std::min(count, subscriberCount()); ++i)
            out.push_back(static_cast<std::uint32_t>(order(i)));
        return out;
    }
    std::uint32_t addSim(const ScenarioSim &sim)
    {
        m_plan.sims.push_back(sim);
        return static_cast<std::uint32_t>(m_plan.sims.size() - 1);
    }
    void addActor(const ScenarioActor &actor, double expectedRecords)
    {
        m_plan.actors.push_back(actor);
        m_plan.weights.push_back(expectedRecords);
    }
    void label(const ScenarioSim &sim, ScenarioKind kind, LabelRole role, std::uint32_t group)
    {
        m_plan.labels.push_back({sim.number, sim.imei, kind, role, group, sim.from, sim.to});
    }
    std::uint32_t addSite(ScenarioKind kind, std::uint32_t group, double lat, double lon, std::uint32_t perOperator)
    {
        ScenarioPlan::Site site{kind, group, {}};
        std::vector<std::uint32_t> roaming;
        for (std::uint16_t op = 0; op < m_shares.size(); ++op) {
            if (m_shares[op] <= 0)
                continue;
            for (std::uint32_t a : antennasAround(op, lat, lon, perOperator, 1.5))
                site.antennas.push_back(a);
            for (std::uint32_t a : antennasAround(op, lat, lon, 5, 4.0))
                roaming.push_back(a);
        }
        m_plan.sites.push_back(std::move(site));
        m_plan.roamingAntennas.push_back(std::move(roaming));
        return static_cast<std::uint32_t>(m_plan.sites.size() - 1);
    }

    void simBoxes();
    void wangiri();
    void irsf();
    void subscriptionFraud();
    void simSwaps();
    void testProbes();
    void callCentres();
    void multiSims();

    const Config &m_config;
    const SyntheticWorld &m_world;
    ScenarioPlan::Impl &m_plan;
    DeviceCatalogue m_devices;
    std::uint64_t m_seed;
    std::vector<std::uint64_t> m_nextNumber;
    std::vector<double> m_shares;
    AliasTable m_operators;
    std::vector<std::uint64_t> m_imeisOfModel = std::vector<std::uint64_t>(DeviceCatalogue::kModels, 0);
    std::uint32_t m_groups = 0;
};

} // namespace cdr
