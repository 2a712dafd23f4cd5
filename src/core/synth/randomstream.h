#pragma once

#include <cmath>
#include <cstdint>

namespace cdr {

__extension__ using Uint128 = unsigned __int128; // GCC/Clang extension; __extension__ keeps -Wpedantic quiet

// SplitMix64 finaliser: a bijective 64-bit mix with full avalanche.
inline constexpr std::uint64_t mix64(std::uint64_t z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// What a stream is for: part of its key so that, e.g., antenna 7 and subscriber 7 draw unrelated numbers.
enum class StreamKind : std::uint64_t {
    AntennaLayout = 1,
    Antenna = 2,
    SubscriberLayout = 3,
    Subscriber = 4,
    Contacts = 5,
    Record = 6,
    Numbering = 7,
    Devices = 8,
    Ties = 9,
    Sessions = 10,
    Places = 11,
    Events = 12,
    Defects = 13,
    Scenarios = 14,       // the scenario actors (ScenarioPlan)
    ScenarioRecords = 15, // whether a record is a scenario's, and that record
};

// Counter-based random stream: the values drawn for (seed, kind, counter) depend on nothing else, so record k (or
// subscriber i) can be generated alone, by any thread, in any order. Within one counter the draws follow SplitMix64.
class RandomStream {
public:
    RandomStream(std::uint64_t seed, StreamKind kind, std::uint64_t counter)
        : m_state(mix64(mix64(seed ^ (static_cast<std::uint64_t>(kind) << 56)) ^ counter))
    {
    }

    std::uint64_t next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // [0, 1)
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // [0, n) without modulo bias worth mentioning (Lemire's multiply-shift)
    std::uint64_t below(std::uint64_t n)
    {
        return static_cast<std::uint64_t>((static_cast<Uint128>(next()) * n) >> 64);
    }
    bool chance(double p) { return uniform() < p; }
    // Standard normal (Box-Muller, one value per call: simpler state, the cost is not on a hot path twice).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    std::uint64_t m_state;
};

} // namespace cdr
