#include "report/cdrprofile.h"

#include "geo/geography.h"
#include "geo/geomath.h"
#include "model/schema.h"
#include "report/subscriberprofile.h"
#include "synth/callmix.h"
#include "synth/civiltime.h"
#include "synth/devicecatalogue.h"
#include "synth/recordformatter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_set>

namespace cdr {

namespace {

enum Column : std::size_t {
    Id, Caller, Callee, StartTime, Duration, Type, Status, ImeiCaller, OperatorEmission, AntennaEmission, LatEmission,
    LonEmission, AntennaReception, LatReception, LonReception, HomeLat, HomeLon
};
const std::vector<std::string> kProfiledColumns{
    "id", "caller", "callee", "start_time", "duration", "type", "status", "imei_caller", "operator_code_emission",
    "antenna_id_emission", "antenna_lat_emission", "antenna_lon_emission", "antenna_id_reception",
    "antenna_lat_reception", "antenna_lon_reception", "caller_lat_home", "caller_lon_home"};

template <typename Number>
Number number(std::string_view text)
{
    Number value{};
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::uint64_t phoneDigits(std::string_view text)
{
    return text.size() > 1 ? number<std::uint64_t>(text.substr(1)) : 0;
}

std::int32_t antennaNumber(std::string_view text)
{
    return text.size() > 3 ? number<std::int32_t>(text.substr(3)) : 0;
}

bool belgianMobile(std::string_view text)
{
    if (text.size() != 12 || text.substr(0, 4) != "+324" || text[4] < '5' || text[4] > '9')
        return false;
    return std::all_of(text.begin() + 1, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool validImei(std::string_view text)
{
    return text.size() == 15 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })
        && DeviceCatalogue::luhnValid(number<std::uint64_t>(text));
}

CdrProfile::Quantiles quantiles(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    auto at = [&](double q) { return values[static_cast<std::size_t>(q * static_cast<double>(values.size() - 1))]; };
    return {at(0.5), at(0.9)};
}

} // namespace

std::string CdrProfile::profile(const std::string &source, const std::string &table, Figures &out)
{
    out = Figures();
    SubscriberProfile subscribers;
    std::unordered_set<std::int64_t> ids;
    std::map<std::string, std::vector<double>> durations;
    std::vector<double> homeToAntenna;
    std::int64_t first = INT64_MAX, last = INT64_MIN;
    bool columnsChecked = false;
    const std::string error = CdrRowSource::read(source, table, kProfiledColumns, [&](const CdrRowSource::Row &row) {
        if (!columnsChecked) {
            for (std::size_t c = 0; c < kProfiledColumns.size(); ++c)
                if (!row.has(c))
                    out.missingColumns.push_back(kProfiledColumns[c]);
            columnsChecked = true;
        }
        ++out.records;
        if (!ids.insert(number<std::int64_t>(row[Id])).second)
            ++out.duplicateIds;
        for (std::size_t c = 0; c < kProfiledColumns.size(); ++c)
            if (row.has(c) && row[c].empty())
                ++out.emptyByColumn[kProfiledColumns[c]];
        const std::int64_t start = CivilTime::parse(row[StartTime]).value_or(0);
        first = std::min(first, start), last = std::max(last, start);
        const std::int64_t day = start / 86400 - (start % 86400 < 0 ? 1 : 0);
        ++out.perHour[static_cast<std::size_t>((start - day * 86400) / 3600)];
        ++out.perWeekday[static_cast<std::size_t>(CivilTime::weekday(day))];
        const std::string type(row[Type]), status(row[Status]);
        ++out.types[type], ++out.statuses[status], ++out.operators[std::string(row[OperatorEmission])];
        if (CallMix::classifyOutcome(status) == OutcomeKind::Success)
            durations[type].push_back(number<double>(row[Duration]));
        out.validCallers += belgianMobile(row[Caller]) ? 1 : 0;
        out.validImeis += validImei(row[ImeiCaller]) ? 1 : 0;
        const double lat = number<double>(row[LatEmission]), lon = number<double>(row[LonEmission]);
        out.emittingInBelgium += Geography::instance().insideBelgium(lat, lon) ? 1 : 0;
        if (row.has(HomeLat) && !row[HomeLat].empty())
            homeToAntenna.push_back(
                GeoMath::distanceKm(number<double>(row[HomeLat]), number<double>(row[HomeLon]), lat, lon));

        RealismMetrics::Interaction i;
        i.caller = phoneDigits(row[Caller]);
        i.callee = phoneDigits(row[Callee]);
        i.startTime = start;
        const ServiceKind service = CallMix::classifyService(type);
        i.voice = service == ServiceKind::Voice;
        i.voiceOrSms = service != ServiceKind::Data;
        i.callerAntenna = antennaNumber(row[AntennaEmission]);
        i.callerLat = lat, i.callerLon = lon;
        i.calleeIsOurs = !row[AntennaReception].empty();
        i.calleeAntenna = antennaNumber(row[AntennaReception]);
        i.calleeLat = number<double>(row[LatReception]), i.calleeLon = number<double>(row[LonReception]);
        subscribers.add(i);
    });
    if (!error.empty())
        return error;
    if (out.records == 0)
        return source + " holds no rows";
    for (auto &[type, values] : durations)
        out.durationByType[type] = quantiles(std::move(values));
    out.medianHomeToAntennaKm = quantiles(std::move(homeToAntenna)).median;
    RecordFormatter::appendTimestamp(out.firstStart, first);
    RecordFormatter::appendTimestamp(out.lastStart, last);
    return subscribers.compute(std::ceil(static_cast<double>(last - first + 1) / 86400.0), out.behaviour,
                               out.perSubscriber);
}

} // namespace cdr
