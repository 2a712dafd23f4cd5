#include "synth/cdrengine.h"

#include "synth/aliastable.h"
#include "synth/callmix.h"
#include "synth/civiltime.h"
#include "synth/geomath.h"
#include "synth/randomstream.h"
#include "synth/syntheticworld.h"
#include "synth/timeprofile.h"

#include <algorithm>
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

struct CdrEngine::Impl {
    explicit Impl(const Config &c)
        : config(c), world(config), mix(config),
          time(parsePeriod(config.generation.periodStart, "start"), parsePeriod(config.generation.periodEnd, "end"),
               config.realism.weekendActivity),
          seed(config.generation.seed), contactShare(config.realism.contactCallShare),
          awayShare(config.realism.awayFromHomeShare)
    {
        std::vector<double> shares;
        for (std::size_t op = 0; op < config.operators.size(); ++op) {
            // An operator without subscribers (share 0) is never a caller.
            shares.push_back(world.subscribersOf(op).empty() ? 0.0 : config.operators[op].marketShare);
            std::vector<double> activity;
            for (std::uint32_t s : world.subscribersOf(op))
                activity.push_back(world.subscribers()[s].activity);
            callers.emplace_back(activity);
        }
        operators = AliasTable(shares);
        calibrateAnyoneOperators(shares);
    }

    void calibrateAnyoneOperators(const std::vector<double> &shares);

    std::uint32_t antennaFor(std::uint32_t subscriber, RandomStream &random) const;
    void make(std::int64_t id, CdrRecord &r) const;

    const Config config;
    const SyntheticWorld world;
    const CallMix mix;
    const TimeProfile time;
    const std::uint64_t seed;
    const double contactShare;
    const double awayShare;
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
            const auto contacts = world.contacts().contacts(s);
            const double toContacts = contacts.empty() ? 0.0 : contactShare;
            anyoneMass += pCaller * (1.0 - toContacts);
            const double logN = std::log(static_cast<double>(contacts.size()) + 1.0);
            for (std::size_t k = 0; k < contacts.size(); ++k) {
                // P(rank k+1) of the log-uniform rank draw in make().
                const double pRank = std::log((k + 2.0) / (k + 1.0)) / logN;
                viaContacts[world.subscribers()[contacts[k]].operatorIndex] += pCaller * toContacts * pRank;
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
std::uint32_t CdrEngine::Impl::antennaFor(std::uint32_t subscriber, RandomStream &random) const
{
    if (!random.chance(awayShare))
        return world.homeAntenna(subscriber);
    if (random.chance(0.5))
        return world.elsewhereAntenna(subscriber);
    const Subscriber &s = world.subscribers()[subscriber];
    const double km = 8.0 * std::exp(random.normal());
    const double angle = 6.283185307179586 * random.uniform();
    const double lat = s.homeLat + km * std::sin(angle) / GeoMath::kmPerDegLat;
    const double lon = s.homeLon + km * std::cos(angle) / GeoMath::kmPerDegLon;
    if (!world.land().contains(lat, lon))
        return world.homeAntenna(subscriber);
    return world.nearestAntenna(s.operatorIndex, lat, lon);
}

void CdrEngine::Impl::make(std::int64_t id, CdrRecord &r) const
{
    RandomStream random(seed, StreamKind::Record, static_cast<std::uint64_t>(id));
    const std::vector<Subscriber> &subscribers = world.subscribers();

    const std::uint32_t op = operators.sample(random.next());
    const std::uint32_t callerIndex = world.subscribersOf(op)[callers[op].sample(random.next())];
    const Subscriber &caller = subscribers[callerIndex];
    r.id = id;
    r.startTime = time.draw(random);
    r.type = mix.drawType(random);
    r.status = mix.drawStatus(r.type, random);
    r.duration = mix.drawDuration(r.type, r.status, random);

    // Callee: a contact, rank k with probability ~1/k (a few frequent contacts get most calls), or anyone.
    std::uint32_t calleeIndex;
    const auto contacts = world.contacts().contacts(callerIndex);
    if (!contacts.empty() && random.chance(contactShare)) {
        const double n = static_cast<double>(contacts.size());
        auto rank = static_cast<std::size_t>(std::exp(random.uniform() * std::log(n + 1.0)));
        rank = std::clamp<std::size_t>(rank, 1, contacts.size());
        calleeIndex = contacts[rank - 1];
    } else {
        const auto &members = world.subscribersOf(anyoneOperators.sample(random.next()));
        calleeIndex = members[random.below(members.size())];
        if (calleeIndex == callerIndex && subscribers.size() > 1)
            calleeIndex = static_cast<std::uint32_t>((callerIndex + 1) % subscribers.size());
    }
    const Subscriber &callee = subscribers[calleeIndex];

    r.caller = caller.number;
    r.callee = callee.number;
    r.imeiCaller = caller.secondImei != 0 && r.startTime >= caller.imeiSwitchTime ? caller.secondImei : caller.imei;
    r.imeiReceiver = callee.secondImei != 0 && r.startTime >= callee.imeiSwitchTime ? callee.secondImei : callee.imei;
    r.operatorEmission = caller.operatorIndex;
    r.operatorReception = callee.operatorIndex;
    r.antennaEmission = refOf(world.antennas()[antennaFor(callerIndex, random)]);
    r.antennaReception = refOf(world.antennas()[antennaFor(calleeIndex, random)]);
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
    for (std::size_t i = 0; i < out.size(); ++i)
        m_impl->make(firstId + static_cast<std::int64_t>(i), out[i]);
}

} // namespace cdr
