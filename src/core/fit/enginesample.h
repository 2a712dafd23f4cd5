#pragma once

#include "config/config.h"
#include "model/cdrrecord.h"

#include <cstdint>
#include <functional>

namespace cdr {

// The fit measures what the engine does to a knob on the config's own records: `sample` of them (ids 1..sample,
// as a run of that config would write them), handed one by one to `visit`.
void forEachSampleRecord(const Config &config, std::int64_t sample,
                         const std::function<void(const CdrRecord &)> &visit);

} // namespace cdr
