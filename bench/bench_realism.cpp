// Behaviour figures of a generated CSV file (cdrgen-cli -o csv:FILE): reciprocity, out/in rank correlation, active
// days and call contacts per week, initiated share, radius of gyration, home share (RealismMetrics).
//   bench_realism FILE [PERIOD_DAYS]   (default: the days from the first to the last start_time)
#include "model/schema.h"
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

// RFC 4180 fields of one line (no embedded line breaks: cdrgen's names never hold one).
std::vector<std::string> splitCsv(const std::string &line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                fields.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                fields.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
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

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: bench_realism FILE [PERIOD_DAYS]\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "cannot read " << argv[1] << "\n";
        return 2;
    }
    const std::size_t caller = column("caller"), callee = column("callee"), start = column("start_time"),
                      type = column("type"), antennaOut = column("antenna_id_emission"),
                      latOut = column("antenna_lat_emission"), lonOut = column("antenna_lon_emission"),
                      antennaIn = column("antenna_id_reception"), latIn = column("antenna_lat_reception"),
                      lonIn = column("antenna_lon_reception");
    RealismMetrics metrics;
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
        first = std::min(first, r.startTime);
        last = std::max(last, r.startTime);
        ++rows;
    }
    const double days = argc > 2 ? std::atof(argv[2]) : std::ceil(static_cast<double>(last - first + 1) / 86400.0);
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
    return 0;
}
