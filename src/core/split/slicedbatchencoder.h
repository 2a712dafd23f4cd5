#pragma once

#include "encode/batchencoder.h"
#include "split/splitperiod.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace cdr {

// The start time a record is sliced by: the generated one. With defects on, a damaged record's written time may
// differ (clock skew, out of period, a duplicate's copy): DefectInjector::generatedStartTime gives it back.
using StartTimeOf = std::function<std::int64_t(const CdrRecord &)>;

// Groups a batch's records by (round, slice) and encodes each group with the wrapped encoder: out.parts lists the
// groups (EncodedPart::group = the slice), each group's records in id order. A round is `roundRecords` consecutive
// ids counted from id 1: a group never straddles a round's end, so the split sink can close its files' pieces at
// round ends, and where those ends fall depends on the ids alone, never on the batch size or thread count.
class SlicedBatchEncoder : public BatchEncoder {
public:
    SlicedBatchEncoder(SplitPeriod period, std::int64_t roundRecords, std::unique_ptr<BatchEncoder> rows,
                       StartTimeOf startTimeOf);
    void encode(std::span<const CdrRecord> records, EncodedBatch &out) override;

private:
    struct Keyed {
        std::int64_t round;
        std::int64_t slice;
        std::size_t index;
    };

    SplitPeriod m_period;
    std::int64_t m_roundRecords;
    std::unique_ptr<BatchEncoder> m_rows;
    StartTimeOf m_startTimeOf;
    std::vector<Keyed> m_keys;
    std::vector<CdrRecord> m_group;
    EncodedBatch m_groupBytes;
};

} // namespace cdr
