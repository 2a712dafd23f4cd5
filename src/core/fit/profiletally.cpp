#include "fit/profiletally.h"

#include "synth/callmix.h"
#include "synth/civiltime.h"

#include <charconv>
#include <functional>
#include <string_view>

namespace cdr {

const std::vector<std::string> &ProfileTally::columns()
{
    static const std::vector<std::string> names{"start_time", "duration", "type", "status",
                                                "caller", "callee", "antenna_id_reception"};
    return names;
}

void ProfileTally::add(const CdrRowSource::Row &row)
{
    if (records++ == 0)
        for (std::size_t c = 0; c < columns().size(); ++c)
            if (!row.has(c))
                missingColumns.push_back(columns()[c]);

    const std::string_view type = row[Type], status = row[Status];
    if (!type.empty()) {
        ++types[std::string(type)];
        if (!status.empty())
            ++statusByType[std::string(type)][std::string(status)];
    }
    if (!status.empty())
        ++statuses[std::string(status)];
    if (!type.empty() && CallMix::classifyOutcome(status) == OutcomeKind::Success && row.has(Duration)) {
        const std::string_view text = row[Duration];
        std::int64_t seconds = 0;
        if (std::from_chars(text.data(), text.data() + text.size(), seconds).ec == std::errc()) {
            const ServiceKind service = CallMix::classifyService(type);
            if (service == ServiceKind::Voice)
                answeredVoice.add(seconds);
            else if (service == ServiceKind::Data)
                answeredData.add(seconds);
        }
    }
    if (const auto start = CivilTime::parse(row[StartTime]))
        HourProfileFit::count(byDayHour, *start);
    // A subscriber of the table: every caller, and a callee the network saw on one of its antennas.
    const std::hash<std::string_view> hash;
    if (!row[Caller].empty())
        ++perSubscriber[hash(row[Caller])];
    if (!row[Callee].empty() && !row[AntennaReception].empty())
        ++perSubscriber[hash(row[Callee])];
}

std::int64_t ProfileTally::subscribersWith(std::uint32_t count) const
{
    std::int64_t subscribers = 0;
    for (const auto &[number, records] : perSubscriber)
        subscribers += records == count ? 1 : 0;
    return subscribers;
}

} // namespace cdr
