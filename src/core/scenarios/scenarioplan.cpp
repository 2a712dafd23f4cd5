#include "scenarios/scenarioplan.h"

#include "config/periodtime.h"
#include "config/subscriberbudget.h"
#include "geo/geomath.h"
#include "scenarios/foreignranges.h"
#include "scenarios/scenarioplanimpl.h"
#include "scenarios/scenariorecords.h"
#include "scenarios/scenariotime.h"
#include "synth/devicecatalogue.h"
#include "synth/feistelpermutation.h"
#include "synth/randomstream.h"
#include "synth/syntheticworld.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <cstdint>
#include <utility>
#include <vector>

namespace cdr {

namespace {

using K = ScenarioKind;

// At most this share of a run's records may be scenarios' (the rest are the world's ordinary subscribers).
constexpr double kMaxDivertedShare = 0.5;
// Expected one-ring calls to each number a Wangiri campaign targets.
constexpr double kCallsPerTarget = 1.5;

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

void PlanBuilder::build()
{
    const auto on = [&](K kind) { return m_plan.of(kind).enabled; };
    if (on(K::SimBox))
        simBoxes();
    if (on(K::Wangiri))
        wangiri();
    if (on(K::Irsf))
        irsf();
    if (on(K::SubscriptionFraud))
        subscriptionFraud();
    if (on(K::SimSwap))
        simSwaps();
    if (on(K::TestProbe))
        testProbes();
    if (on(K::CallCentre))
        callCentres();
    if (on(K::MultiSim))
        multiSims();
}

// Boxes of sims_per_box slots at a flat, each slot using one prepaid SIM after another (sim_days each, staggered),
// every SIM in one of the box's imeis_per_box modules.
void PlanBuilder::simBoxes()
{
    const K kind = K::SimBox;
    const auto [from, to] = window(kind);
    const auto perBox = static_cast<std::uint32_t>(m_plan.value(kind, "sims_per_box"));
    const auto modules = static_cast<std::uint32_t>(m_plan.value(kind, "imeis_per_box"));
    const auto antennas = static_cast<std::uint32_t>(m_plan.value(kind, "antennas_per_box"));
    const std::int64_t life = static_cast<std::int64_t>(m_plan.value(kind, "sim_days")) * ScenarioTime::kDay;
    const double callsPerDay = m_plan.value(kind, "calls_per_day");
    std::uint32_t slotsLeft = units(kind);
    for (std::uint32_t box = 0; slotsLeft > 0; ++box) {
        RandomStream random = stream(kind, 0, box);
        const std::uint32_t group = newGroup();
        const auto [lat, lon] = drawHome(random);
        const std::uint32_t site = addSite(kind, group, lat, lon, antennas);
        std::vector<std::uint64_t> imeis;
        for (std::uint32_t m = 0; m < modules; ++m)
            imeis.push_back(newImei(random));
        for (std::uint32_t slot = 0; slot < perBox && slotsLeft > 0; ++slot, --slotsLeft) {
            ScenarioActor actor{kind, group, static_cast<std::uint32_t>(m_plan.sims.size()), 0, site, kNone, kNone,
                                false, from, to};
            const std::int64_t stagger = static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(life)));
            for (std::int64_t start = from - stagger; start <= to; start += life) {
                ScenarioSim sim;
                sim.op = drawOperator(random);
                sim.number = newNumber(sim.op);
                sim.newSubscription = true;
                sim.imei = imeis[slot % modules];
                std::tie(sim.homeLat, sim.homeLon) = drawHome(random);
                sim.from = std::max(from, start);
                sim.to = std::min(to, start + life - 1);
                label(sim, kind, LabelRole::Fraud, group);
                addSim(sim);
                ++actor.simCount;
            }
            addActor(actor, callsPerDay * days(from, to));
        }
    }
}

