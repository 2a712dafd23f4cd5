#pragma once

#include "model/schema.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace cdr {

// One column a run fills: the kind of its values, whether it gets NULLs, and their extremes (from the config).
struct ExpectedColumn {
    std::string name;
    ColumnKind kind = ColumnKind::Text;  // Id: an integer key runs resume from
    std::int64_t smallest = 0;           // Id and Integer
    std::int64_t largest = 0;            // Id and Integer
    double largestAbs = 0;               // Real, for NUMERIC(p,s); < 0: no upper bound known
    std::size_t longestText = 0;         // Text; Timestamp: 19 ("YYYY-MM-DD HH:MM:SS")
    std::string example;                 // Text: a value, for "cannot hold text" messages
    std::string nullWhen;                // empty: never NULL; else when it is ("for off-net calls and data sessions")
};

} // namespace cdr
