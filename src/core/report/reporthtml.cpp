#include "report/reporthtml.h"

#include "report/reporthtmlpage.h"

namespace cdr {

std::string profileToHtml(const CdrProfile::Figures &figures, const std::string &source, const std::string &language,
                          const CdrProfile::Figures *compared, const std::string &comparedSource)
{
    return ReportPage(isReportLanguage(language) ? language : "en", figures, source, compared, comparedSource).render();
}

} // namespace cdr