// Campaigns of foreign numbers (one high-cost country each) ringing their targets in night bursts; a share of the
// targets call back. The targets who were rung are labelled after the plan (labelWangiriVictims).
void PlanBuilder::wangiri()
{
    const K kind = K::Wangiri;
    const auto [from, to] = window(kind);
    const auto campaigns = static_cast<std::uint32_t>(m_plan.value(kind, "campaigns"));
    const auto numbers = static_cast<std::uint32_t>(m_plan.value(kind, "numbers_per_campaign"));
    const auto bursts = static_cast<std::uint32_t>(m_plan.value(kind, "bursts"));
    const double mimicry = m_plan.value(kind, "mimicry");
    const std::vector<std::uint32_t> targets = distinctSubscribers(kind, units(kind));
    const auto ranges = ForeignRanges::ranges(ForeignRangeUse::WangiriCaller);
    for (std::uint32_t c = 0; c < campaigns; ++c) {
        RandomStream random = stream(kind, 0, c);
        const std::uint32_t group = newGroup();
        WangiriCampaign campaign;
        campaign.firstSim = static_cast<std::uint32_t>(m_plan.sims.size());
        campaign.simCount = numbers;
        // Mimicry: longer, daytime bursts, the calls spread thinner.
        campaign.burstSeconds = static_cast<std::int64_t>(m_plan.value(kind, "burst_minutes") * 60 * (1 + 5 * mimicry));
        for (std::uint32_t b = 0; b < bursts; ++b) {
            const auto hours = random.chance(mimicry) ? ScenarioTime::Hours::Human : ScenarioTime::Hours::Night;
            std::int64_t start = ScenarioTime::draw(from, std::max(from, to - campaign.burstSeconds), hours, random);
            const std::int64_t sinceMidnight = (start % ScenarioTime::kDay + ScenarioTime::kDay) % ScenarioTime::kDay;
            if (hours == ScenarioTime::Hours::Night && sinceMidnight < 6 * 3600
                && sinceMidnight + campaign.burstSeconds > 6 * 3600)
                start = std::max(from, start - (sinceMidnight + campaign.burstSeconds - 6 * 3600)); // over by 6:00
            campaign.burstStarts.push_back(start);
        }
        for (std::size_t t = c; t < targets.size(); t += campaigns)
            campaign.targets.push_back(targets[t]);
        if (campaign.targets.empty())
            campaign.targets.push_back(targets[c % targets.size()]);
        const ForeignRange &range = ranges[c % ranges.size()];
        for (std::uint32_t n = 0; n < numbers; ++n) {
            ScenarioSim sim;
            sim.number = ForeignRanges::drawIn(range, random);
            sim.from = from, sim.to = to;
            label(sim, kind, LabelRole::Fraud, group);
            const std::uint32_t index = addSim(sim);
            addActor({kind, group, index, 1, kNone, kNone, c, false, from, to},
                     kCallsPerTarget * double(campaign.targets.size()) / numbers);
        }
        addActor({kind, group, campaign.firstSim, numbers, kNone, kNone, c, true, from, to},
                 m_plan.value(kind, "callback_share") * double(campaign.targets.size()));
        m_plan.campaigns.push_back(std::move(campaign));
    }
}

// Hijacked subscribers pumping long calls to one ring's premium-rate numbers for `days`, several at once.
void PlanBuilder::irsf()
{
    const K kind = K::Irsf;
    const auto [from, to] = window(kind);
    const std::int64_t length = std::min<std::int64_t>(to - from + 1,
                                                       std::int64_t(m_plan.value(kind, "days")) * ScenarioTime::kDay);
    const std::vector<std::uint32_t> victims = distinctSubscribers(kind, units(kind));
    constexpr std::uint32_t kSimsPerRing = 3, kNumbersPerRing = 3;
    const auto ranges = ForeignRanges::ranges(ForeignRangeUse::PremiumRate);
    std::uint32_t group = 0, destinations = 0;
    for (std::uint32_t v = 0; v < victims.size(); ++v) {
        RandomStream random = stream(kind, 0, v);
        if (v % kSimsPerRing == 0) { // a new ring: its premium numbers, of one country
            group = newGroup();
            destinations = static_cast<std::uint32_t>(m_plan.sims.size());
            const ForeignRange &range = ranges[random.below(ranges.size())];
            for (std::uint32_t n = 0; n < kNumbersPerRing; ++n) {
                ScenarioSim sim;
                sim.number = ForeignRanges::drawIn(range, random);
                sim.from = from, sim.to = to;
                label(sim, kind, LabelRole::Fraud, group);
                addSim(sim);
            }
        }
        const Subscriber &s = m_world.subscribers()[victims[v]];
        const std::int64_t start = from + static_cast<std::int64_t>(random.below(std::uint64_t(to - from + 2 - length)));
        ScenarioSim hijacked;
        hijacked.number = s.number;
        hijacked.imei = s.secondImei != 0 && start >= s.imeiSwitchTime ? s.secondImei : s.imei;
        hijacked.op = s.operatorIndex;
        hijacked.from = start, hijacked.to = start + length - 1;
        label(hijacked, kind, LabelRole::Fraud, group);
        addActor({kind, group, destinations, kNumbersPerRing, kNone, victims[v], kNone, false, hijacked.from, hijacked.to},
                 m_plan.value(kind, "calls_per_day") * days(hijacked.from, hijacked.to));
    }
}

