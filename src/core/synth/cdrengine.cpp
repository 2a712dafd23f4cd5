#include "synth/cdrengine.h"

#include "config/subscriberbudget.h"
#include "calendar/eventcalendar.h"
#include "calendar/eventeffects.h"
#include "geo/geomath.h"
#include "mobility/placeranks.h"
#include "scenarios/scenarioplan.h"
#include "scenarios/scenarioplanimpl.h"
#include "scenarios/scenariorecords.h"
#include "synth/aliastable.h"
#include "synth/callmix.h"
#include "synth/civiltime.h"
#include "synth/offnetnumbers.h"
#include "synth/randomstream.h"
#include "synth/syntheticworld.h"
#include "synth/timeprofile.h"
#include "timing/sessionclock.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

namespace cdr {

namespace {

std::int64_t parsePeriod(const std::string &text, const char *what)
{
    if (auto seconds = CivilTime::parse(text))
        return *seconds;
    throw std::invalid_argument(std::string("generation.period.") + what + " is not a date: '" + text + "'");
}

AntennaRef refOf(const Antenna &a)
{
    return {a.id, a.type, a.altitude, a.lat, a.lon};
}

// Where a record's callee comes from.
enum class Route : std::uint8_t {
    Tie,     // along one of the caller's ties, either direction
    Anyone,  // a subscriber of ours outside the caller's ties
    OffNet,  // a Belgian landline or a foreign mobile
    NoCallee // a data session
};

} // namespace

// What a record reads about a subscriber, packed in one cache line: with a world of a million subscribers these
// reads are cache misses, and they are what limits the generation rate.
struct alignas(64) HotSubscriber {
    std::uint64_t number;
    std::uint64_t imei;
    double homeLat;
    double homeLon;
    std::uint32_t homeAntenna;
    std::uint32_t workAntenna;
    std::uint32_t switchIndex; // 1 + index into the world's subscribers when the handset changes, else 0
    std::uint32_t sessions;    // active intervals of the subscriber's calls outside its ties (SessionClock)
    std::uint16_t operatorIndex;
    std::uint8_t landlineZone; // index into OffNetNumbers::belgianZones()
    bool commuter;
};

struct CdrEngine::Impl {
    // Share of weekday working-hour records a commuter places from work.
    static constexpr double kAtWorkShare = 0.8;

