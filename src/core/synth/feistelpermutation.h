#pragma once

#include <cstdint>

namespace cdr {

// A keyed bijection of [0, size): a balanced Feistel network on the next even power of two with cycle walking.
// Gives distinct, random-looking values (phone numbers, IMEI serials) from consecutive indexes without storing a
// set of used values.
class FeistelPermutation {
public:
    FeistelPermutation(std::uint64_t size, std::uint64_t key);
    std::uint64_t operator()(std::uint64_t index) const;
    std::uint64_t size() const { return m_size; }

private:
    std::uint64_t encrypt(std::uint64_t value) const;
    std::uint64_t m_size;
    std::uint64_t m_key;
    unsigned m_halfBits = 1;
    std::uint64_t m_halfMask = 1;
};

} // namespace cdr
