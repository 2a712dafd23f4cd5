#include "fit/enginesample.h"

#include "synth/cdrengine.h"

#include <algorithm>
#include <vector>

namespace cdr {

void forEachSampleRecord(const Config &config, std::int64_t sample,
                         const std::function<void(const CdrRecord &)> &visit)
{
    const CdrEngine engine(config);
    std::vector<CdrRecord> batch;
    constexpr std::int64_t kBatch = 10'000;
    for (std::int64_t first = 1; first <= sample; first += kBatch) {
        engine.generate(first, std::min(kBatch, sample - first + 1), batch);
        for (const CdrRecord &record : batch)
            visit(record);
    }
}

} // namespace cdr
