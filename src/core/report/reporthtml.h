#pragma once

#include "report/cdrprofile.h"

#include <string>

namespace cdr {

// The profile as one self-contained HTML page (--report): inline SVG charts, no script, font or image from the
// network, readable offline and printable. Each behaviour figure stands beside its target and reference from
// docs/realism.md.
std::string profileToHtml(const CdrProfile::Figures &figures, const std::string &source);

} // namespace cdr
