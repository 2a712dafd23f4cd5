#pragma once

#include "model/cdrrecord.h"
#include "scenarios/labelrow.h"
#include "scenarios/scenarioplan.h"

#include <optional>
#include <vector>

namespace cdr::gui {

// What the answer key says of a record's two numbers at the record's start time; the record itself says nothing.
struct RecordLabels {
    std::optional<LabelRow> caller;
    std::optional<LabelRow> callee;

    bool any() const { return caller || callee; }
    bool operator==(const RecordLabels &) const = default;
};

// One entry per record, by ScenarioPlan::labelOf(number, startTime).
std::vector<RecordLabels> answerKeyLabels(const ScenarioPlan &plan, const std::vector<CdrRecord> &records);

} // namespace cdr::gui
