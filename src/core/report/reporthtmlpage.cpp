#include "report/reporthtmlpage.h"

#include "report/svgcharts.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace cdr {

namespace {

const char *const kStyle =
    "body{font-family:sans-serif;margin:2em;max-width:62em;color:#222}h1{font-size:1.4em}h2{font-size:1.15em;"
    "margin-top:1.6em;border-bottom:1px solid #ccc}table{border-collapse:collapse;margin:.5em 0}"
    "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}td.n{text-align:right;white-space:nowrap}"
    "section.fig{margin:.8em 0 1.2em;break-inside:avoid;page-break-inside:avoid}svg{max-width:100%;height:auto}"
    ".t{font-size:13px;font-weight:bold}.a{font-size:10px;fill:#555}.l{stroke:#999}.g{stroke:#ddd}"
    "p.nums{font-size:.85em;margin:.2em 0}p.ref{font-size:.85em;margin:.2em 0;color:#555}"
    "p.dist{font-size:.85em;margin:.2em 0;color:#8a4b0f}p.score{font-size:1.2em}"
    "@media print{body{margin:0;max-width:none}h2{break-after:avoid;page-break-after:avoid}"
    "table{break-inside:avoid;page-break-inside:avoid}}";

// The measure's JSON name as the page writes it ("total_variation" -> "total variation").
std::string measureName(std::string measure)
{
    if (measure == "kolmogorov_smirnov")
        return "Kolmogorov-Smirnov";
    std::replace(measure.begin(), measure.end(), '_', ' ');
    return measure;
}

} // namespace

ReportPage::ReportPage(const std::string &language, const CdrProfile::Figures &a, const std::string &sourceA,
                       const CdrProfile::Figures *b, const std::string &sourceB)
    : m_language(language)
{
    m_sides.push_back(&a), m_names.push_back(sourceA);
    if (b) {
        m_sides.push_back(b), m_names.push_back(sourceB);
        m_comparison = ProfileComparison::of(a, *b);
    }
}

std::string ReportPage::render()
{
    header();
    when();
    what();
    who();
    valid();
    return m_html + "</body></html>\n";
}

std::string ReportPage::percent(double part, double whole) const
{
    return whole > 0 ? n(100.0 * part / whole, 1) + " %" : "-";
}

void ReportPage::figure(const std::string &distanceKey, const std::string &svg, const std::string &numbers,
            const std::string &reference)
{
    m_html += "<section class=\"fig\">" + svg + "\n<p class=\"nums\">" + numbers + "</p>";
    if (!reference.empty())
        m_html += "<p class=\"ref\">" + t("Reference") + ": " + xmlEscape(reference) + "</p>";
    m_html += distanceLine(distanceKey) + "</section>\n";
}

std::string ReportPage::distanceLine(const std::string &key) const
{
    if (!m_comparison)
        return {};
    const FigureDistance *d = m_comparison->find(key);
    if (!d)
        return {};
    return "<p class=\"dist\">" + t("Distance") + " (" + t(measureName(d->measure)) + "): "
        + (std::isnan(d->distance) ? t("not comparable") : n(d->distance, 3)) + "</p>";
}

void ReportPage::categories(const std::string &key, const std::string &title, const std::vector<std::string> &labels,
                const std::vector<std::vector<double>> &counts, const std::string &reference)
{
    std::vector<ChartSeries> series;
    std::string numbers;
    for (std::size_t s = 0; s < counts.size(); ++s) {
        double total = 0;
        for (const double c : counts[s])
            total += c;
        ChartSeries one{m_names[s], {}};
        for (const double c : counts[s])
            one.values.push_back(compared() ? (total > 0 ? 100 * c / total : 0) : c);
        series.push_back(one);
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        numbers += (i ? " · " : "") + xmlEscape(labels[i]) + ": ";
        for (std::size_t s = 0; s < counts.size(); ++s) {
            double total = 0;
            for (const double c : counts[s])
                total += c;
            numbers += (s ? " | " : "") + n(counts[s][i]) + " (" + percent(counts[s][i], total) + ")";
        }
    }
    figure(key, svgBarChart(t(title), labels, series, compared(), m_language), numbers, reference);
}

void ReportPage::categories(const std::string &key, const std::string &title,
                std::map<std::string, std::int64_t> CdrProfile::Figures::*member, const std::string &reference)
{
    std::set<std::string> names;
    for (const CdrProfile::Figures *f : m_sides)
        for (const auto &entry : f->*member)
            names.insert(entry.first);
    const std::vector<std::string> labels(names.begin(), names.end());
    std::vector<std::vector<double>> counts;
    for (const CdrProfile::Figures *f : m_sides) {
        std::vector<double> values;
        for (const std::string &label : labels) {
            const auto found = (f->*member).find(label);
            values.push_back(found == (f->*member).end() ? 0 : static_cast<double>(found->second));
        }
        counts.push_back(values);
    }
    categories(key, title, labels, counts, reference);
}

