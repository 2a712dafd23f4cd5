#include "split/slicefileformat.h"

#include "encode/csvbatchencoder.h"
#include "model/schema.h"

#include <memory>

namespace cdr {

SliceFileFormat csvSliceFormat(const Config &config)
{
    SliceFileFormat format;
    format.head = [](const std::string &) { return csvHeader() + "\n"; };
    format.tail = [](const std::string &) { return std::string(); };
    format.rows = [shared = std::make_shared<const Config>(config)]() -> std::unique_ptr<BatchEncoder> {
        return std::make_unique<CsvBatchEncoder>(shared);
    };
    return format;
}

} // namespace cdr
