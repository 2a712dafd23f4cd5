// Behaviour figures of a generated CSV file (cdrgen-cli -o csv:FILE): reciprocity, out/in rank correlation, active
// days and call contacts per week, initiated share, radius of gyration, home share, burstiness, memory, visitation
// exponent and weekend/weekday ratio (RealismMetrics); with --events, what each event of <table>_events did
// (EventEffectMetrics).
//   bench_realism FILE [PERIOD_DAYS] [--events EVENTS_CSV]   (default period: first to last start_time)
#include "calendar/eventeffectmetrics.h"
#include "model/schema.h"
#include "report/cdrrowsource.h"
#include "synth/callmix.h"
#include "synth/civiltime.h"
#include "synth/realismmetrics.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

using namespace cdr;

namespace {

std::vector<std::string> splitCsv(const std::string &line)
{
    std::vector<std::string> fields;
    CdrRowSource::splitCsv(line, fields);
    return fields;
}

std::size_t column(std::string_view name)
{
    for (std::size_t c = 0; c < kCdrColumnCount; ++c)
        if (kCdrColumns[c].name == name)
            return c;
    throw std::logic_error("no column " + std::string(name));
}

std::uint64_t phoneDigits(const std::string &text)
{
    std::uint64_t value = 0;
    if (text.size() > 1)
        std::from_chars(text.data() + 1, text.data() + text.size(), value);
    return value;
}

std::int32_t antennaNumber(const std::string &text)
{
    std::int32_t value = 0;
    if (text.size() > 3)
        std::from_chars(text.data() + 3, text.data() + text.size(), value);
    return value;
}

double real(const std::string &text)
{
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

} // namespace

// The rows of a <table>_events CSV file: event_id,kind,name,start_time,end_time,antenna_ids,parameters.
std::vector<EventEffectMetrics::Event> readEvents(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::vector<EventEffectMetrics::Event> events;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        const std::vector<std::string> f = splitCsv(line);
        if (f.size() != 7)
            throw std::runtime_error(path + ": " + std::to_string(f.size()) + " fields, expected 7");
        EventEffectMetrics::Event e;
        e.id = static_cast<std::int32_t>(std::stol(f[0]));
        e.kind = f[1];
        e.name = f[2];
        e.start = CivilTime::parse(f[3]).value_or(0);
        e.end = CivilTime::parse(f[4]).value_or(0);
        e.antennas = EventEffectMetrics::parseAntennaIds(f[5]);
        e.parameters = EventEffectMetrics::parseParameters(f[6]);
        events.push_back(std::move(e));
    }
    return events;
}

