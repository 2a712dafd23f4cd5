#pragma once

#include "report/cdrprofile.h"

#include <QString>

#include <string>

namespace cdr::gui {

// The GUI's language for a report: "fr", "nl" or "en", from the locale Translations::install() made the default.
QString guiReportLanguage();

// The one place the GUI turns a profile into its HTML page; the page's language is guiReportLanguage().
std::string reportPageInGuiLanguage(const CdrProfile::Figures &figures, const std::string &title);

} // namespace cdr::gui
