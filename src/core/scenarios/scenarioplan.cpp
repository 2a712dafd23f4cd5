#include "scenarios/scenarioplan.h"

#include "config/periodtime.h"
#include "config/subscriberbudget.h"
#include "scenarios/planbuilder.h"
#include "scenarios/scenarioplanimpl.h"
#include "scenarios/scenariorecords.h"
#include "scenarios/scenariotime.h"
#include "synth/syntheticworld.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <tuple>

namespace cdr {

namespace {

// At most this share of a run's records may be scenarios' (the rest are the world's ordinary subscribers).
constexpr double kMaxDivertedShare = 0.5;

} // namespace

ScenarioPlan::ScenarioPlan(const Config &config, const SyntheticWorld &world) : m_impl(std::make_unique<Impl>())
{
    Impl &d = *m_impl;
    d.settings = config.scenarios.kinds;
    d.periodStart = parsePeriodTime(config.generation.periodStart).value_or(0);
    d.periodEnd = parsePeriodTime(config.generation.periodEnd).value_or(0);
    if (!config.scenarios.enabled())
        return;
    PlanBuilder(config, world, d).build();
    double total = 0;
    for (double w : d.weights)
        total += w;
    const double budget = double(world.subscribers().size()) * config.realism.dailyRecordsPerSubscriber
        * SubscriberBudget::periodDays(config.generation);
    d.divertShare = budget > 0 ? total / budget : 0;
    if (d.divertShare > kMaxDivertedShare)
        throw std::invalid_argument(
            "scenarios: the enabled scenarios would make " + std::to_string(int(std::round(100 * d.divertShare)))
            + " % of the records (at most " + std::to_string(int(100 * kMaxDivertedShare))
            + " %): lower their prevalence or calls_per_day, or raise realism.daily_records_per_subscriber");
    d.byWeight = AliasTable(d.weights);
    for (std::size_t a = 0; a < d.actors.size(); ++a) {
        const ScenarioActor &actor = d.actors[a];
        const double perDay = d.weights[a] * ScenarioTime::kDay / double(actor.to - actor.from + 1);
        for (std::uint32_t i = actor.firstSim; i < actor.firstSim + actor.simCount; ++i)
            if (const ScenarioSim &sim = d.sims[i]; sim.newSubscription)
                d.subscriptions.push_back({sim.number, sim.imei, sim.op, sim.homeLat, sim.homeLon,
                                           float(perDay / config.realism.dailyRecordsPerSubscriber)});
    }
    ScenarioRecords(config, world, *this).labelWangiriVictims(d.labels, config.generation.records);
    std::sort(d.labels.begin(), d.labels.end(), [](const LabelRow &a, const LabelRow &b) {
        return std::tie(a.scenario, a.groupId, a.role, a.msisdn, a.validFrom)
            < std::tie(b.scenario, b.groupId, b.role, b.msisdn, b.validFrom);
    });
    for (std::uint32_t i = 0; i < d.labels.size(); ++i)
        d.labelsOfNumber.emplace(d.labels[i].msisdn, i);
}

ScenarioPlan::~ScenarioPlan() = default;

bool ScenarioPlan::enabled() const
{
    return !m_impl->actors.empty();
}

const std::vector<LabelRow> &ScenarioPlan::labels() const
{
    return m_impl->labels;
}

const std::vector<ScenarioPlan::Site> &ScenarioPlan::sites() const
{
    return m_impl->sites;
}

const std::vector<ScenarioPlan::Subscription> &ScenarioPlan::subscriptions() const
{
    return m_impl->subscriptions;
}

std::optional<LabelRow> ScenarioPlan::labelOf(std::uint64_t msisdn, std::int64_t when) const
{
    // The first in the key's order, as a scan of labels() would find.
    std::uint32_t first = kNone;
    const auto [begin, end] = m_impl->labelsOfNumber.equal_range(msisdn);
    for (auto it = begin; it != end; ++it)
        if (const LabelRow &row = m_impl->labels[it->second]; when >= row.validFrom && when <= row.validTo)
            first = std::min(first, it->second);
    return first == kNone ? std::nullopt : std::optional<LabelRow>(m_impl->labels[first]);
}

} // namespace cdr
