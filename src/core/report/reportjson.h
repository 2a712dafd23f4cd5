#pragma once

#include "report/cdrprofile.h"

#include <string>

namespace cdr {

// The figures of a profile as JSON (--report-json): the same numbers the HTML report shows, for machines.
std::string profileToJson(const CdrProfile::Figures &figures, const std::string &source);

} // namespace cdr