    explicit Impl(const Config &c)
        : config(c), world(config), calendar(config, world.antennas()), mix(config),
          time(parsePeriod(config.generation.periodStart, "start"), parsePeriod(config.generation.periodEnd, "end"),
               config.realism.weekendActivity, config.events.holidays, TimeProfile::surgesOf(calendar),
               TimeProfile::hoursOf(config.realism)),
          clock(time, config.generation.seed), effects(calendar, world.antennas(), config.generation.seed,
                                                       time.start(), time.end()),
          offNet(config.realism), scenarioPlan(config, world), scenarios(config, world, scenarioPlan),
          seed(config.generation.seed), contactShare(config.realism.contactCallShare),
          awayShare(config.realism.awayFromHomeShare), dataFilled(config.realism.dataSessions == "filled")
    {
        for (std::size_t op = 0; op < config.operators.size(); ++op) {
            const auto &members = world.subscribersOf(op);
            first.push_back(members.empty() ? 0 : members.front());
            count.push_back(static_cast<std::uint32_t>(members.size()));
            std::vector<double> activity;
            for (std::uint32_t s : members)
                activity.push_back(world.subscribers()[s].activity);
            byActivity.emplace_back(activity);
        }
        const auto &subscribers = world.subscribers();
        hot.resize(subscribers.size());
        for (std::uint32_t i = 0; i < subscribers.size(); ++i) {
            const Subscriber &s = subscribers[i];
            hot[i] = {s.number, s.imei, s.homeLat, s.homeLon, world.homeAntenna(i), world.workAntenna(i),
                      s.secondImei != 0 ? i + 1 : 0, 1, s.operatorIndex,
                      static_cast<std::uint8_t>(OffNetNumbers::zoneNear(s.homeLat, s.homeLon)),
                      s.workLat != s.homeLat || s.workLon != s.homeLon};
        }
        // The spring hours the clocks skip: a wall-clock record never starts in one (CivilTime::dstChange).
        for (int year = CivilTime::civilFromDays(time.start() / 86'400).year;
             year <= CivilTime::civilFromDays(time.end() / 86'400).year; ++year)
            springGaps.push_back(CivilTime::dstChange(year, true));
        calibrateOperators();
        countSessions();
        locatePlaces();
        for (std::uint8_t status = 0; status < config.callStatus.size(); ++status)
            if (failedStatus < 0 && mix.outcome(status) == OutcomeKind::Failed)
                failedStatus = status;
    }

    void calibrateOperators();
    void countSessions();
    // The records the world is sized for (subscribers x realism.daily_records_per_subscriber x days): sessions are
    // counted from it, not from generation.records, so that with generation.subscribers set, record k does not
    // depend on how many records the run makes (a run of 3,000 is the start of a run of 6,000).
    double budgetRecords() const
    {
        return static_cast<double>(hot.size()) * config.realism.dailyRecordsPerSubscriber
            * SubscriberBudget::periodDays(config.generation);
    }
    void locatePlaces();
    // A record in the pipeline (see generate()): its stream and what the stages found so far.
    struct Pending {
        RandomStream random{0, StreamKind::Record, 0};
        std::uint64_t draw = 0;
        std::uint32_t tie = 0;
        std::uint32_t caller = 0;
        std::uint32_t callee = 0;
        std::uint16_t op = 0;
        std::uint8_t type = 0;
        Route route = Route::Anyone;
    };

    // Stage 1: the service and the route; the tie's or the caller's alias entry brought into the cache.
    void start(std::int64_t id, Pending &p) const
    {
        p.random = RandomStream(seed, StreamKind::Record, static_cast<std::uint64_t>(id));
        p.type = mix.drawType(p.random);
        const bool data = mix.service(p.type) == ServiceKind::Data;
        const double u = p.random.uniform();
        if (data && !dataFilled)
            p.route = Route::NoCallee;
        else if (!data && u < offNet.share())
            p.route = Route::OffNet;
        else if (!world.ties().empty() && p.random.uniform() < contactShare)
            p.route = Route::Tie;
        else
            p.route = Route::Anyone;
        if (p.route == Route::Tie) {
            p.draw = p.random.next();
            world.ties().prefetch(p.draw);
        } else {
            p.op = static_cast<std::uint16_t>(callerOperators.sample(p.random.next()));
            p.draw = p.random.next();
            byActivity[p.op].prefetch(p.draw);
        }
    }
    // Stage 2: the tie, or the caller (by activity within the operator).
    void pickTieOrCaller(Pending &p) const
    {
        if (p.route == Route::Tie) {
            p.tie = world.ties().sample(p.draw);
            __builtin_prefetch(&world.ties().tie(p.tie));
        } else {
            p.caller = first[p.op] + byActivity[p.op].sample(p.draw);
            __builtin_prefetch(&hot[p.caller]);
        }
    }
    // Stage 3: who calls whom.
    void pickParties(Pending &p) const
    {
        if (p.route == Route::Tie) {
            const TieGraph::Tie &tie = world.ties().tie(p.tie);
            const bool aCalls = static_cast<std::uint32_t>(p.random.next()) < tie.aCalls;
            p.caller = aCalls ? tie.a : tie.b;
            p.callee = aCalls ? tie.b : tie.a;
            __builtin_prefetch(&hot[p.caller]);
        } else if (p.route == Route::Anyone) {
            const std::uint32_t op = calleeOperators.sample(p.random.next());
            p.callee = first[op] + byActivity[op].sample(p.random.next());
            if (p.callee == p.caller && hot.size() > 1)
                p.callee = static_cast<std::uint32_t>((p.caller + 1) % hot.size());
        }
        if (p.route == Route::Tie || p.route == Route::Anyone)
            __builtin_prefetch(&hot[p.callee]);
    }
    std::uint64_t imeiAt(const HotSubscriber &s, std::int64_t when) const
    {
        if (s.switchIndex == 0)
            return s.imei;
        const Subscriber &full = world.subscribers()[s.switchIndex - 1];
        return when >= full.imeiSwitchTime ? full.secondImei : full.imei;
    }
    std::uint32_t antennaFor(const HotSubscriber &s, std::uint32_t index, std::int64_t when,
                             RandomStream &random) const;
    std::int64_t startTime(const Pending &p, RandomStream &random) const
    {
        if (p.route == Route::Tie) {
            const double expected = recordsOnTies * world.ties().strength(p.tie) / world.ties().totalStrength();
            const TieGraph::Tie &tie = world.ties().tie(p.tie);
            return clock.draw(SessionClock::ofTie(p.tie, tie.a, tie.b), SessionClock::sessionCount(expected), random);
        }
        return clock.draw(SessionClock::ofSubscriber(p.caller), hot[p.caller].sessions, random);
    }
    void finish(std::int64_t id, Pending &p, CdrRecord &r) const
    {
        if (!scenarios.enabled()) {
            finishOrdinary(id, p, r);
        } else {
            RandomStream random(seed, StreamKind::ScenarioRecords, static_cast<std::uint64_t>(id));
            if (const std::uint32_t actor = scenarios.actorOf(random); actor != kNone) {
                scenarios.generate(actor, id, random, r);
            } else {
                finishOrdinary(id, p, r);
                const bool ours = p.route == Route::Tie || p.route == Route::Anyone;
                scenarios.adjust(r, p.caller, ours ? p.callee : kNone, random);
            }
        }
        for (const std::int64_t gap : springGaps)
            if (r.startTime >= gap && r.startTime < gap + 3600)
                r.startTime += 3600;
    }
    void finishOrdinary(std::int64_t id, Pending &p, CdrRecord &r) const;

    const Config config;
    const SyntheticWorld world;
    const EventCalendar calendar;
    const CallMix mix;
    const TimeProfile time;
    const SessionClock clock;
    const EventEffects effects;
    const PlaceRanks places;
    const OffNetNumbers offNet;
    const ScenarioPlan scenarioPlan;
    const ScenarioRecords scenarios;
    const std::uint64_t seed;
    const double contactShare;
    const double awayShare;
    const bool dataFilled;
    double recordsOnTies = 0;       // expected records along ties over the run (all shards)
    int failedStatus = -1;          // the first status whose outcome is a failure; -1 = none (events fail nothing)
    std::vector<HotSubscriber> hot;
    std::vector<std::uint32_t> first; // per operator: its first subscriber and how many it has
    std::vector<std::uint32_t> count;
    std::vector<AliasTable> byActivity; // per operator: its subscribers by activity
    AliasTable callerOperators;         // operator of a caller who does not call along a tie
    AliasTable calleeOperators;         // operator of a callee of ours who is not a tie of the caller
    std::vector<double> callerOperatorWeights; // callerOperators' weights
    std::vector<std::uint32_t> placeAntennas;  // per subscriber, the antennas of its PlaceRanks::kPlaces places
    std::vector<std::int64_t> springGaps;      // per year of the period, the start of the hour the clocks skip
};

// Calls along ties reach operators in whatever proportion the graph happens to give (a random graph of a few
// thousand subscribers can be a point or two off the market shares). The operators of the other callers and
// callees are drawn so that every operator's expected share among callers, and among callees of ours, equals its
// market share, computed exactly from the ties' strengths and balances and from the route probabilities.
void CdrEngine::Impl::calibrateOperators()
{
    const std::size_t ops = config.operators.size();
    double shareSum = 0;
    for (std::size_t op = 0; op < ops; ++op)
        shareSum += world.subscribersOf(op).empty() ? 0.0 : config.operators[op].marketShare;

    // Route probabilities of a record.
    double dataWeight = 0, totalWeight = 0;
    for (std::size_t t = 0; t < mix.typeWeights().size(); ++t) {
        totalWeight += mix.typeWeights()[t];
        if (mix.service(static_cast<std::uint8_t>(t)) == ServiceKind::Data)
            dataWeight += mix.typeWeights()[t];
    }
    const double pData = totalWeight > 0 ? dataWeight / totalWeight : 0;
    const double pOurs = (1 - pData) * (1 - offNet.share()) + (dataFilled ? pData : 0);
    const double pTie = world.ties().empty() ? 0 : pOurs * contactShare;
    const double pAnyone = pOurs - pTie;

    std::vector<double> tieCallers(ops, 0.0), tieCallees(ops, 0.0);
    const TieGraph &ties = world.ties();
    for (std::uint32_t t = 0; t < ties.size(); ++t) {
        const TieGraph::Tie &tie = ties.tie(t);
        const double weight = ties.strength(t) / ties.totalStrength();
        const double aCalls = TieGraph::balance(tie);
        const std::uint16_t opA = world.subscribers()[tie.a].operatorIndex;
        const std::uint16_t opB = world.subscribers()[tie.b].operatorIndex;
        tieCallers[opA] += weight * aCalls, tieCallees[opB] += weight * aCalls;
        tieCallers[opB] += weight * (1 - aCalls), tieCallees[opA] += weight * (1 - aCalls);
    }
    std::vector<double> callerWeights(ops, 0.0), calleeWeights(ops, 0.0);
    for (std::size_t op = 0; op < ops; ++op) {
        if (world.subscribersOf(op).empty() || shareSum <= 0)
            continue;
        const double share = config.operators[op].marketShare / shareSum;
        callerWeights[op] = std::max(0.0, share - pTie * tieCallers[op]);
        calleeWeights[op] = std::max(0.0, share * pOurs - pTie * tieCallees[op]);
        if (pAnyone <= 0)
            calleeWeights[op] = share;
    }
    callerOperators = AliasTable(callerWeights);
    calleeOperators = AliasTable(calleeWeights);
    callerOperatorWeights = callerWeights;
    recordsOnTies = pTie * budgetRecords();
}

// A subscriber's calls outside its ties (to anyone, off-net, data) are its own sessions' records: it expects the
// run's records outside ties x its operator's share of those callers x its share of the operator's activity.
void CdrEngine::Impl::countSessions()
{
    const double outsideTies = budgetRecords() - recordsOnTies;
    double operatorTotal = 0;
    for (std::size_t op = 0; op < first.size(); ++op)
        operatorTotal += callerOperatorWeights[op];
    for (std::size_t op = 0; op < first.size(); ++op) {
        double activityTotal = 0;
        for (std::uint32_t s : world.subscribersOf(op))
            activityTotal += world.subscribers()[s].activity;
        for (std::uint32_t s : world.subscribersOf(op)) {
            const double share = operatorTotal > 0 && activityTotal > 0
                ? callerOperatorWeights[op] / operatorTotal * world.subscribers()[s].activity / activityTotal
                : 0;
            hot[s].sessions = SessionClock::sessionCount(outsideTies * share);
        }
    }
}

// Where a subscriber is when the call happens. A commuter is at work for most calls of weekday working hours.
// Otherwise at home, or, for realism.away_from_home_share of the calls, somewhere around home at a lognormal
// distance (median 8 km).
std::uint32_t CdrEngine::Impl::antennaFor(const HotSubscriber &s, std::uint32_t index, std::int64_t when,
                                          RandomStream &random) const
{
    if (s.commuter && time.isWorkHour(when) && random.chance(kAtWorkShare))
        return s.workAntenna;
    if (!random.chance(awayShare))
        return s.homeAntenna;
    return placeAntennas[std::size_t(index) * PlaceRanks::kPlaces + places.drawRank(random) - 1];
}

// The antenna of each of a subscriber's ranked places, found once: a place off the land (at sea, abroad) is home.
void CdrEngine::Impl::locatePlaces()
{
    placeAntennas.resize(hot.size() * PlaceRanks::kPlaces);
    for (std::uint32_t i = 0; i < hot.size(); ++i) {
        const HotSubscriber &s = hot[i];
        for (std::uint32_t rank = 1; rank <= PlaceRanks::kPlaces; ++rank) {
            const PlaceRanks::Offset place = PlaceRanks::place(seed, i, rank);
            const double lat = s.homeLat + place.km * std::sin(place.bearing) / GeoMath::kmPerDegLat;
            const double lon = s.homeLon + place.km * std::cos(place.bearing) / GeoMath::kmPerDegLon;
            placeAntennas[std::size_t(i) * PlaceRanks::kPlaces + rank - 1] =
                world.land().contains(lat, lon) ? world.nearestAntenna(s.operatorIndex, lat, lon) : s.homeAntenna;
        }
    }
}

// Stage 4: everything else.
void CdrEngine::Impl::finishOrdinary(std::int64_t id, Pending &p, CdrRecord &r) const
{
    RandomStream &random = p.random;
    const HotSubscriber &caller = hot[p.caller];
    r.id = id;
    r.missingColumns = 0;
    r.startTime = startTime(p, random);
    const std::uint64_t choice = random.next();
    if (effects.gatheringDay(r.startTime))
        r.startTime = effects.pullToGathering(p.caller, r.startTime, choice);
    r.type = p.type;
    r.status = mix.drawStatus(r.type, random);
    const bool eventful = effects.anyAt(r.startTime);
    double failureShare = eventful ? effects.nationwideFailureShare(r.startTime) : 0;
    auto placeOf = [&](const HotSubscriber &s, std::uint32_t index) {
        std::uint32_t antenna = antennaFor(s, index, r.startTime, random);
        if (eventful) {
            const EventEffects::Placement placement = effects.place(index, s.operatorIndex, antenna, r.startTime,
                                                                    choice);
            antenna = placement.antenna;
            failureShare = std::max(failureShare, placement.failureShare);
        }
        return refOf(world.antennas()[antenna]);
    };
    r.caller = caller.number;
    r.imeiCaller = imeiAt(caller, r.startTime);
    r.operatorEmission = caller.operatorIndex;
    r.antennaEmission = placeOf(caller, p.caller);
    r.callerHomeLat = caller.homeLat;
    r.callerHomeLon = caller.homeLon;
    switch (p.route) {
    case Route::NoCallee:
        r.receiver = ReceiverKind::None;
        r.callee = 0, r.imeiReceiver = 0, r.operatorReception = 0, r.antennaReception = {};
        break;
    case Route::OffNet:
        r.receiver = ReceiverKind::OffNet;
        r.callee = offNet.draw(caller.landlineZone, random);
        r.imeiReceiver = 0, r.operatorReception = 0, r.antennaReception = {};
        break;
    case Route::Tie:
    case Route::Anyone: {
        const HotSubscriber &callee = hot[p.callee];
        r.receiver = ReceiverKind::Subscriber;
        r.callee = callee.number;
        r.imeiReceiver = imeiAt(callee, r.startTime);
        r.operatorReception = callee.operatorIndex;
        r.antennaReception = placeOf(callee, p.callee);
        break;
    }
    }
    // Congestion, outages and New Year's midnight: more attempts fail (events: in config.yml).
    if (failureShare > 0 && failedStatus >= 0 && random.chance(failureShare))
        r.status = static_cast<std::uint8_t>(failedStatus);
    r.duration = mix.drawDuration(r.type, r.status, random);
}

CdrEngine::CdrEngine(const Config &config) : m_impl(std::make_unique<Impl>(config)) {}

CdrEngine::~CdrEngine() = default;

const Config &CdrEngine::config() const
{
    return m_impl->config;
}

const WorldModel &CdrEngine::world() const
{
    return m_impl->world;
}

const ScenarioPlan &CdrEngine::scenarios() const
{
    return m_impl->scenarioPlan;
}

void CdrEngine::generate(std::int64_t firstId, std::int64_t count, std::vector<CdrRecord> &out) const
{
    out.resize(static_cast<std::size_t>(std::max<std::int64_t>(count, 0)));
    const Impl &d = *m_impl;
    // Software pipelining: a record's tie or caller, and the subscribers it names, are dependent cache misses when
    // the world is large. Each record passes four stages kLag records apart, so every stage's load was prefetched
    // by the previous stage kLag iterations earlier, while other records do useful work. Each record still draws
    // from its own stream in the same order, so the output does not depend on the pipeline.
    constexpr std::int64_t kLag = 8;
    constexpr std::int64_t kDepth = 3 * kLag;
    constexpr std::size_t kRing = 32; // > kDepth
    std::array<Impl::Pending, kRing> ring;
    const auto n = static_cast<std::int64_t>(out.size());
    auto slot = [&](std::int64_t i) -> Impl::Pending & { return ring[static_cast<std::size_t>(i) % kRing]; };
    for (std::int64_t t = 0; t < n + kDepth; ++t) {
        if (t < n)
            d.start(firstId + t, slot(t));
        if (const std::int64_t i = t - kLag; i >= 0 && i < n)
            d.pickTieOrCaller(slot(i));
        if (const std::int64_t i = t - 2 * kLag; i >= 0 && i < n)
            d.pickParties(slot(i));
        if (const std::int64_t i = t - kDepth; i >= 0)
            d.finish(firstId + i, slot(i), out[static_cast<std::size_t>(i)]);
    }
}

} // namespace cdr
