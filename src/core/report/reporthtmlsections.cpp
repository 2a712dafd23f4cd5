#include "report/reporthtmlpage.h"

#include "report/svgcharts.h"
#include "synth/recordformatter.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace cdr {

namespace {

constexpr std::size_t kMostBars = 366; // longer periods are drawn in groups of consecutive days

std::string dateOf(std::int64_t day)
{
    std::string text;
    RecordFormatter::appendTimestamp(text, day * 86400);
    return text.substr(0, 10);
}

} // namespace

void ReportPage::when()
{
    m_html += "<h2>" + t("When") + "</h2>\n";
    std::vector<std::string> hours;
    for (int h = 0; h < 24; ++h)
        hours.push_back(std::to_string(h));
    std::vector<std::vector<double>> perHour, perWeekday;
    for (const CdrProfile::Figures *f : m_sides) {
        perHour.emplace_back(f->perHour.begin(), f->perHour.end());
        perWeekday.emplace_back(f->perWeekday.begin(), f->perWeekday.end());
    }
    categories("records_per_hour", "Records per hour of day", hours, perHour,
               t("weekdays busy 09-12 h and 15-17 h, evening peak 18-21 h; about 4.8 % of calls between 00:00 "
                 "and 06:00 (docs/realism.md, TimeProfile; test_engine_realism)"));
    std::vector<std::string> days;
    for (const char *day : {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"})
        days.push_back(t(day));
    categories("records_per_weekday", "Records per day of week", days, perWeekday,
               t("a weekend day weighs 0.8 of a working day (realism.weekend_activity)"));
    for (std::size_t s = 0; s < m_sides.size(); ++s)
        perDay(s);
}

void ReportPage::perDay(std::size_t side)
{
    const CdrProfile::Figures &f = *m_sides[side];
    if (f.perDay.empty())
        return;
    const std::int64_t firstDay = f.perDay.begin()->first, lastDay = f.perDay.rbegin()->first;
    const std::int64_t span = lastDay - firstDay + 1;
    const std::int64_t group = (span + static_cast<std::int64_t>(kMostBars) - 1) / static_cast<std::int64_t>(kMostBars);
    std::vector<std::string> labels;
    ChartSeries series{m_names[side], {}};
    for (std::int64_t day = firstDay; day <= lastDay; day += group) {
        labels.push_back(dateOf(day));
        double sum = 0;
        for (auto it = f.perDay.lower_bound(day); it != f.perDay.end() && it->first < day + group; ++it)
            sum += static_cast<double>(it->second);
        series.values.push_back(sum);
    }
    auto busiest = f.perDay.begin(), quietest = f.perDay.begin();
    for (auto it = f.perDay.begin(); it != f.perDay.end(); ++it) {
        if (it->second > busiest->second)
            busiest = it;
        if (it->second < quietest->second)
            quietest = it;
    }
    const std::string title = t("Records per day") + (group > 1 ? " (" + t("groups of") + " " + n(static_cast<double>(group)) + " " + t("days") + ")" : "")
        + (compared() ? ": " + m_names[side] : "");
    const std::string numbers = n(static_cast<double>(f.perDay.size())) + " " + t("days with records") + ", "
        + t("mean") + " " + n(static_cast<double>(f.records) / static_cast<double>(f.perDay.size()), 1) + " "
        + t("per day") + ", " + t("busiest") + " " + dateOf(busiest->first) + " ("
        + n(static_cast<double>(busiest->second)) + "), " + t("quietest") + " " + dateOf(quietest->first) + " ("
        + n(static_cast<double>(quietest->second)) + ")";
    const std::size_t every = std::max<std::size_t>(1, (labels.size() + 5) / 6);
    figure(side == 0 ? "records_per_day" : "", svgBarChart(title, labels, {series}, false, m_language, every),
           numbers, "");
}

void ReportPage::what()
{
    m_html += "<h2>" + t("What") + "</h2>\n";
    categories("types", "Call types", &CdrProfile::Figures::types,
               t("VOICE 55 %, SMS 35 %, DATA 10 % (realism.call_type_weights)"));
    categories("statuses", "Statuses", &CdrProfile::Figures::statuses,
               t("VOICE: SUCCESS 78 %, MISSED 15 %, FAILED 7 %; SMS 97/0/3; DATA 95/0/5 "
                 "(realism.status_weights)"));
    categories("operators_emission", "Operators (emitting side)", &CdrProfile::Figures::operators,
               t("the operators' market shares in the config (the default: BIPT 2020)"));
    std::set<std::string> types;
    for (const CdrProfile::Figures *f : m_sides)
        for (const auto &entry : f->durations)
            types.insert(entry.first);
    static const Distribution none;
    for (const std::string &type : types) {
        std::vector<const Distribution *> perSide;
        for (const CdrProfile::Figures *f : m_sides) {
            const auto found = f->durations.find(type);
            perSide.push_back(found == f->durations.end() ? &none : &found->second);
        }
        distribution("duration:" + type, t("Duration of answered calls") + ": " + type, perSide, " s",
                     t("voice: lognormal, median 75 s, sigma 1.1 (Ofcom 2019: 60 % of calls under 90 s, over 80 % "
                       "under 5 min); data: median 600 s, sigma 1.0; measured voice median 79 s "
                       "(docs/realism.md)"));
    }
}

void ReportPage::who()
{
    m_html += "<h2>" + t("Who and where") + "</h2>\n";
    std::vector<const Distribution *> home;
    for (const CdrProfile::Figures *f : m_sides)
        home.push_back(&f->homeToAntennaKm);
    distribution("home_to_antenna_km", t("Distance from the caller's home to the emitting antenna"), home, " km",
                 t("median 3.4 km, Belgian config (test_engine_realism)"));
    behaviourTable();

    using S = CdrProfile::SubscriberDistributions;
    struct PerSubscriber {
        const char *key, *title;
        Distribution S::*member;
        const char *unit, *reference;
    };
    const PerSubscriber charts[] = {
        {"subscriber_records", "Records per subscriber", &S::records, "",
         "BIPT: about 1.7 calls and 5.8 SMS a day per active SIM"},
        {"subscriber_contacts", "Contacts per subscriber", &S::contacts, "",
         "at least 3 call contacts a week (bandicoot number_of_contacts)"},
        {"subscriber_active_days", "Active days per subscriber", &S::activeDays, "",
         "at least 3.5 active days a week (BIPT)"},
        {"subscriber_initiated_share", "Share of records initiated, per subscriber", &S::initiatedShare, "",
         "median 0.35-0.65 (bandicoot percent_initiated_interactions)"},
        {"inter_event_seconds", "Time between a subscriber's records", &S::interEventSeconds, " s",
         "bursty: sessions of records minutes apart (Goh & Barabasi 2008; Jiang et al. 2013)"},
        {"subscriber_burstiness", "Burstiness B per subscriber", &S::burstiness, "",
         "median 0.2-0.5 (Goh & Barabasi 2008)"},
        {"subscriber_gyration_km", "Radius of gyration per subscriber", &S::gyrationKm, " km",
         "median 1-20 km, heavy tail (Gonzalez, Hidalgo, Barabasi 2008)"},
        {"subscriber_home_share", "Share of records at home, per subscriber", &S::homeShare, "",
         "median 0.4-0.85 (bandicoot percent_at_home)"}};
    for (const PerSubscriber &chart : charts) {
        std::vector<const Distribution *> perSide;
        bool any = false;
        for (const CdrProfile::Figures *f : m_sides) {
            perSide.push_back(&(f->perSubscriber.*chart.member));
            any = any || !perSide.back()->empty();
        }
        if (any)
            distribution(chart.key, t(chart.title), perSide, chart.unit, t(chart.reference));
    }
    visitation();
}

void ReportPage::visitation()
{
    std::size_t ranks = 0;
    for (const CdrProfile::Figures *f : m_sides)
        ranks = std::max(ranks, f->perSubscriber.visitShareByRank.size());
    if (ranks == 0)
        return;
    std::vector<std::string> labels;
    for (std::size_t k = 1; k <= ranks; ++k)
        labels.push_back(std::to_string(k));
    std::vector<ChartSeries> series;
    std::string numbers;
    for (std::size_t s = 0; s < m_sides.size(); ++s) {
        ChartSeries one{m_names[s], {}};
        numbers += s ? "<br>" : "";
        for (std::size_t k = 0; k < ranks; ++k) {
            const std::vector<double> &shares = m_sides[s]->perSubscriber.visitShareByRank;
            one.values.push_back(k < shares.size() ? 100 * shares[k] : 0);
            numbers += (k ? " · " : "") + std::to_string(k + 1) + ": " + n(one.values.back(), 1) + " %";
        }
        series.push_back(one);
    }
    figure("visit_share_by_rank", svgBarChart(t("Share of records at the k-th most used antenna"), labels, series,
                                              true, m_language),
           numbers, t("f_k ~ k^-zeta, zeta about 1.2 (Song et al. 2010)"));
}

void ReportPage::behaviourTable()
{
    struct Row {
        const char *key, *figure;
        std::function<std::string(const CdrProfile::Figures &)> value;
        const char *target, *reference;
    };
    const std::vector<Row> rows{
        {"", "subscribers seen", [&](const auto &f) { return n(static_cast<double>(f.behaviour.subscribers)); },
         "", ""},
        {"reciprocated_share", "voice/SMS records on reciprocated pairs",
         [&](const auto &f) { return n(100 * f.behaviour.reciprocatedShare, 1) + " %"; }, ">= 50 %",
         "Onnela et al. 2007"},
        {"out_in_spearman", "Spearman, placed vs received",
         [&](const auto &f) { return n(f.behaviour.outInSpearman, 2); }, ">= 0.5", "Kovanen et al. 2011"},
        {"median_active_days_per_week", "median active days per week",
         [&](const auto &f) { return n(f.behaviour.medianActiveDaysPerWeek, 2); }, ">= 3.5", "BIPT"},
        {"median_call_contacts_per_week", "median call contacts per week",
         [&](const auto &f) { return n(f.behaviour.medianCallContactsPerWeek, 1); }, ">= 3",
         "bandicoot number_of_contacts"},
        {"median_initiated_share", "median initiated share",
         [&](const auto &f) { return n(f.behaviour.medianInitiatedShare, 3); }, "0.35-0.65",
         "bandicoot percent_initiated_interactions"},
        {"median_radius_of_gyration_km", "radius of gyration, median / p90",
         [&](const auto &f) {
             return n(f.behaviour.medianGyrationKm, 1) + " km / " + n(f.behaviour.p90GyrationKm, 1) + " km";
         },
         "median 1-20 km, heavy tail", "Gonzalez et al. 2008"},
        {"median_home_share", "home share", [&](const auto &f) { return n(f.behaviour.medianHomeShare, 3); },
         "0.4-0.85", "bandicoot percent_at_home"},
        {"median_burstiness", "burstiness B (median)",
         [&](const auto &f) { return n(f.behaviour.medianBurstiness, 3); }, "0.2-0.5", "Goh & Barabasi 2008"},
        {"median_memory", "memory M (median)", [&](const auto &f) { return n(f.behaviour.medianMemory, 3); },
         ">= 0", "Goh & Barabasi 2008"},
        {"median_visitation_exponent", "visitation exponent zeta (median)",
         [&](const auto &f) { return n(f.behaviour.medianVisitationExponent, 3); }, "1.0-1.4",
         "Song et al. 2010"},
        {"weekend_weekday_ratio", "weekend / weekday records per day",
         [&](const auto &f) { return n(f.behaviour.weekendWeekdayRatio, 3); }, "about 0.8", "config"}};
    std::vector<std::vector<std::string>> lines;
    for (const Row &row : rows) {
        std::vector<std::string> line{t(row.figure)};
        for (const CdrProfile::Figures *f : m_sides)
            line.push_back(row.value(*f));
        line.push_back(reportDecimals(t(row.target), m_language));
        line.push_back(row.reference);
        if (m_comparison)
            line.push_back(distanceCell(row.key));
        lines.push_back(line);
    }
    table({"figure", "", "target", "reference"}, lines);
}

void ReportPage::valid()
{
    m_html += "<h2>" + t("Valid and complete") + "</h2>\n";
    struct Check {
        const char *key, *label;
        std::int64_t CdrProfile::Figures::*member;
        bool good; // the share counts good records (else bad ones)
        const char *expected, *rule;
    };
    const Check checks[] = {
        {"valid_callers", "callers that are Belgian mobile numbers", &CdrProfile::Figures::validCallers, true,
         "100 %", "+32 4[5-9] + 7 digits (libphonenumber)"},
        {"wrong_operator_callers", "callers outside their operator's number blocks",
         &CdrProfile::Figures::wrongOperatorCallers, false, "0 %", "operators[].number_blocks"},
        {"valid_imeis", "caller IMEIs with a right check digit", &CdrProfile::Figures::validImeis, true, "100 %",
         "3GPP TS 23.003 (Luhn)"},
        {"emitting_in_belgium", "emitting antennas inside Belgium", &CdrProfile::Figures::emittingInBelgium,
         true, "100 %", "Natural Earth border"},
        {"duplicate_ids", "duplicate ids", &CdrProfile::Figures::duplicateIds, false, "0 %", ""}};
    std::vector<ChartSeries> series(m_sides.size());
    std::vector<std::vector<std::string>> lines;
    for (std::size_t s = 0; s < m_sides.size(); ++s)
        series[s].name = m_names[s];
    for (const Check &check : checks) {
        std::vector<std::string> line{t(check.label)};
        for (std::size_t s = 0; s < m_sides.size(); ++s) {
            const CdrProfile::Figures &f = *m_sides[s];
            const double part = static_cast<double>(f.*check.member), whole = static_cast<double>(f.records);
            series[s].values.push_back(whole > 0 ? 100 * part / whole : 0);
            line.push_back(n(part) + " (" + percent(part, whole) + ")");
        }
        line.push_back(check.expected);
        line.push_back(check.rule);
        if (m_comparison)
            line.push_back(distanceCell(check.key));
        lines.push_back(line);
    }
    const std::vector<std::string> shortLabels{t("Belgian mobile"), t("wrong operator"), "IMEI",
                                               t("in Belgium"), t("duplicate ids")};
    m_html += "<section class=\"fig\">"
        + svgBarChart(t("Validity (share of records)"), shortLabels, series, true, m_language) + "</section>\n";
    table({"check", "", "expected", "rule"}, lines);

    std::set<std::string> columns;
    for (const CdrProfile::Figures *f : m_sides)
        for (const auto &entry : f->emptyByColumn)
            columns.insert(entry.first);
    if (columns.empty()) {
        m_html += "<p>" + t("No empty (NULL) fields.") + "</p>\n";
        return;
    }
    std::vector<std::string> names(columns.begin(), columns.end());
    std::vector<ChartSeries> empty;
    std::string numbers;
    for (std::size_t s = 0; s < m_sides.size(); ++s) {
        const CdrProfile::Figures &f = *m_sides[s];
        ChartSeries one{m_names[s], {}};
        for (const std::string &column : names) {
            const auto found = f.emptyByColumn.find(column);
            one.values.push_back(found == f.emptyByColumn.end() || f.records == 0
                                     ? 0
                                     : 100 * static_cast<double>(found->second) / static_cast<double>(f.records));
        }
        empty.push_back(one);
    }
    for (std::size_t c = 0; c < names.size(); ++c) {
        numbers += (c ? " · " : "") + xmlEscape(names[c]) + ": ";
        for (std::size_t s = 0; s < m_sides.size(); ++s) {
            const auto found = m_sides[s]->emptyByColumn.find(names[c]);
            const double count = found == m_sides[s]->emptyByColumn.end() ? 0 : static_cast<double>(found->second);
            numbers += (s ? " | " : "") + n(count) + " (" + percent(count, static_cast<double>(m_sides[s]->records)) + ")";
        }
    }
    std::vector<std::string> numbered;
    for (std::size_t c = 0; c < names.size(); ++c)
        numbered.push_back(std::to_string(c + 1));
    figure("empty_fields", svgBarChart(t("Empty (NULL) fields per column"), numbered, empty, true, m_language),
           t("columns") + ": " + [&] {
               std::string list;
               for (std::size_t c = 0; c < names.size(); ++c)
                   list += (c ? ", " : "") + std::to_string(c + 1) + " = " + xmlEscape(names[c]);
               return list;
           }() + "<br>" + numbers,
           t("the receiving columns are empty for data sessions and off-net callees (docs/realism.md)"));
}

} // namespace cdr
