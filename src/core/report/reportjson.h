#pragma once

#include "report/cdrprofile.h"

#include <string>

namespace cdr {

// The figures of a profile as JSON (--report-json): the same numbers the HTML report shows, for machines. With
// `compared` (--compare-with), the other profile under "compared_with" and the distances and score under
// "comparison" (schema: docs/report.md).
std::string profileToJson(const CdrProfile::Figures &figures, const std::string &source,
                          const CdrProfile::Figures *compared = nullptr, const std::string &comparedSource = {});

} // namespace cdr
