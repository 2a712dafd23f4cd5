#include "report/reportpage.h"

#include "report/reporthtml.h"

#include <QLocale>

namespace cdr::gui {

QString guiReportLanguage()
{
    switch (QLocale().language()) {
    case QLocale::French: return QStringLiteral("fr");
    case QLocale::Dutch: return QStringLiteral("nl");
    default: return QStringLiteral("en");
    }
}

std::string reportPageInGuiLanguage(const CdrProfile::Figures &figures, const std::string &title)
{
    return profileToHtml(figures, title, guiReportLanguage().toStdString());
}

} // namespace cdr::gui
