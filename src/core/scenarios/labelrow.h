#pragma once

#include "config/scenariocatalogue.h"

#include <cstdint>

namespace cdr {

// One row of the answer key `<table>_labels`: a number that takes part in a scenario, as what, from when to when.
// Every record of a labelled number inside [validFrom, validTo] is the scenario's; the CDR table itself never says so.
struct LabelRow {
    std::uint64_t msisdn = 0;   // E.164 digits, as CdrRecord::caller
    std::uint64_t imei = 0;     // the handset the number uses in the window; 0 = none (NULL): a foreign number
    ScenarioKind scenario = ScenarioKind::SimBox;
    LabelRole role = LabelRole::Fraud;
    std::uint32_t groupId = 0;  // box, ring, campaign, centre or person; unique across the run's scenarios, from 1
    std::int64_t validFrom = 0; // wall-clock seconds, as CdrRecord::startTime, inclusive
    std::int64_t validTo = 0;   // inclusive

    bool operator==(const LabelRow &) const = default;
};

} // namespace cdr
