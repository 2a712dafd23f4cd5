#include "report/cdrprofile.h"

#include "model/schema.h"
#include "report/recordfigures.h"
#include "report/subscriberprofile.h"
#include "synth/callmix.h"
#include "synth/civiltime.h"

#include <algorithm>
#include <charconv>
#include <cmath>

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

} // namespace

std::string CdrProfile::profile(const std::string &source, const std::string &table, Figures &out,
                                const std::vector<OperatorConfig> &operators)
{
    std::string error;
    auto spec = RowSourceSpec::parse(source, &error);
    if (!spec)
        return error;
    spec->table = table;
    return profile(*spec, out, operators);
}

std::string CdrProfile::profile(const RowSourceSpec &source, Figures &out, const std::vector<OperatorConfig> &operators)
{
    out = Figures();
    SubscriberProfile subscribers;
    RecordFigures records(operators);
    bool columnsChecked = false;
    const std::string error = CdrRowSource::read(source, kProfiledColumns, [&](const CdrRowSource::Row &row) {
        if (!columnsChecked) {
            for (std::size_t c = 0; c < kProfiledColumns.size(); ++c)
                if (!row.has(c))
                    out.missingColumns.push_back(kProfiledColumns[c]);
            columnsChecked = true;
        }
        for (std::size_t c = 0; c < kProfiledColumns.size(); ++c)
            if (row.has(c) && row[c].empty())
                ++out.emptyByColumn[kProfiledColumns[c]];
        RecordFigures::Record r{row[Id], row[Caller], row[Duration], row[Type], row[Status], row[ImeiCaller],
                                row[OperatorEmission]};
        r.start = CivilTime::parse(row[StartTime]).value_or(0);
        r.lat = number<double>(row[LatEmission]), r.lon = number<double>(row[LonEmission]);
        r.hasHome = row.has(HomeLat) && !row[HomeLat].empty();
        if (r.hasHome)
            r.homeLat = number<double>(row[HomeLat]), r.homeLon = number<double>(row[HomeLon]);
        records.add(r);

        RealismMetrics::Interaction i;
        i.caller = phoneDigits(row[Caller]);
        i.callee = phoneDigits(row[Callee]);
        i.startTime = r.start;
        const ServiceKind service = CallMix::classifyService(row[Type]);
        i.voice = service == ServiceKind::Voice;
        i.voiceOrSms = service != ServiceKind::Data;
        i.callerAntenna = antennaNumber(row[AntennaEmission]);
        i.callerLat = r.lat, i.callerLon = r.lon;
        i.calleeIsOurs = !row[AntennaReception].empty();
        i.calleeAntenna = antennaNumber(row[AntennaReception]);
        i.calleeLat = number<double>(row[LatReception]), i.calleeLon = number<double>(row[LonReception]);
        subscribers.add(i);
    });
    if (!error.empty())
        return error;
    records.finish(out);
    if (out.records == 0)
        return source.describe() + " holds no rows";
    return subscribers.compute(records.periodDays(), out.behaviour, out.perSubscriber);
}

} // namespace cdr
