#include "report/reporthtml.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace cdr {

namespace {

std::string escape(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string format(const char *pattern, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

std::string percent(std::int64_t part, std::int64_t whole)
{
    return whole > 0 ? format("%.1f %%", 100.0 * static_cast<double>(part) / static_cast<double>(whole)) : "-";
}

// A vertical bar chart of labelled counts, as inline SVG.
std::string barChart(const std::string &title, const std::vector<std::pair<std::string, std::int64_t>> &bars)
{
    const int width = 640, height = 200, left = 50, bottom = 30, top = 24;
    std::int64_t highest = 1;
    for (const auto &bar : bars)
        highest = std::max(highest, bar.second);
    const double slot =
        static_cast<double>(width - left - 10) / static_cast<double>(std::max<std::size_t>(bars.size(), 1));
    std::string svg = "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width)
        + "\" height=\"" + std::to_string(height) + "\" role=\"img\" aria-label=\"" + escape(title) + "\">";
    svg += "<text x=\"" + std::to_string(left) + "\" y=\"16\" class=\"t\">" + escape(title) + "</text>";
    svg += "<text x=\"" + std::to_string(left - 6) + "\" y=\"" + std::to_string(top + 4)
        + "\" class=\"a\" text-anchor=\"end\">" + std::to_string(highest) + "</text>";
    svg += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(height - bottom) + "\" x2=\""
        + std::to_string(width - 10) + "\" y2=\"" + std::to_string(height - bottom) + "\" class=\"l\"/>";
    const double usable = height - bottom - top;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double h = usable * static_cast<double>(bars[i].second) / static_cast<double>(highest);
        const double x = left + slot * static_cast<double>(i) + slot * 0.1;
        svg += "<rect x=\"" + format("%.1f", x) + "\" y=\"" + format("%.1f", height - bottom - h) + "\" width=\""
            + format("%.1f", slot * 0.8) + "\" height=\"" + format("%.1f", h) + "\"><title>" + escape(bars[i].first)
            + ": " + std::to_string(bars[i].second) + "</title></rect>";
        svg += "<text x=\"" + format("%.1f", x + slot * 0.4) + "\" y=\"" + std::to_string(height - bottom + 14)
            + "\" class=\"a\" text-anchor=\"middle\">" + escape(bars[i].first) + "</text>";
    }
    return svg + "</svg></figure>\n";
}

std::vector<std::pair<std::string, std::int64_t>> barsOf(const std::map<std::string, std::int64_t> &counts)
{
    return {counts.begin(), counts.end()};
}

struct Line {
    std::string figure, value, target, reference;
};

std::string table(const std::vector<std::string> &head, const std::vector<Line> &lines)
{
    std::string html = "<table><tr>";
    for (const std::string &h : head)
        html += "<th>" + escape(h) + "</th>";
    html += "</tr>";
    for (const Line &l : lines)
        html += "<tr><td>" + escape(l.figure) + "</td><td class=\"n\">" + escape(l.value) + "</td><td>"
            + escape(l.target) + "</td><td>" + escape(l.reference) + "</td></tr>";
    return html + "</table>\n";
}

} // namespace

std::string profileToHtml(const CdrProfile::Figures &f, const std::string &source)
{
    std::string html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>cdrgen report: "
        + escape(source) + "</title><style>"
        "body{font-family:sans-serif;margin:2em;max-width:60em;color:#222}h1{font-size:1.4em}h2{font-size:1.15em;"
        "margin-top:1.6em;border-bottom:1px solid #ccc}table{border-collapse:collapse;margin:.5em 0}"
        "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}td.n{text-align:right}"
        "figure{margin:.5em 0}rect{fill:#3b6ea8}.t{font-size:13px;font-weight:bold}.a{font-size:10px;fill:#555}"
        ".l{stroke:#999}@media print{body{margin:0}}</style></head><body>\n";
    html += "<h1>CDR profile of " + escape(source) + "</h1>\n<p>" + std::to_string(f.records) + " records, "
        + escape(f.firstStart) + " to " + escape(f.lastStart) + ". Computed from the rows alone "
        "(docs/report.md).</p>\n";
    if (!f.missingColumns.empty()) {
        std::string names;
        for (const std::string &c : f.missingColumns)
            names += (names.empty() ? "" : ", ") + c;
        html += "<p><strong>Columns missing from the source:</strong> " + escape(names)
            + "; the figures that need them are empty.</p>\n";
    }

    html += "<h2>When</h2>\n";
    std::vector<std::pair<std::string, std::int64_t>> hours, weekdays;
    for (int h = 0; h < 24; ++h)
        hours.emplace_back(std::to_string(h), f.perHour[static_cast<std::size_t>(h)]);
    static const char *names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (int d = 0; d < 7; ++d)
        weekdays.emplace_back(names[d], f.perWeekday[static_cast<std::size_t>(d)]);
    html += barChart("Records per hour of day", hours) + barChart("Records per day of week", weekdays);

    html += "<h2>What</h2>\n" + barChart("Call types", barsOf(f.types)) + barChart("Statuses", barsOf(f.statuses))
        + barChart("Operators (emitting side)", barsOf(f.operators));
    std::vector<Line> durations;
    for (const auto &[type, q] : f.durationByType)
        durations.push_back({type, format("%.0f s", q.median), format("%.0f s", q.p90), ""});
    html += "<table><tr><th>answered type</th><th>median duration</th><th>90th percentile</th></tr>";
    for (const Line &l : durations)
        html += "<tr><td>" + escape(l.figure) + "</td><td class=\"n\">" + l.value + "</td><td class=\"n\">" + l.target
            + "</td></tr>";
    html += "</table>\n";

    const RealismMetrics::Figures &b = f.behaviour;
    html += "<h2>Who and where</h2>\n" + table({"figure", "value", "target", "reference"},
        {{"subscribers seen", std::to_string(b.subscribers), "", ""},
         {"voice/SMS records on reciprocated pairs", format("%.1f %%", 100 * b.reciprocatedShare), ">= 50 %",
          "Onnela et al. 2007"},
         {"Spearman, placed vs received", format("%.2f", b.outInSpearman), ">= 0.5", "Kovanen et al. 2011"},
         {"median active days per week", format("%.2f", b.medianActiveDaysPerWeek), ">= 3.5", "BIPT"},
         {"median call contacts per week", format("%.1f", b.medianCallContactsPerWeek), ">= 3",
          "bandicoot number_of_contacts"},
         {"median initiated share", format("%.3f", b.medianInitiatedShare), "0.35-0.65",
          "bandicoot percent_initiated_interactions"},
         {"radius of gyration, median / p90", format("%.1f km", b.medianGyrationKm) + " / "
                                                 + format("%.1f km", b.p90GyrationKm),
          "median 1-20 km, heavy tail", "Gonzalez et al. 2008"},
         {"home share", format("%.3f", b.medianHomeShare), "0.4-0.85", "bandicoot percent_at_home"},
         {"burstiness B (median)", format("%.3f", b.medianBurstiness), "0.2-0.5", "Goh & Barabasi 2008"},
         {"memory M (median)", format("%.3f", b.medianMemory), ">= 0", "Goh & Barabasi 2008"},
         {"visitation exponent zeta (median)", format("%.3f", b.medianVisitationExponent), "1.0-1.4",
          "Song et al. 2010"},
         {"weekend / weekday records per day", format("%.3f", b.weekendWeekdayRatio), "about 0.8", "config"},
         {"median home to emitting antenna", format("%.1f km", f.medianHomeToAntennaKm), "", ""}});

    std::vector<Line> validity{
        {"callers that are Belgian mobile numbers", percent(f.validCallers, f.records), "100 %",
         "+32 4[5-9] + 7 digits"},
        {"caller IMEIs with a right check digit", percent(f.validImeis, f.records), "100 %", "3GPP TS 23.003 (Luhn)"},
        {"emitting antennas inside Belgium", percent(f.emittingInBelgium, f.records), "100 %", "Natural Earth border"},
        {"duplicate ids", std::to_string(f.duplicateIds), "0", ""}};
    for (const auto &[column, empty] : f.emptyByColumn)
        validity.push_back({"empty " + column, percent(empty, f.records), "", ""});
    html += "<h2>Valid and complete</h2>\n" + table({"check", "value", "expected", "rule"}, validity);
    return html + "</body></html>\n";
}

} // namespace cdr
