#include "scenarios/planbuilder.h"

#include "scenarios/foreignranges.h"

#include <tuple>

namespace cdr {

namespace {

using K = ScenarioKind;

// Expected one-ring calls to each number a Wangiri campaign targets.
constexpr double kCallsPerTarget = 1.5;

} // namespace

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

} // namespace cdr
