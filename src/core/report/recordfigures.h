#pragma once

#include "config/config.h"
#include "report/cdrprofile.h"
#include "synth/numberingplan.h"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace cdr {

// The figures of CdrProfile that each record gives on its own (when, what, how long, how valid, how complete), kept
// in bounded state whatever the number of rows: counters, histograms of whole seconds and tenths of kilometres, at
// most kMaxCategories names per type/status/operator, and the id bitmap of DuplicateIds.
class RecordFigures {
public:
    static constexpr std::size_t kMaxCategories = 200; // further names are counted under kOtherCategory
    static constexpr const char *kOtherCategory = "(other)";

    // The fields of one record the figures need, as text; absent columns are empty.
    struct Record {
        std::string_view id, caller, duration, type, status, imeiCaller, operatorCode;
        std::int64_t start = 0; // wall-clock seconds since 1970
        double lat = 0, lon = 0;
        bool hasHome = false;
        double homeLat = 0, homeLon = 0;
    };

    // `operators`: whose number blocks a caller must lie in (the config's operators; empty: the bundled default's).
    explicit RecordFigures(const std::vector<OperatorConfig> &operators);

    void add(const Record &record);
    // Days from the first to the last start time, partial days counted whole.
    double periodDays() const;
    // Writes the figures into `out` (fields this class owns; the others are left alone).
    void finish(CdrProfile::Figures &out) const;

private:
    // Ids seen, exactly: a bitmap over a window of 2^30 ids starting 2^24 below the first id (grown on demand, so
    // 10 M dense ids take 1.25 MB), and a hash set for ids outside the window (none for cdrgen's dense ids).
    class DuplicateIds {
    public:
        bool seen(std::int64_t id); // true if id was seen before; records it
    private:
        static constexpr std::int64_t kWindow = std::int64_t(1) << 30, kBelowFirst = std::int64_t(1) << 24;
        bool m_started = false;
        std::int64_t m_base = 0;
        std::vector<std::uint64_t> m_bits;
        std::unordered_set<std::int64_t> m_outside;
    };
    using Counts = std::map<std::string, std::int64_t, std::less<>>; // looked up by string_view, no copy
    static void count(Counts &counts, std::string_view name);

    NumberingPlan m_plan;
    std::vector<std::string> m_operatorCodes;
    DuplicateIds m_ids;
    std::int64_t m_records = 0, m_duplicateIds = 0;
    std::int64_t m_first = INT64_MAX, m_last = INT64_MIN;
    std::array<std::int64_t, 24> m_perHour{};
    std::array<std::int64_t, 7> m_perWeekday{};
    std::map<std::int64_t, std::int64_t> m_perDay; // day since 1970 -> records
    Counts m_types, m_statuses, m_operators;
    std::map<std::string, std::map<double, std::int64_t>, std::less<>> m_durations; // answered, per type: seconds -> records
    std::map<double, std::int64_t> m_homeToAntenna;                     // tenths of km -> records
    std::int64_t m_validCallers = 0, m_wrongOperatorCallers = 0, m_validImeis = 0, m_emittingInBelgium = 0;
};

} // namespace cdr