// New subscriptions (false identities) that call abroad heavily from their first day and vanish after lifetime_days.
void PlanBuilder::subscriptionFraud()
{
    const K kind = K::SubscriptionFraud;
    const auto [from, to] = window(kind);
    const std::int64_t length = std::min<std::int64_t>(
        to - from + 1, std::int64_t(m_plan.value(kind, "lifetime_days")) * ScenarioTime::kDay);
    for (std::uint32_t i = 0; i < units(kind); ++i) {
        RandomStream random = stream(kind, 0, i);
        ScenarioSim sim;
        sim.op = drawOperator(random);
        sim.number = newNumber(sim.op);
        sim.newSubscription = true;
        sim.imei = newImei(random);
        std::tie(sim.homeLat, sim.homeLon) = drawHome(random);
        sim.from = from + static_cast<std::int64_t>(random.below(std::uint64_t(to - from + 2 - length)));
        sim.to = sim.from + length - 1;
        const std::uint32_t group = newGroup();
        label(sim, kind, LabelRole::Fraud, group);
        const std::uint32_t index = addSim(sim);
        addActor({kind, group, index, 1, kNone, kNone, kNone, false, sim.from, sim.to},
                 m_plan.value(kind, "calls_per_day") * days(sim.from, sim.to));
    }
}

// A subscriber's number moved to the fraudster's handset and place for fraud_hours: one-time codes arrive, the
// fraudster calls out, and every other record of the number in that time is the fraudster's too.
void PlanBuilder::simSwaps()
{
    const K kind = K::SimSwap;
    const auto [from, to] = window(kind);
    const std::int64_t length = std::min<std::int64_t>(to - from + 1,
                                                       std::int64_t(m_plan.value(kind, "fraud_hours")) * 3600);
    const double mimicry = m_plan.value(kind, "mimicry");
    const double medianKm = m_plan.value(kind, "distance_km") * (1 - 0.8 * mimicry);
    m_plan.swapOf.assign(subscriberCount(), 0);
    for (std::uint32_t v : distinctSubscribers(kind, units(kind))) {
        RandomStream random = stream(kind, 0, v);
        const Subscriber &s = m_world.subscribers()[v];
        SimSwap swap{v, 0, 0, newImei(random), 0};
        swap.from = from + static_cast<std::int64_t>(random.below(std::uint64_t(to - from + 2 - length)));
        swap.to = swap.from + length - 1;
        std::pair<double, double> place{s.homeLat, s.homeLon};
        for (int attempt = 0; attempt < 16; ++attempt) {
            const auto candidate = offset(s.homeLat, s.homeLon, medianKm * std::exp(0.5 * random.normal()),
                                          random.uniform() * 2 * std::numbers::pi);
            if (m_world.land().contains(candidate.first, candidate.second)) {
                place = candidate;
                break;
            }
        }
        swap.antenna = m_world.nearestAntenna(s.operatorIndex, place.first, place.second);
        const std::uint32_t group = newGroup();
        ScenarioSim sim;
        sim.number = s.number;
        sim.imei = swap.imei;
        sim.op = s.operatorIndex;
        sim.homeLat = s.homeLat, sim.homeLon = s.homeLon;
        sim.from = swap.from, sim.to = swap.to;
        label(sim, kind, LabelRole::Fraud, group);
        const std::uint32_t index = addSim(sim);
        m_plan.swaps.push_back(swap);
        m_plan.swapOf[v] = static_cast<std::uint32_t>(m_plan.swaps.size());
        addActor({kind, group, index, 1, kNone, v, kNone, false, swap.from, swap.to},
                 m_plan.value(kind, "otp_sms") + m_plan.value(kind, "calls_out"));
    }
}

