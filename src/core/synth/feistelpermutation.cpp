#include "synth/feistelpermutation.h"

#include "synth/randomstream.h"

namespace cdr {

FeistelPermutation::FeistelPermutation(std::uint64_t size, std::uint64_t key) : m_size(size), m_key(key)
{
    unsigned bits = 2;
    while (bits < 62 && (std::uint64_t{1} << bits) < size)
        bits += 2;
    m_halfBits = bits / 2;
    m_halfMask = (std::uint64_t{1} << m_halfBits) - 1;
}

std::uint64_t FeistelPermutation::encrypt(std::uint64_t value) const
{
    std::uint64_t left = value >> m_halfBits;
    std::uint64_t right = value & m_halfMask;
    for (std::uint64_t round = 0; round < 4; ++round) {
        const std::uint64_t f = mix64(m_key ^ (round << 60) ^ right) & m_halfMask;
        const std::uint64_t newRight = left ^ f;
        left = right;
        right = newRight;
    }
    return (left << m_halfBits) | right;
}

std::uint64_t FeistelPermutation::operator()(std::uint64_t index) const
{
    if (m_size <= 1)
        return 0;
    // The domain is at most 4x the size, so a walk takes ~4 steps at worst on average; a permutation of the
    // larger domain restricted this way stays a permutation of [0, size).
    std::uint64_t value = encrypt(index % m_size);
    while (value >= m_size)
        value = encrypt(value);
    return value;
}

} // namespace cdr
