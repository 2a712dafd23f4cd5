#include "world/labelcolumnlimits.h"

#include "config/scenariocatalogue.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace cdr {

void limitLabelColumn(ExpectedColumn &column)
{
    if (column.name == "imei") {
        column.nullWhen = "for foreign numbers (Wangiri callers, premium-rate numbers)";
    } else if (column.name == "scenario") {
        for (ScenarioKind kind : kScenarioKinds)
            column.longestText = std::max(column.longestText, scenarioKey(kind).size());
        column.example = "sim_box";
    } else if (column.name == "role") {
        for (LabelRole role : {LabelRole::Fraud, LabelRole::Lookalike, LabelRole::Victim})
            column.longestText = std::max(column.longestText, labelRoleName(role).size());
        column.example = "lookalike";
    } else if (column.name == "group_id") {
        column.smallest = 1;
        column.largest = std::numeric_limits<std::int32_t>::max();
    }
}

} // namespace cdr
