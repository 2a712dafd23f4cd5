#include "report/recordfigures.h"

#include "geo/geography.h"
#include "geo/geomath.h"
#include "synth/callmix.h"
#include "synth/civiltime.h"
#include "synth/devicecatalogue.h"
#include "synth/recordformatter.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace cdr {

namespace {

// Bounds of the histograms, so that a table of absurd values cannot grow them without end: values beyond count at
// the bound (a week of duration; half the Earth's circumference, more than any two points of a real table).
constexpr double kLongestSeconds = 7 * 86400;
constexpr double kFarthestKm = 20'000;

template <typename Number>
Number number(std::string_view text)
{
    Number value{};
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

bool digitsOnly(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// +32 4[5-9] and 7 digits: the Belgian mobile plan (libphonenumber's ranges for BE mobiles).
bool belgianMobile(std::string_view text)
{
    return text.size() == 12 && text.substr(0, 4) == "+324" && text[4] >= '5' && text[4] <= '9'
        && digitsOnly(text.substr(1));
}

bool validImei(std::string_view text)
{
    return text.size() == 15 && digitsOnly(text) && DeviceCatalogue::luhnValid(number<std::uint64_t>(text));
}

std::vector<std::string> codesOf(const std::vector<OperatorConfig> &operators)
{
    std::vector<std::string> codes;
    for (const OperatorConfig &op : operators)
        codes.push_back(op.code);
    return codes;
}

const std::vector<OperatorConfig> &orDefault(const std::vector<OperatorConfig> &operators)
{
    static const std::vector<OperatorConfig> seed = Config::seedDefaults().operators;
    return operators.empty() ? seed : operators;
}

} // namespace

bool RecordFigures::DuplicateIds::seen(std::int64_t id)
{
    if (!m_started) {
        m_base = id > INT64_MIN + kBelowFirst ? id - kBelowFirst : INT64_MIN;
        m_started = true;
    }
    if (id < m_base || id - m_base >= kWindow)
        return !m_outside.insert(id).second;
    const auto bit = static_cast<std::uint64_t>(id - m_base);
    const std::size_t word = bit / 64;
    if (word >= m_bits.size())
        m_bits.resize(std::max(word + 1, m_bits.size() * 2), 0);
    const std::uint64_t mask = std::uint64_t(1) << (bit % 64);
    const bool before = (m_bits[word] & mask) != 0;
    m_bits[word] |= mask;
    return before;
}

RecordFigures::RecordFigures(const std::vector<OperatorConfig> &operators)
    : m_plan(orDefault(operators), 0), m_operatorCodes(codesOf(orDefault(operators)))
{
}

void RecordFigures::count(Counts &counts, std::string_view name)
{
    const auto found = counts.find(name);
    if (found != counts.end())
        ++found->second;
    else if (counts.size() < kMaxCategories)
        counts.emplace(std::string(name), 1);
    else
        ++counts[kOtherCategory];
}

void RecordFigures::add(const Record &r)
{
    ++m_records;
    m_duplicateIds += m_ids.seen(number<std::int64_t>(r.id)) ? 1 : 0;
    m_first = std::min(m_first, r.start), m_last = std::max(m_last, r.start);
    const std::int64_t day = r.start / 86400 - (r.start % 86400 < 0 ? 1 : 0);
    ++m_perHour[static_cast<std::size_t>((r.start - day * 86400) / 3600)];
    ++m_perWeekday[static_cast<std::size_t>(CivilTime::weekday(day))];
    ++m_perDay[day];
    count(m_types, r.type), count(m_statuses, r.status), count(m_operators, r.operatorCode);
    if (CallMix::classifyOutcome(r.status) == OutcomeKind::Success) {
        auto perType = m_durations.find(r.type);
        if (perType == m_durations.end() && m_durations.size() < kMaxCategories)
            perType = m_durations.emplace(std::string(r.type), std::map<double, std::int64_t>()).first;
        if (perType != m_durations.end())
            ++perType->second[std::clamp(std::floor(number<double>(r.duration)), -kLongestSeconds, kLongestSeconds)];
    }
    if (belgianMobile(r.caller)) {
        ++m_validCallers;
        const int holder = m_plan.operatorOf(number<std::uint64_t>(r.caller.substr(1)));
        if (holder < 0 || m_operatorCodes[static_cast<std::size_t>(holder)] != r.operatorCode)
            ++m_wrongOperatorCallers;
    }
    m_validImeis += validImei(r.imeiCaller) ? 1 : 0;
    m_emittingInBelgium += Geography::instance().insideBelgium(r.lat, r.lon) ? 1 : 0;
    if (r.hasHome)
        ++m_homeToAntenna[std::round(10 * std::min(GeoMath::distanceKm(r.homeLat, r.homeLon, r.lat, r.lon), kFarthestKm))];
}

double RecordFigures::periodDays() const
{
    return m_records > 0 ? std::ceil(static_cast<double>(m_last - m_first + 1) / 86400.0) : 0;
}

void RecordFigures::finish(CdrProfile::Figures &out) const
{
    out.records = m_records;
    out.duplicateIds = m_duplicateIds;
    out.perHour = m_perHour;
    out.perWeekday = m_perWeekday;
    out.perDay = m_perDay;
    out.types = {m_types.begin(), m_types.end()};
    out.statuses = {m_statuses.begin(), m_statuses.end()};
    out.operators = {m_operators.begin(), m_operators.end()};
    for (const auto &[type, seconds] : m_durations) {
        const Distribution d = Distribution::ofCounts(seconds);
        out.durations[type] = d;
        out.durationByType[type] = {d.median(), d.percentile(90)};
    }
    std::map<double, std::int64_t> km;
    for (const auto &[tenths, n] : m_homeToAntenna)
        km[tenths / 10] = n;
    out.homeToAntennaKm = Distribution::ofCounts(km);
    out.medianHomeToAntennaKm = out.homeToAntennaKm.median();
    out.validCallers = m_validCallers;
    out.wrongOperatorCallers = m_wrongOperatorCallers;
    out.validImeis = m_validImeis;
    out.emittingInBelgium = m_emittingInBelgium;
    if (m_records > 0) {
        RecordFormatter::appendTimestamp(out.firstStart, m_first);
        RecordFormatter::appendTimestamp(out.lastStart, m_last);
    }
}

} // namespace cdr
