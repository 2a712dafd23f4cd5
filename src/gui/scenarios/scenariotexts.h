#pragma once

#include "config/scenariocatalogue.h"
#include "scenarios/labelrow.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace cdr::gui {

// How the app names the scenarios of config/scenariocatalogue.h, their parameters and the answer key's roles, in
// the user's language; one colour per scenario for the map and the preview.
class ScenarioTexts {
    Q_DECLARE_TR_FUNCTIONS(ScenarioTexts)

public:
    static QString name(ScenarioKind kind);
    static QString summary(ScenarioKind kind);
    // What a parameter means (the catalogue's meaning, translated); empty for a key this table does not know.
    static QString parameter(ScenarioKind kind, std::string_view key);
    static QString mimicry();
    static QString role(LabelRole role);
    // A SIM box, test probe or call centre by its answer-key group: "SIM box 3".
    static QString site(ScenarioKind kind, std::uint32_t groupId);
    // "SIM box · fraud · group 3".
    static QString label(const LabelRow &row);
    // The preview's answer-key cell: the caller's and the callee's labels, empty when neither has one.
    static QString recordLabel(const std::optional<LabelRow> &caller, const std::optional<LabelRow> &callee);
    static QColor colour(ScenarioKind kind);
};

} // namespace cdr::gui
