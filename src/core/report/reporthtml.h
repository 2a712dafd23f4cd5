#pragma once

#include "report/cdrprofile.h"

#include <string>

namespace cdr {

// The profile as one self-contained HTML page (--report): inline SVG charts with their numbers, no script, font or
// image from the network, readable offline and printable (no page break inside a figure), a few hundred kilobytes
// whatever the number of rows. Each figure stands beside its reference from docs/realism.md where there is one.
// `language`: "en", "fr" or "nl" (reporttext.h). With `compared` (--compare-with), every chart draws both profiles,
// each figure gives its distance and the page opens with the overall score (profilecomparison.h).
std::string profileToHtml(const CdrProfile::Figures &figures, const std::string &source,
                          const std::string &language = "en", const CdrProfile::Figures *compared = nullptr,
                          const std::string &comparedSource = {});

} // namespace cdr
