#include "synth/cdrengine.h"

#include "synth/aliastable.h"
#include "synth/callmix.h"
#include "synth/civiltime.h"
#include "synth/geomath.h"
#include "synth/randomstream.h"
#include "synth/syntheticworld.h"
#include "synth/timeprofile.h"

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

} // namespace

// What a record reads about a subscriber, packed in one cache line: with a world of a million subscribers these
// reads are cache misses, and they are what limits the generation rate.
struct alignas(64) HotSubscriber {
    std::uint64_t number;
    std::uint64_t imei;
    double homeLat;
    double homeLon;
    std::uint32_t contactBegin;
    std::uint32_t homeAntenna;
    std::uint32_t elsewhereAntenna;
    std::uint32_t switchIndex; // 1 + index into the world's subscribers when the handset changes, else 0
    std::uint16_t contactCount;
    std::uint16_t operatorIndex;
};

struct CdrEngine::Impl {
    explicit Impl(const Config &c)
        : config(c), world(config), mix(config),
          time(parsePeriod(config.generation.periodStart, "start"), parsePeriod(config.generation.periodEnd, "end"),
               config.realism.weekendActivity),
          seed(config.generation.seed), contactShare(config.realism.contactCallShare),
          awayShare(config.realism.awayFromHomeShare), contacts(world.contacts().data())
    {
        std::vector<double> shares;
        for (std::size_t op = 0; op < config.operators.size(); ++op) {
            const auto &members = world.subscribersOf(op);
            // An operator without subscribers (share 0) is never a caller.
            shares.push_back(members.empty() ? 0.0 : config.operators[op].marketShare);
            first.push_back(members.empty() ? 0 : members.front());
            count.push_back(static_cast<std::uint32_t>(members.size()));
            std::vector<double> activity;
            for (std::uint32_t s : members)
                activity.push_back(world.subscribers()[s].activity);
            callers.emplace_back(activity);
        }
        operators = AliasTable(shares);
        const auto &subscribers = world.subscribers();
        hot.resize(subscribers.size());
        for (std::uint32_t i = 0; i < subscribers.size(); ++i) {
            const Subscriber &s = subscribers[i];
            const std::uint32_t begin = world.contacts().offset(i);
            hot[i] = {s.number, s.imei, s.homeLat, s.homeLon, begin, world.homeAntenna(i), world.elsewhereAntenna(i),
                      s.secondImei != 0 ? i + 1 : 0,
                      static_cast<std::uint16_t>(world.contacts().offset(i + 1) - begin), s.operatorIndex};
        }
        calibrateAnyoneOperators(shares);
    }

    void calibrateAnyoneOperators(const std::vector<double> &shares);
    // A record in the pipeline (see generate()): its stream and what the stages found so far.
    struct Pending {
        RandomStream random{0, StreamKind::Record, 0};
        std::uint64_t callerDraw = 0;
        std::uint32_t op = 0;
        std::uint32_t caller = 0;
        std::uint32_t contactSlot = kNoContact;
        std::uint32_t callee = 0;
    };
    static constexpr std::uint32_t kNoContact = 0xffffffffU;

