#include "synth/aliastable.h"

#include <cmath>
#include <stdexcept>

namespace cdr {

AliasTable::AliasTable(const std::vector<double> &weights) : m_size(weights.size())
{
    if (weights.empty())
        return;
    if (weights.size() > 0xffffffffULL)
        throw std::length_error("alias table too large");
    const std::size_t n = weights.size();
    double total = 0;
    for (double w : weights)
        total += w > 0 ? w : 0;
    std::vector<double> scaled(n);
    for (std::size_t i = 0; i < n; ++i)
        scaled[i] = total > 0 ? std::max(weights[i], 0.0) * static_cast<double>(n) / total : 1.0;

    std::vector<std::uint32_t> threshold(n, 0), alias(n, 0);
    std::vector<std::uint32_t> small, large;
    for (std::size_t i = 0; i < n; ++i)
        (scaled[i] < 1.0 ? small : large).push_back(static_cast<std::uint32_t>(i));
    while (!small.empty() && !large.empty()) {
        const std::uint32_t s = small.back();
        small.pop_back();
        const std::uint32_t l = large.back();
        threshold[s] = static_cast<std::uint32_t>(std::ldexp(scaled[s], 32) > 4294967295.0
                                                        ? 4294967295.0
                                                        : std::ldexp(scaled[s], 32));
        alias[s] = l;
        scaled[l] -= 1.0 - scaled[s];
        if (scaled[l] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    // Leftovers are 1 up to rounding: always accept them.
    for (std::uint32_t i : small) {
        threshold[i] = 0xffffffffU;
        alias[i] = i;
    }
    for (std::uint32_t i : large) {
        threshold[i] = 0xffffffffU;
        alias[i] = i;
    }
    m_entries.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        m_entries[i] = {threshold[i], alias[i]};
}

} // namespace cdr
