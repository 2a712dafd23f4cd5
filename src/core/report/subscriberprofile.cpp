#include "report/subscriberprofile.h"

#include "synth/behavioursummary.h"
#include "synth/subscriberbehaviour.h"

#include <algorithm>
#include <numeric>

namespace cdr {

static_assert(sizeof(SubscriberProfile::Event) == 48, "docs/report.md states the spilled event's size");

namespace {

enum EventFlag : std::uint8_t {
    Placed = 1,      // a voice/SMS record this subscriber placed
    Received = 2,    // a voice/SMS record this subscriber received
    VoicePeer = 4,   // peer is a voice correspondent (RealismMetrics' weekly call contacts)
    ContactPeer = 8, // peer is a voice/SMS correspondent
};

constexpr std::int64_t kShortGap = 86400; // inter-event seconds below this are counted in an array, the rest in a map

std::uint64_t unorderedPairKey(const SubscriberProfile::Pair &p)
{
    const auto [low, high] = std::minmax(p.caller, p.callee);
    return low * 0x9e3779b97f4a7c15ULL ^ high;
}

// Reciprocated records of one group of pairs: a record (a, b) is reciprocated when some record is (b, a).
std::size_t reciprocatedIn(std::vector<SubscriberProfile::Pair> &pairs)
{
    std::sort(pairs.begin(), pairs.end());
    std::size_t reciprocated = 0;
    for (std::size_t i = 0; i < pairs.size();) {
        std::size_t j = i;
        while (j < pairs.size() && pairs[j] == pairs[i])
            ++j;
        if (std::binary_search(pairs.begin(), pairs.end(), SubscriberProfile::Pair{pairs[i].callee, pairs[i].caller}))
            reciprocated += j - i;
        i = j;
    }
    return reciprocated;
}

// The distributions and sums SubscriberDistributions needs beyond what BehaviourSummary keeps.
struct ExtraFigures {
    std::vector<double> records, contacts, activeDays;
    std::vector<std::int64_t> shortGaps = std::vector<std::int64_t>(kShortGap);
    std::map<double, std::int64_t> longGaps;
    std::vector<double> visitShareSums = std::vector<double>(RealismMetrics::kVisitRanks);

    void add(const SubscriberRecords &r, const SubscriberBehaviour &b, std::vector<std::uint64_t> &peers)
    {
        records.push_back(static_cast<double>(r.times.size()));
        std::sort(peers.begin(), peers.end());
        contacts.push_back(static_cast<double>(std::unique(peers.begin(), peers.end()) - peers.begin()));
        activeDays.push_back(static_cast<double>(b.activeDays));
        for (std::size_t i = 1; i < r.times.size(); ++i) {
            const std::int64_t gap = r.times[i] - r.times[i - 1];
            if (gap < kShortGap)
                ++shortGaps[static_cast<std::size_t>(gap)];
            else
                ++longGaps[static_cast<double>(gap)];
        }
        for (std::size_t k = 0; k < visitShareSums.size() && k < b.recordsPerAntenna.size(); ++k)
            visitShareSums[k] += static_cast<double>(b.recordsPerAntenna[k]) / static_cast<double>(r.visits.size());
    }