    // Stage 1: the caller's operator, and the caller's alias entry brought into the cache.
    void start(std::int64_t id, Pending &p) const
    {
        p.random = RandomStream(seed, StreamKind::Record, static_cast<std::uint64_t>(id));
        p.op = operators.sample(p.random.next());
        p.callerDraw = p.random.next();
        callers[p.op].prefetch(p.callerDraw);
    }
    // Stage 2: the caller (by activity within the operator).
    void pickCaller(Pending &p) const
    {
        p.caller = first[p.op] + callers[p.op].sample(p.callerDraw);
        __builtin_prefetch(&hot[p.caller]);
    }
    // Stage 3: a contact, rank k with probability ~1/k (a few frequent contacts get most calls), or anyone.
    void pickContact(Pending &p) const
    {
        const HotSubscriber &c = hot[p.caller];
        const double u = p.random.uniform();
        p.contactSlot = kNoContact;
        if (c.contactCount > 0 && u < contactShare) {
            const double n = c.contactCount;
            auto rank = static_cast<std::uint32_t>(std::exp(p.random.uniform() * std::log(n + 1.0)));
            rank = std::clamp<std::uint32_t>(rank, 1, c.contactCount);
            p.contactSlot = c.contactBegin + rank - 1;
            __builtin_prefetch(contacts + p.contactSlot);
        }
    }
    // Stage 4: the callee.
    void pickCallee(Pending &p) const
    {
        if (p.contactSlot != kNoContact) {
            p.callee = contacts[p.contactSlot];
        } else {
            const std::uint32_t op = anyoneOperators.sample(p.random.next());
            p.callee = first[op] + static_cast<std::uint32_t>(p.random.below(count[op]));
            if (p.callee == p.caller && hot.size() > 1)
                p.callee = static_cast<std::uint32_t>((p.caller + 1) % hot.size());
        }
        __builtin_prefetch(&hot[p.callee]);
    }
    std::uint64_t imeiAt(const HotSubscriber &s, std::int64_t when) const
    {
        if (s.switchIndex == 0)
            return s.imei;
        const Subscriber &full = world.subscribers()[s.switchIndex - 1];
        return when >= full.imeiSwitchTime ? full.secondImei : full.imei;
    }
    std::uint32_t antennaFor(const HotSubscriber &s, RandomStream &random) const;
    void finish(std::int64_t id, Pending &p, CdrRecord &r) const;

    const Config config;
    const SyntheticWorld world;
    const CallMix mix;
    const TimeProfile time;
    const std::uint64_t seed;
    const double contactShare;
    const double awayShare;
    const std::uint32_t *contacts;
    std::vector<HotSubscriber> hot;
    std::vector<std::uint32_t> first; // per operator: its first subscriber and how many it has
    std::vector<std::uint32_t> count;
    AliasTable operators;
    std::vector<AliasTable> callers;
    AliasTable anyoneOperators; // operator of a callee who is not a contact
};

// Calls to contacts reach operators in whatever proportion the contact graph happens to give (a random graph of a
// few thousand subscribers can be a point or two off the market shares). The operator of a callee who is not a
// contact is drawn so that the expected share of every operator among callees equals its market share, computed
// exactly from the graph: P(caller) x P(contact rank) summed over the callers' lists.
void CdrEngine::Impl::calibrateAnyoneOperators(const std::vector<double> &shares)
{
    const std::size_t ops = shares.size();
    double shareSum = 0;
    for (double s : shares)
        shareSum += s;
    std::vector<double> viaContacts(ops, 0.0);
    double anyoneMass = 0;
    for (std::size_t op = 0; op < ops; ++op) {
        if (shares[op] <= 0)
            continue;
        double activitySum = 0;
        for (std::uint32_t s : world.subscribersOf(op))
            activitySum += world.subscribers()[s].activity;
        for (std::uint32_t s : world.subscribersOf(op)) {
            const double pCaller = shares[op] / shareSum * world.subscribers()[s].activity / activitySum;
            const auto list = world.contacts().contacts(s);
            const double toContacts = list.empty() ? 0.0 : contactShare;
            anyoneMass += pCaller * (1.0 - toContacts);
            const double logN = std::log(static_cast<double>(list.size()) + 1.0);
            for (std::size_t k = 0; k < list.size(); ++k) {
                // P(rank k+1) of the log-uniform rank draw in pickContact().
                const double pRank = std::log((static_cast<double>(k) + 2.0) / (static_cast<double>(k) + 1.0)) / logN;
                viaContacts[world.subscribers()[list[k]].operatorIndex] += pCaller * toContacts * pRank;
            }
        }
    }
    std::vector<double> weights(ops, 0.0);
    for (std::size_t op = 0; op < ops; ++op)
        if (!world.subscribersOf(op).empty())
            weights[op] = anyoneMass > 0 ? std::max(0.0, shares[op] / shareSum - viaContacts[op]) : shares[op];
    anyoneOperators = AliasTable(weights);
}

