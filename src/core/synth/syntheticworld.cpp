#include "synth/syntheticworld.h"

#include "config/subscriberbudget.h"
#include "geo/geography.h"
#include "geo/geomath.h"
#include "synth/antennaplanner.h"
#include "synth/apportionment.h"
#include "synth/civiltime.h"
#include "synth/devicecatalogue.h"
#include "synth/populationsampler.h"
#include "synth/randomstream.h"
#include "synth/workplacesampler.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace cdr {

SyntheticWorld::SyntheticWorld(const Config &config)
{
    const auto started = std::chrono::steady_clock::now();
    if (config.operators.empty() || config.callTypes.empty() || config.callStatus.empty()
        || config.antennaTypes.empty())
        throw std::invalid_argument("operators, call types, call statuses and antenna types must not be empty");
    if (config.operators.size() > 65535 || config.callTypes.size() > 255 || config.callStatus.size() > 255
        || config.antennaTypes.size() > 255)
        throw std::invalid_argument("too many operators or type names");

    const Geography &geography = Geography::instance();
    m_land = std::make_unique<LandMask>(geography, config.latitude.min, config.latitude.max, config.longitude.min,
                                        config.longitude.max);
    if (m_land->empty())
        throw std::invalid_argument("the configured latitude/longitude box does not overlap Belgium");
    m_numbering = std::make_unique<NumberingPlan>(config.operators, config.generation.seed);

    m_antennas = AntennaPlanner::plan(config, *m_land, geography.places());
    std::vector<std::vector<std::uint32_t>> members(config.operators.size());
    std::vector<std::uint32_t> all(m_antennas.size());
    for (std::uint32_t a = 0; a < m_antennas.size(); ++a) {
        members[m_antennas[a].operatorIndex].push_back(a);
        all[a] = a;
    }
    m_allAntennas = AntennaIndex(m_antennas, all);
    for (auto &list : members)
        m_operatorAntennas.emplace_back(m_antennas, std::move(list));

    buildSubscribers(config, SubscriberBudget::subscriberCount(config));
    m_contacts = ContactGraph(m_subscribers, config.realism.meanContacts, config.generation.seed);
    m_ties = TieGraph(m_subscribers, m_contacts, config.generation.seed);

    m_buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    // DEBUG: the GUI builds worlds for its preview and map too; the run reports its own world once (RunController).
    spdlog::debug("Built the synthetic world: {} antennas, {} subscribers, {} ties in {:.2f} s", m_antennas.size(),
                  m_subscribers.size(), m_ties.size(), m_buildSeconds);
}

std::uint32_t SyntheticWorld::nearestAntenna(std::size_t op, double lat, double lon) const
{
    const AntennaIndex &index = m_operatorAntennas[op];
    return index.empty() ? m_allAntennas.nearest(lat, lon) : index.nearest(lat, lon);
}

void SyntheticWorld::buildSubscribers(const Config &config, std::int64_t count)
{
    const std::uint64_t seed = config.generation.seed;
    const std::size_t n = static_cast<std::size_t>(count);
    if (count > 0xfffffff0LL)
        throw std::invalid_argument("too many subscribers");

    // Exact operator counts by market share, shuffled over subscriber indexes.
    std::vector<double> shares;
    for (const OperatorConfig &op : config.operators)
        shares.push_back(op.marketShare);
    std::vector<std::uint16_t> operatorOf;
    operatorOf.reserve(n);
    const std::vector<std::int64_t> perOperator = apportion(count, shares, true);
    for (std::size_t op = 0; op < perOperator.size(); ++op) {
        operatorOf.insert(operatorOf.end(), static_cast<std::size_t>(perOperator[op]), static_cast<std::uint16_t>(op));
        if (static_cast<std::uint64_t>(perOperator[op]) > m_numbering->capacity(op))
            spdlog::warn("operator {}: {} subscribers but only {} numbers in its blocks; numbers repeat",
                         config.operators[op].code, perOperator[op], m_numbering->capacity(op));
    }
    RandomStream layout(seed, StreamKind::SubscriberLayout, 0);
    for (std::size_t i = n; i > 1; --i)
        std::swap(operatorOf[i - 1], operatorOf[layout.below(i)]);

    const std::int64_t periodStart = CivilTime::parse(config.generation.periodStart).value_or(0);
    const std::int64_t periodEnd = std::max(CivilTime::parse(config.generation.periodEnd).value_or(0), periodStart);
    const PopulationSampler homes(*m_land, Geography::instance().places(), {1.0, 1.0, kHomeCountrysideShare, true});
    const WorkplaceSampler workplaces(*m_land, Geography::instance().places());
    const DeviceCatalogue devices(seed);
    std::vector<std::uint64_t> handsetsOfModel(DeviceCatalogue::kModels, 0);
    std::vector<std::uint64_t> numbersOfOperator(config.operators.size(), 0);
    const double skew = config.realism.activitySkew;

    m_subscribers.resize(n);
    m_byOperator.assign(config.operators.size(), {});
    m_homeAntenna.resize(n);
    m_workAntenna.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        RandomStream random(seed, StreamKind::Subscriber, i);
        Subscriber &s = m_subscribers[i];
        s.operatorIndex = operatorOf[i];
        s.number = m_numbering->number(s.operatorIndex, numbersOfOperator[s.operatorIndex]++);
        const GeoPoint home = homes.sample(random);
        s.homeLat = home.lat;
        s.homeLon = home.lon;
        s.activity = skew > 0 ? static_cast<float>(std::min(std::pow(1.0 - random.uniform(), -1.0 / skew), kMaxActivity))
                              : 1.0f;
        const std::uint32_t model = devices.drawModel(random);
        s.imei = devices.imei(model, handsetsOfModel[model]++);
        if (random.chance(config.realism.imeiChangeShare)) {
            const std::uint32_t second = devices.drawModel(random);
            s.secondImei = devices.imei(second, handsetsOfModel[second]++);
            s.imeiSwitchTime = periodStart
                + static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(periodEnd - periodStart + 1)));
        }
        const GeoPoint work = workplaces.sample(home, random);
        s.workLat = work.lat;
        s.workLon = work.lon;
        m_homeAntenna[i] = nearestAntenna(s.operatorIndex, s.homeLat, s.homeLon);
        m_workAntenna[i] = nearestAntenna(s.operatorIndex, s.workLat, s.workLon);
    }

    // Store each operator's subscribers contiguously: drawing a caller of an operator is then one alias lookup
    // plus an offset, with no index list to read (a cache miss saved per record).
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return m_subscribers[a].operatorIndex < m_subscribers[b].operatorIndex;
    });
    std::vector<Subscriber> sorted(n);
    std::vector<std::uint32_t> home(n), work(n);
    for (std::size_t i = 0; i < n; ++i) {
        sorted[i] = m_subscribers[order[i]];
        home[i] = m_homeAntenna[order[i]];
        work[i] = m_workAntenna[order[i]];
        m_byOperator[sorted[i].operatorIndex].push_back(static_cast<std::uint32_t>(i));
    }
    m_subscribers = std::move(sorted);
    m_homeAntenna = std::move(home);
    m_workAntenna = std::move(work);
}

} // namespace cdr
