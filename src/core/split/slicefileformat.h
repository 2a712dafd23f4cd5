#pragma once

#include "config/config.h"
#include "encode/batchencoder.h"

#include <functional>
#include <string>

namespace cdr {

// What one file of a split output holds, whatever the format: a head written when the file starts, the rows of
// each batch (encoded on the generator threads, uncompressed: the split sink compresses a file's rows in large
// pieces), a tail written when the run finishes. `label` is the slice's label ("20240624"). A format plugs into
// --split with one of these (csvSliceFormat; a T-SQL script: its script head and tail and its INSERT encoder; bcp:
// no head).
struct SliceFileFormat {
    std::function<std::string(const std::string &label)> head;
    std::function<std::string(const std::string &label)> tail;
    BatchEncoderFactory rows;
};

// The header line, then RFC 4180 rows; no tail.
SliceFileFormat csvSliceFormat(const Config &config);

} // namespace cdr
