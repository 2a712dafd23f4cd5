#pragma once

#include <cstdint>
#include <vector>

namespace cdr {

// Splits `total` items into integer counts proportional to `weights` (largest remainder / Hamilton method), so that
// shares come out exact rather than only on average. With minimumOne every positive weight gets at least one item
// when total allows it.
std::vector<std::int64_t> apportion(std::int64_t total, const std::vector<double> &weights, bool minimumOne = false);

} // namespace cdr
