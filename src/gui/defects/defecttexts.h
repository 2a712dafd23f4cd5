#pragma once

#include "config/defectcatalogue.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace cdr::gui {

// How the app names the kinds of deliberate damage of config/defectcatalogue.h and their variants, in the user's
// language; the config key stays beside each name so the page maps onto config.yml.
class DefectTexts {
    Q_DECLARE_TR_FUNCTIONS(DefectTexts)

public:
    static QString kind(DefectKind kind);
    static QString summary(DefectKind kind);
    // A variant by its catalogue name ("msisdn_length"); the name itself for one this table does not know.
    static QString variant(std::string_view name);
    // The preview's tooltip of a damaged cell: "Corrupt value: MSISDN of the wrong length (answer key)".
    static QString mark(DefectKind kind, std::string_view variant);
};

} // namespace cdr::gui
