#pragma once

#include "run/runrequest.h"

#include <cstdint>
#include <optional>
#include <string>

namespace cdr {

// The ids [first, last] that one shard of a run of `total` records owns: N shards split 1..total into contiguous,
// disjoint, nearly equal parts whose union is 1..total (empty when first > last).
struct IdRange {
    std::int64_t first = 1;
    std::int64_t last = 0;
    std::int64_t size() const { return last >= first ? last - first + 1 : 0; }

    static IdRange forShard(std::int64_t total, const Shard &shard);
};

// Parses "I/N" (1 <= I <= N <= 1,000,000). nullopt with *error otherwise.
std::optional<Shard> parseShard(const std::string &text, std::string *error);

} // namespace cdr
