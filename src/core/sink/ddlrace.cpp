#include "sink/ddlrace.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace cdr {

bool lostConcurrentDdlRace(const sinkfailure::Diagnosis &diagnosis)
{
    constexpr std::array<std::string_view, 3> kStates{"42P07", "42710", "23505"};
    constexpr std::array<long, 3> kNatives{2714, 1913, 3701};
    return std::any_of(diagnosis.records.begin(), diagnosis.records.end(), [&](const sinkfailure::DiagRecord &r) {
        return std::find(kStates.begin(), kStates.end(), r.state) != kStates.end() ||
               std::find(kNatives.begin(), kNatives.end(), r.native) != kNatives.end();
    });
}

} // namespace cdr