void ReportPage::distribution(const std::string &key, const std::string &title,
                  const std::vector<const Distribution *> &perSide, const std::string &unit,
                  const std::string &reference)
{
    std::vector<DistributionSeries> series;
    std::string numbers;
    const int decimals = unit.empty() ? 2 : (unit == " s" ? 0 : 1);
    for (std::size_t s = 0; s < perSide.size(); ++s) {
        const Distribution &d = *perSide[s];
        series.push_back({m_names[s], &d});
        numbers += (s ? "<br>" : "") + (compared() ? xmlEscape(m_names[s]) + ": " : std::string());
        if (d.empty()) {
            numbers += t("no values");
            continue;
        }
        numbers += "n = " + n(static_cast<double>(d.count)) + ", " + t("mean") + " " + n(d.mean, decimals) + unit
            + ", p10 " + n(d.percentile(10), decimals) + ", " + t("median") + " " + n(d.median(), decimals)
            + unit + ", p90 " + n(d.percentile(90), decimals) + ", " + t("maximum") + " "
            + n(d.percentile(100), decimals) + unit;
    }
    figure(key, svgDistributionChart(t(title), series, unit, m_language), numbers, reference);
}

void ReportPage::header()
{
    m_html = "<!DOCTYPE html><html lang=\"" + m_language + "\"><head><meta charset=\"utf-8\"><title>"
        + t("cdrgen report") + ": " + xmlEscape(m_names[0]) + "</title><style>" + kStyle
        + "</style></head><body>\n<h1>" + t("CDR profile of") + " " + xmlEscape(m_names[0]) + "</h1>\n";
    for (std::size_t s = 0; s < m_sides.size(); ++s) {
        const CdrProfile::Figures &f = *m_sides[s];
        m_html += "<p>" + (s ? t("Compared with") + " <strong>" + xmlEscape(m_names[s]) + "</strong>: " : "")
            + n(static_cast<double>(f.records)) + " " + t("records") + ", " + xmlEscape(f.firstStart) + " "
            + t("to") + " " + xmlEscape(f.lastStart) + ". " + t("Computed from the rows alone.") + "</p>\n";
        if (!f.missingColumns.empty()) {
            std::string names;
            for (const std::string &c : f.missingColumns)
                names += (names.empty() ? "" : ", ") + c;
            m_html += "<p><strong>" + t("Columns missing from the source") + ":</strong> " + xmlEscape(names)
                + "; " + t("the figures that need them are empty.") + "</p>\n";
        }
    }
    if (m_comparison) {
        m_html += "<p class=\"score\">" + t("Overall score") + ": <strong>" + n(m_comparison->score, 1)
            + "</strong> / 100</p>\n<p class=\"ref\">"
            + t("100 x (1 - the mean distance over the figures both sources have); 0 is the same, 1 as far "
                "apart as possible: total variation for mixes, Kolmogorov-Smirnov for distributions, share "
                "difference for validity, relative error for single figures.")
            + "</p>\n";
    }
}

std::string ReportPage::distanceCell(const std::string &key) const
{
    const FigureDistance *d = m_comparison ? m_comparison->find(key) : nullptr;
    return !d ? "" : std::isnan(d->distance) ? t("not comparable") : n(d->distance, 3);
}

void ReportPage::table(const std::vector<std::string> &head, const std::vector<std::vector<std::string>> &lines)
{
    m_html += "<section class=\"fig\"><table><tr><th>" + t(head[0]) + "</th>";
    for (std::size_t s = 0; s < m_sides.size(); ++s)
        m_html += "<th>" + (compared() ? xmlEscape(m_names[s]) : t("value")) + "</th>";
    for (std::size_t h = 2; h < head.size(); ++h)
        m_html += "<th>" + t(head[h]) + "</th>";
    if (m_comparison)
        m_html += "<th>" + t("Distance") + "</th>";
    m_html += "</tr>";
    for (const auto &line : lines) {
        m_html += "<tr>";
        for (std::size_t c = 0; c < line.size(); ++c) {
            const bool number = c >= 1 && (c <= m_sides.size() || (m_comparison && c == line.size() - 1));
            m_html += std::string(number ? "<td class=\"n\">" : "<td>") + xmlEscape(line[c]) + "</td>";
        }
        m_html += "</tr>";
    }
    m_html += "</table></section>\n";
}

} // namespace cdr
