#include "report/svgcharts.h"

#include "report/reporttext.h"

#include <algorithm>
#include <cstdio>

namespace cdr {

namespace {

constexpr int kWidth = 680, kHeight = 220, kLeft = 56, kRight = 12, kTop = 28, kBottom = 34;
const char *const kColours[] = {"#3b6ea8", "#d9822b"};

std::string at(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

std::string open(const std::string &title)
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(kWidth) + "\" height=\""
        + std::to_string(kHeight) + "\" viewBox=\"0 0 " + std::to_string(kWidth) + " " + std::to_string(kHeight)
        + "\" role=\"img\" aria-label=\"" + xmlEscape(title) + "\"><text x=\"" + std::to_string(kLeft)
        + "\" y=\"16\" class=\"t\">" + xmlEscape(title) + "</text>";
}

std::string legend(const std::vector<std::string> &names)
{
    if (names.size() < 2)
        return {};
    std::string svg;
    double x = kWidth - kRight;
    for (std::size_t i = names.size(); i-- > 0;) {
        const std::string name = names[i].size() > 40 ? names[i].substr(0, 37) + "..." : names[i];
        x -= 14 + 6.2 * static_cast<double>(name.size());
        svg += "<rect x=\"" + at(x) + "\" y=\"7\" width=\"10\" height=\"10\" fill=\"" + kColours[i % 2]
            + "\"/><text x=\"" + at(x + 13) + "\" y=\"16\" class=\"a\">" + xmlEscape(name) + "</text>";
        x -= 10;
    }
    return svg;
}

std::string axisLabel(double x, double y, const std::string &text, const char *anchor)
{
    return "<text x=\"" + at(x) + "\" y=\"" + at(y) + "\" class=\"a\" text-anchor=\"" + anchor + "\">"
        + xmlEscape(text) + "</text>";
}

std::string line(double x1, double y1, double x2, double y2, const char *cls)
{
    return "<line x1=\"" + at(x1) + "\" y1=\"" + at(y1) + "\" x2=\"" + at(x2) + "\" y2=\"" + at(y2) + "\" class=\""
        + cls + "\"/>";
}

} // namespace

std::string xmlEscape(const std::string &text)
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

std::string svgBarChart(const std::string &title, const std::vector<std::string> &labels,
                        const std::vector<ChartSeries> &series, bool percent, const std::string &language,
                        std::size_t labelEvery)
{
    double highest = 0;
    std::vector<std::string> names;
    for (const ChartSeries &s : series) {
        names.push_back(s.name);
        for (const double v : s.values)
            highest = std::max(highest, v);
    }
    if (highest <= 0)
        highest = 1;
    const double plotWidth = kWidth - kLeft - kRight, plotHeight = kHeight - kTop - kBottom;
    const double slot = plotWidth / static_cast<double>(std::max<std::size_t>(labels.size(), 1));
    const double barWidth = slot * 0.8 / static_cast<double>(std::max<std::size_t>(series.size(), 1));
    const std::string unit = percent ? " %" : "";
    std::string svg = open(title) + legend(names);
    svg += axisLabel(kLeft - 6, kTop + 4, reportNumber(highest, percent ? 1 : 0, language) + unit, "end");
    svg += axisLabel(kLeft - 6, kHeight - kBottom, "0", "end");
    svg += line(kLeft, kHeight - kBottom, kWidth - kRight, kHeight - kBottom, "l");
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double x0 = kLeft + slot * static_cast<double>(i) + slot * 0.1;
        for (std::size_t s = 0; s < series.size(); ++s) {
            const double value = i < series[s].values.size() ? series[s].values[i] : 0;
            const double h = plotHeight * value / highest;
            svg += "<rect x=\"" + at(x0 + barWidth * static_cast<double>(s)) + "\" y=\""
                + at(kHeight - kBottom - h) + "\" width=\"" + at(std::max(barWidth, 0.5)) + "\" height=\"" + at(h)
                + "\" fill=\"" + kColours[s % 2] + "\"><title>" + xmlEscape(series[s].name) + ", "
                + xmlEscape(labels[i]) + ": " + reportNumber(value, percent ? 2 : 0, language) + unit
                + "</title></rect>";
        }
        if (labelEvery > 0 && i % labelEvery == 0)
            svg += axisLabel(kLeft + slot * (static_cast<double>(i) + 0.5), kHeight - kBottom + 14, labels[i],
                             "middle");
    }
    return svg + "</svg>";
}

std::string svgDistributionChart(const std::string &title, const std::vector<DistributionSeries> &series,
                                 const std::string &unit, const std::string &language)
{
    double low = 0, high = 0;
    bool first = true;
    std::vector<std::string> names;
    for (const DistributionSeries &s : series) {
        names.push_back(s.name);
        if (s.distribution->empty())
            continue;
        low = first ? s.distribution->percentile(0) : std::min(low, s.distribution->percentile(0));
        high = first ? s.distribution->percentile(99) : std::max(high, s.distribution->percentile(99));
        first = false;
    }
    if (high <= low)
        high = low + 1;
    const double plotWidth = kWidth - kLeft - kRight, plotHeight = kHeight - kTop - kBottom;
    auto xOf = [&](double v) { return kLeft + plotWidth * (std::clamp(v, low, high) - low) / (high - low); };
    auto yOf = [&](double share) { return kHeight - kBottom - plotHeight * share; };
    std::string svg = open(title) + legend(names);
    svg += line(kLeft, kHeight - kBottom, kWidth - kRight, kHeight - kBottom, "l");
    svg += line(kLeft, kTop, kLeft, kHeight - kBottom, "l");
    svg += line(kLeft, yOf(0.5), kWidth - kRight, yOf(0.5), "g");
    svg += axisLabel(kLeft - 6, kTop + 4, "100 %", "end") + axisLabel(kLeft - 6, yOf(0.5) + 4, "50 %", "end");
    svg += axisLabel(kLeft - 6, kHeight - kBottom, "0", "end");
    const int decimals = high - low < 10 ? 2 : 0;
    svg += axisLabel(kLeft, kHeight - kBottom + 14, reportNumber(low, decimals, language) + unit, "start");
    svg += axisLabel(kLeft + plotWidth / 2, kHeight - kBottom + 14,
                     reportNumber((low + high) / 2, decimals, language) + unit, "middle");
    svg += axisLabel(kWidth - kRight, kHeight - kBottom + 14, reportNumber(high, decimals, language) + unit, "end");
    for (std::size_t s = 0; s < series.size(); ++s) {
        const Distribution &d = *series[s].distribution;
        if (d.empty())
            continue;
        std::string points;
        for (int p = 0; p <= 100; ++p) // a step up at each percentile: the share at or below it
            points += at(xOf(d.percentile(p))) + "," + at(yOf(p / 100.0)) + " ";
        svg += "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"" + std::string(kColours[s % 2]) + "\" points=\""
            + points + "\"><title>" + xmlEscape(series[s].name) + "</title></polyline>";
    }
    return svg + "</svg>";
}

} // namespace cdr
