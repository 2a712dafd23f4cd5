#pragma once

#include "synth/aliastable.h"
#include "synth/feistelpermutation.h"

#include <cstdint>
#include <vector>

namespace cdr {

class RandomStream;

// Handset models and their IMEIs: each model has an 8-digit Type Allocation Code (first two digits a reporting
// body: 35 BABT, 86 TAF China, 01 PTCRB, 44 BABT), popularity follows a Zipf law (a few phones dominate, long tail),
// and IMEI = TAC + 6-digit serial + Luhn check digit. Serials are handed out through a keyed permutation per model,
// so two subscribers never share an IMEI (while a model has fewer than a million users).
class DeviceCatalogue {
public:
    static constexpr int kModels = 400;
    static constexpr double kZipfExponent = 1.1;

    explicit DeviceCatalogue(std::uint64_t seed);

    // A model drawn by popularity.
    std::uint32_t drawModel(RandomStream &random) const;
    // The IMEI of the n-th handset of a model (n counts per model, from 0).
    std::uint64_t imei(std::uint32_t model, std::uint64_t n) const;
    std::uint32_t tac(std::uint32_t model) const { return m_tacs[model]; }

    static int luhnCheckDigit(std::uint64_t fourteenDigits);
    static bool luhnValid(std::uint64_t fifteenDigits);

private:
    std::vector<std::uint32_t> m_tacs;
    AliasTable m_popularity;
    std::uint64_t m_seed;
};

} // namespace cdr
