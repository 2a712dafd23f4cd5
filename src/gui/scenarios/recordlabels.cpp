#include "recordlabels.h"

namespace cdr::gui {

std::vector<RecordLabels> answerKeyLabels(const ScenarioPlan &plan, const std::vector<CdrRecord> &records)
{
    std::vector<RecordLabels> labels;
    labels.reserve(records.size());
    for (const CdrRecord &record : records)
        labels.push_back({plan.labelOf(record.caller, record.startTime), plan.labelOf(record.callee, record.startTime)});
    return labels;
}

} // namespace cdr::gui