// Network test SIMs, each at a fixed place, calling numbers on a schedule (look-alike of a SIM box).
void PlanBuilder::testProbes()
{
    const K kind = K::TestProbe;
    const auto [from, to] = window(kind);
    for (std::uint32_t i = 0; i < units(kind); ++i) {
        RandomStream random = stream(kind, 0, i);
        const std::uint32_t group = newGroup();
        ScenarioSim sim;
        std::tie(sim.homeLat, sim.homeLon) = drawHome(random);
        sim.op = drawOperator(random);
        const std::uint32_t site = addSite(kind, group, sim.homeLat, sim.homeLon, 1);
        sim.number = newNumber(sim.op);
        sim.newSubscription = true;
        sim.imei = newImei(random);
        sim.from = from, sim.to = to;
        label(sim, kind, LabelRole::Lookalike, group);
        const std::uint32_t index = addSim(sim);
        addActor({kind, group, index, 1, site, kNone, kNone, false, from, to},
                 m_plan.value(kind, "calls_per_day") * days(from, to));
    }
}

// Centres of agent lines calling customers in business hours (look-alike of a SIM box: many calls, many callees).
void PlanBuilder::callCentres()
{
    const K kind = K::CallCentre;
    const auto [from, to] = window(kind);
    const auto perCentre = static_cast<std::uint32_t>(m_plan.value(kind, "agents_per_centre"));
    std::uint32_t linesLeft = units(kind);
    for (std::uint32_t centre = 0; linesLeft > 0; ++centre) {
        RandomStream random = stream(kind, 0, centre);
        const std::uint32_t group = newGroup();
        const auto [lat, lon] = drawHome(random);
        const std::uint32_t site = addSite(kind, group, lat, lon, 1);
        for (std::uint32_t line = 0; line < perCentre && linesLeft > 0; ++line, --linesLeft) {
            ScenarioSim sim;
            sim.op = drawOperator(random);
            sim.number = newNumber(sim.op);
            sim.newSubscription = true;
            sim.imei = newImei(random);
            sim.homeLat = lat, sim.homeLon = lon; // registered to the company's address
            sim.from = from, sim.to = to;
            label(sim, kind, LabelRole::Lookalike, group);
            const std::uint32_t index = addSim(sim);
            addActor({kind, group, index, 1, site, kNone, kNone, false, from, to},
                     m_plan.value(kind, "calls_per_day") * days(from, to) * 5 / 7);
        }
    }
}

// Subscribers with one or two more SIMs (another operator's, often) in the same handset.
void PlanBuilder::multiSims()
{
    const K kind = K::MultiSim;
    const auto [from, to] = window(kind);
    const auto extra = static_cast<std::uint32_t>(m_plan.value(kind, "extra_sims"));
    const double perDay = m_config.realism.dailyRecordsPerSubscriber * m_plan.value(kind, "traffic_share");
    for (std::uint32_t person : distinctSubscribers(kind, units(kind))) {
        RandomStream random = stream(kind, 0, person);
        const Subscriber &s = m_world.subscribers()[person];
        const std::uint32_t group = newGroup();
        ScenarioSim own;
        own.number = s.number;
        own.imei = s.secondImei != 0 && from >= s.imeiSwitchTime ? s.secondImei : s.imei;
        own.op = s.operatorIndex;
        own.from = from, own.to = to;
        label(own, kind, LabelRole::Lookalike, group);
        for (std::uint32_t k = 0; k < extra; ++k) {
            ScenarioSim sim = own;
            sim.op = drawOperator(random);
            sim.number = newNumber(sim.op);
            sim.newSubscription = true;
            sim.homeLat = s.homeLat, sim.homeLon = s.homeLon;
            label(sim, kind, LabelRole::Lookalike, group);
            const std::uint32_t index = addSim(sim);
            addActor({kind, group, index, 1, kNone, person, kNone, false, from, to}, perDay * days(from, to));
        }
    }
}

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