// Where a subscriber is when the call happens: at home mostly; when away, half of the time at their usual
// elsewhere (work, school), otherwise somewhere around home at a lognormal distance (median 8 km).
std::uint32_t CdrEngine::Impl::antennaFor(const HotSubscriber &s, RandomStream &random) const
{
    if (!random.chance(awayShare))
        return s.homeAntenna;
    if (random.chance(0.5))
        return s.elsewhereAntenna;
    const double km = 8.0 * std::exp(random.normal());
    const double angle = 6.283185307179586 * random.uniform();
    const double lat = s.homeLat + km * std::sin(angle) / GeoMath::kmPerDegLat;
    const double lon = s.homeLon + km * std::cos(angle) / GeoMath::kmPerDegLon;
    if (!world.land().contains(lat, lon))
        return s.homeAntenna;
    return world.nearestAntenna(s.operatorIndex, lat, lon);
}

// Stage 5: everything else.
void CdrEngine::Impl::finish(std::int64_t id, Pending &p, CdrRecord &r) const
{
    RandomStream &random = p.random;
    const HotSubscriber &caller = hot[p.caller];
    const HotSubscriber &callee = hot[p.callee];
    r.id = id;
    r.startTime = time.draw(random);
    r.type = mix.drawType(random);
    r.status = mix.drawStatus(r.type, random);
    r.duration = mix.drawDuration(r.type, r.status, random);
    r.caller = caller.number;
    r.callee = callee.number;
    r.imeiCaller = imeiAt(caller, r.startTime);
    r.imeiReceiver = imeiAt(callee, r.startTime);
    r.operatorEmission = caller.operatorIndex;
    r.operatorReception = callee.operatorIndex;
    r.antennaEmission = refOf(world.antennas()[antennaFor(caller, random)]);
    r.antennaReception = refOf(world.antennas()[antennaFor(callee, random)]);
    r.callerHomeLat = caller.homeLat;
    r.callerHomeLon = caller.homeLon;
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

void CdrEngine::generate(std::int64_t firstId, std::int64_t count, std::vector<CdrRecord> &out) const
{
    out.resize(static_cast<std::size_t>(std::max<std::int64_t>(count, 0)));
    const Impl &d = *m_impl;
    // Software pipelining: a record's caller, its contact entry and its callee are dependent cache misses when
    // the world is large. Each record passes five stages kLag records apart, so every stage's load was prefetched
    // by the previous stage kLag iterations earlier, while other records do useful work. Each record still draws
    // from its own stream in the same order, so the output does not depend on the pipeline.
    constexpr std::int64_t kLag = 8;
    constexpr std::int64_t kDepth = 4 * kLag;
    constexpr std::size_t kRing = 64; // > kDepth
    std::array<Impl::Pending, kRing> ring;
    const auto n = static_cast<std::int64_t>(out.size());
    auto slot = [&](std::int64_t i) -> Impl::Pending & { return ring[static_cast<std::size_t>(i) % kRing]; };
    for (std::int64_t t = 0; t < n + kDepth; ++t) {
        if (t < n)
            d.start(firstId + t, slot(t));
        if (const std::int64_t i = t - kLag; i >= 0 && i < n)
            d.pickCaller(slot(i));
        if (const std::int64_t i = t - 2 * kLag; i >= 0 && i < n)
            d.pickContact(slot(i));
        if (const std::int64_t i = t - 3 * kLag; i >= 0 && i < n)
            d.pickCallee(slot(i));
        if (const std::int64_t i = t - kDepth; i >= 0)
            d.finish(firstId + i, slot(i), out[static_cast<std::size_t>(i)]);
    }
}

} // namespace cdr
