#pragma once

#include "report/cdrprofile.h"
#include "report/profilecomparison.h"
#include "report/reporttext.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cdr {

// The HTML page profileToHtml() writes (reporthtml.h is the interface): the helpers that draw a figure, a table
// or a distance are in reporthtmlpage.cpp, the page's sections (when, what, who and where, valid) in
// reporthtmlsections.cpp.
class ReportPage {
public:
    ReportPage(const std::string &language, const CdrProfile::Figures &a, const std::string &sourceA,
               const CdrProfile::Figures *b, const std::string &sourceB);
    std::string render();

private:
    std::string t(const std::string &english) const { return reportText(m_language, english); }
    std::string n(double value, int decimals = 0) const { return reportNumber(value, decimals, m_language); }
    bool compared() const { return m_sides.size() > 1; }

    std::string percent(double part, double whole) const;
    // One figure: its chart, its numbers, its reference and, when compared, its distance.
    void figure(const std::string &distanceKey, const std::string &svg, const std::string &numbers,
                const std::string &reference);
    std::string distanceLine(const std::string &key) const;
    // Counts per label for every side: counts when alone, shares of each side's records when compared.
    void categories(const std::string &key, const std::string &title, const std::vector<std::string> &labels,
                    const std::vector<std::vector<double>> &counts, const std::string &reference);
    void categories(const std::string &key, const std::string &title,
                    std::map<std::string, std::int64_t> CdrProfile::Figures::*member, const std::string &reference);
    void distribution(const std::string &key, const std::string &title,
                      const std::vector<const Distribution *> &perSide, const std::string &unit,
                      const std::string &reference);
    void header();
    std::string distanceCell(const std::string &key) const;
    // A table whose second column is one value per side (headed by the sources' names when compared).
    void table(const std::vector<std::string> &head, const std::vector<std::vector<std::string>> &lines);

    // The sections, in the order render() writes them (reporthtmlsections.cpp).
    void when();
    void perDay(std::size_t side);
    void what();
    void who();
    void visitation();
    void behaviourTable();
    void valid();

    std::string m_language;
    std::vector<const CdrProfile::Figures *> m_sides;
    std::vector<std::string> m_names;
    std::optional<ProfileComparison> m_comparison;
    std::string m_html;
};

} // namespace cdr