    std::map<double, std::int64_t> gaps() const
    {
        std::map<double, std::int64_t> all = longGaps;
        for (std::size_t s = 0; s < shortGaps.size(); ++s)
            if (shortGaps[s] > 0)
                all[static_cast<double>(s)] = shortGaps[s];
        return all;
    }
};

} // namespace

SubscriberProfile::SubscriberProfile(SpillLimits limits)
    : m_events(m_folder.filePath("events").toStdString(), limits,
               [](const Event &e) { return e.subscriber; }),
      m_pairs(m_folder.filePath("pairs").toStdString(), limits, unorderedPairKey)
{
}

void SubscriberProfile::add(const RealismMetrics::Interaction &r)
{
    ++m_recordsPerDay[SubscriberRecords::dayOf(r.startTime)];
    Event caller{};
    caller.subscriber = r.caller;
    caller.startTime = r.startTime;
    caller.lat = r.callerLat, caller.lon = r.callerLon, caller.antenna = r.callerAntenna;
    caller.peer = r.callee;
    caller.flags = static_cast<std::uint8_t>((r.voiceOrSms ? Placed : 0) | (r.voice && r.callee != 0 ? VoicePeer : 0)
                                             | (r.voiceOrSms && r.callee != 0 ? ContactPeer : 0));
    m_events.add(caller);
    if (r.voiceOrSms)
        m_pairs.add({r.caller, r.callee});
    if (!r.calleeIsOurs)
        return;
    Event callee{};
    callee.subscriber = r.callee;
    callee.startTime = r.startTime;
    callee.lat = r.calleeLat, callee.lon = r.calleeLon, callee.antenna = r.calleeAntenna;
    callee.peer = r.caller;
    callee.flags = static_cast<std::uint8_t>((r.voiceOrSms ? Received : 0) | (r.voice ? VoicePeer : 0)
                                             | (r.voiceOrSms && r.caller != 0 ? ContactPeer : 0));
    m_events.add(callee);
}

std::string SubscriberProfile::compute(double periodDays, RealismMetrics::Figures &behaviour,
                                       CdrProfile::SubscriberDistributions &distributions)
{
    if (!m_folder.isValid())
        return "cannot create a temporary folder: " + m_folder.errorString().toStdString();
    std::size_t reciprocated = 0, voiceSmsRecords = 0;
    std::string error = m_pairs.forEachPartition([&](std::vector<Pair> &pairs) {
        voiceSmsRecords += pairs.size();
        reciprocated += reciprocatedIn(pairs);
    });
    if (!error.empty())
        return error;

    BehaviourSummary summary;
    ExtraFigures extra;
    SubscriberRecords records;
    std::vector<std::uint64_t> peers;
    std::vector<std::uint32_t> order;
    error = m_events.forEachPartition([&](std::vector<Event> &events) {
        // Grouped by subscriber, each subscriber's events in the order added (as RealismMetrics sees them).
        order.resize(events.size());
        std::iota(order.begin(), order.end(), 0U);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return events[a].subscriber != events[b].subscriber ? events[a].subscriber < events[b].subscriber : a < b;
        });
        for (std::size_t i = 0; i < order.size();) {
            const std::uint64_t subscriber = events[order[i]].subscriber;
            records.clear();
            peers.clear();
            for (; i < order.size() && events[order[i]].subscriber == subscriber; ++i) {
                const Event &e = events[order[i]];
                records.addRecord(e.startTime, e.antenna, e.lat, e.lon);
                records.placed += e.flags & Placed ? 1 : 0;
                records.received += e.flags & Received ? 1 : 0;
                if (e.flags & VoicePeer)
                    records.addVoicePeer(e.startTime, e.peer);
                if (e.flags & ContactPeer)
                    peers.push_back(e.peer);
            }
            const SubscriberBehaviour b = SubscriberBehaviour::of(records);
            summary.addSubscriber(subscriber, records.placed, records.received, b);
            extra.add(records, b, peers);
        }
    });
    if (!error.empty())
        return error;

    behaviour = summary.figures(periodDays, reciprocated, voiceSmsRecords, m_recordsPerDay);
    distributions.records = Distribution::ofValues(std::move(extra.records));
    distributions.contacts = Distribution::ofValues(std::move(extra.contacts));
    distributions.activeDays = Distribution::ofValues(std::move(extra.activeDays));
    distributions.initiatedShare = Distribution::ofValues(summary.initiatedShares());
    distributions.interEventSeconds = Distribution::ofCounts(extra.gaps());
    distributions.burstiness = Distribution::ofValues(summary.burstiness());
    distributions.gyrationKm = Distribution::ofValues(summary.gyrationsKm());
    distributions.homeShare = Distribution::ofValues(summary.homeShares());
    distributions.visitShareByRank.clear();
    for (const double sum : extra.visitShareSums)
        distributions.visitShareByRank.push_back(
            behaviour.subscribers == 0 ? 0 : sum / static_cast<double>(behaviour.subscribers));
    return {};
}

} // namespace cdr
