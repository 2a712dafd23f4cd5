#pragma once

#include "config/config.h"
#include "report/cdrrowsource.h"
#include "report/distribution.h"
#include "synth/realismmetrics.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace cdr {

// The profile of a CDR table computed from its rows alone (docs/report.md): when, what, how long, who, where, how
// valid and how complete. The same code profiles a cdrgen run read back from its target and any other table with
// the 23 columns, so the two can be put side by side.
class CdrProfile {
public:
    struct Quantiles {
        double median = 0;
        double p90 = 0;
    };
    // Per subscriber (numbers seen as callers, or as callees with a receiving antenna), over the whole source.
    struct SubscriberDistributions {
        Distribution records;        // records placed + received
        Distribution contacts;       // distinct voice/SMS correspondents, both directions
        Distribution activeDays;     // days with at least one record
        Distribution initiatedShare; // placed / (placed + received) voice/SMS records
        Distribution interEventSeconds; // gaps between a subscriber's consecutive records, pooled
        Distribution burstiness;     // B, subscribers with at least RealismMetrics::kBurstMinimum records
        Distribution gyrationKm;     // radius of gyration
        Distribution homeShare;      // share of records at the most used night antenna
        std::vector<double> visitShareByRank; // mean share of records at the k-th most used antenna, k = 1..10
    };
    struct Figures {
        std::int64_t records = 0;
        std::int64_t duplicateIds = 0;
        std::string firstStart, lastStart;
        std::array<std::int64_t, 24> perHour{};
        std::array<std::int64_t, 7> perWeekday{}; // Monday first
        std::map<std::int64_t, std::int64_t> perDay; // day since 1970-01-01 -> records
        std::map<std::string, std::int64_t> types, statuses, operators; // operators: emitting side
        std::map<std::string, Quantiles> durationByType;                 // seconds, answered records
        std::map<std::string, Distribution> durations;                   // the same, whole seconds, per type
        std::map<std::string, std::int64_t> emptyByColumn;               // NULL or empty field per column
        std::int64_t validCallers = 0;       // +324[5-9] and 7 digits
        std::int64_t wrongOperatorCallers = 0; // of those, outside the number blocks of their emitting operator
        std::int64_t validImeis = 0;         // imei_caller: 15 digits, Luhn check digit right
        std::int64_t emittingInBelgium = 0;  // emitting antenna inside Belgium's border
        double medianHomeToAntennaKm = 0;
        Distribution homeToAntennaKm; // caller's home to the emitting antenna, to 0.1 km
        RealismMetrics::Figures behaviour;
        SubscriberDistributions perSubscriber;
        std::vector<std::string> missingColumns; // columns of the schema the source does not have
    };

    // Reads `source` and computes its figures; an error text on failure. `operators`: the operators whose number
    // blocks callers are checked against (empty: the seed example's).
    static std::string profile(const RowSourceSpec &source, Figures &out,
                               const std::vector<OperatorConfig> &operators = {});
    // The same for a source written like -o (csv:PATH, sqlite:PATH, postgresql://..., odbc) and its table.
    static std::string profile(const std::string &source, const std::string &table, Figures &out,
                               const std::vector<OperatorConfig> &operators = {});
};

} // namespace cdr