void printEffects(const std::vector<EventEffectMetrics::Effect> &effects)
{
    for (const EventEffectMetrics::Effect &e : effects) {
        std::printf("event %d %s \"%s\": records=%lld failed=%.1f%% | a week %s: records=%lld failed=%.1f%%",
                    e.event.id, e.event.kind.c_str(), e.event.name.c_str(), static_cast<long long>(e.during.records),
                    100 * e.during.failureShare(), e.baselineShift < 0 ? "before" : "after",
                    static_cast<long long>(e.baseline.records), 100 * e.baseline.failureShare());
        if (e.event.kind == "outage")
            std::printf(" | first minutes within %.0f km: records=%lld failed=%.1f%% (a week apart %lld, %.1f%%)",
                        EventEffectMetrics::kOutageNeighbourhoodKm, static_cast<long long>(e.spike.records),
                        100 * e.spike.failureShare(), static_cast<long long>(e.spikeBaseline.records),
                        100 * e.spikeBaseline.failureShare());
        std::printf("\n");
    }
}

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string eventsPath;
    if (const auto it = std::find(args.begin(), args.end(), "--events"); it != args.end() && it + 1 != args.end()) {
        eventsPath = *(it + 1);
        args.erase(it, it + 2);
    }
    if (args.empty()) {
        std::cerr << "usage: bench_realism FILE [PERIOD_DAYS] [--events EVENTS_CSV]\n";
        return 2;
    }
    std::ifstream in(args[0]);
    if (!in) {
        std::cerr << "cannot read " << args[0] << "\n";
        return 2;
    }
    const std::size_t caller = column("caller"), callee = column("callee"), start = column("start_time"),
                      type = column("type"), antennaOut = column("antenna_id_emission"),
                      latOut = column("antenna_lat_emission"), lonOut = column("antenna_lon_emission"),
                      antennaIn = column("antenna_id_reception"), latIn = column("antenna_lat_reception"),
                      lonIn = column("antenna_lon_reception"), status = column("status");
    RealismMetrics metrics;
    std::vector<EventEffectMetrics::Event> events;
    try {
        if (!eventsPath.empty())
            events = readEvents(eventsPath);
    } catch (const std::exception &error) {
        std::cerr << error.what() << "\n";
        return 2;
    }
    std::vector<EventEffectMetrics::Record> eventRecords; // kept until the period's start is known
    std::string line;
    std::getline(in, line); // header
    std::int64_t first = std::numeric_limits<std::int64_t>::max(), last = std::numeric_limits<std::int64_t>::min();
    std::int64_t rows = 0;
    while (std::getline(in, line)) {
        const std::vector<std::string> f = splitCsv(line);
        if (f.size() != kCdrColumnCount) {
            std::cerr << "line " << rows + 2 << ": " << f.size() << " fields, expected " << kCdrColumnCount << "\n";
            return 2;
        }
        RealismMetrics::Interaction r;
        r.caller = phoneDigits(f[caller]);
        r.callee = phoneDigits(f[callee]);
        r.startTime = CivilTime::parse(f[start]).value_or(0);
        const ServiceKind service = CallMix::classifyService(f[type]);
        r.voice = service == ServiceKind::Voice;
        r.voiceOrSms = service != ServiceKind::Data;
        r.callerAntenna = antennaNumber(f[antennaOut]);
        r.callerLat = real(f[latOut]);
        r.callerLon = real(f[lonOut]);
        r.calleeIsOurs = !f[antennaIn].empty();
        r.calleeAntenna = antennaNumber(f[antennaIn]);
        r.calleeLat = real(f[latIn]);
        r.calleeLon = real(f[lonIn]);
        metrics.add(r);
        if (!events.empty())
            eventRecords.push_back({r.startTime, CallMix::classifyOutcome(f[status]) == OutcomeKind::Failed,
                                    {r.callerAntenna, r.callerLat, r.callerLon},
                                    {r.calleeAntenna, r.calleeLat, r.calleeLon}});
        first = std::min(first, r.startTime);
        last = std::max(last, r.startTime);
        ++rows;
    }
    const double days = args.size() > 1 ? std::atof(args[1].c_str())
                                        : std::ceil(static_cast<double>(last - first + 1) / 86400.0);
    const RealismMetrics::Figures m = metrics.compute(days);
    std::printf("records=%lld period_days=%.0f subscribers=%zu\n", static_cast<long long>(rows), days, m.subscribers);
    std::printf("reciprocated_share=%.3f (target >= 0.5)\n", m.reciprocatedShare);
    std::printf("out_in_spearman=%.3f (target >= 0.5)\n", m.outInSpearman);
    std::printf("median_active_days_per_week=%.2f (target >= 3.5)\n", m.medianActiveDaysPerWeek);
    std::printf("median_call_contacts_per_week=%.2f (target >= 3)\n", m.medianCallContactsPerWeek);
    std::printf("median_initiated_share=%.3f top%zu=%.3f (target 0.35-0.65)\n", m.medianInitiatedShare,
                RealismMetrics::kTopSubscribers, m.medianInitiatedShareTop);
    std::printf("radius_of_gyration_km median=%.1f p90=%.1f (target median 1-20, heavy tail)\n", m.medianGyrationKm,
                m.p90GyrationKm);
    std::printf("median_home_share=%.3f (target 0.4-0.85)\n", m.medianHomeShare);
    std::printf("median_burstiness_B=%.3f (target 0.2-0.5) median_memory_M=%.3f (target >= 0) over %zu subscribers "
                "with >= %zu records\n",
                m.medianBurstiness, m.medianMemory, m.burstSubscribers, RealismMetrics::kBurstMinimum);
    std::printf("median_visitation_zeta=%.3f (target 1.0-1.4) over %zu subscribers with >= %zu antennas\n",
                m.medianVisitationExponent, m.visitSubscribers, RealismMetrics::kVisitRanks);
    std::printf("weekend_weekday_ratio=%.3f (target realism.weekend_activity, 0.8 by default)\n",
                m.weekendWeekdayRatio);
    if (!events.empty()) {
        EventEffectMetrics effects(events, first);
        for (const auto &record : eventRecords)
            effects.add(record);
        printEffects(effects.effects());
    }
    return 0;
}
