#include "synth/devicecatalogue.h"

#include "synth/randomstream.h"

#include <cmath>

namespace cdr {

DeviceCatalogue::DeviceCatalogue(std::uint64_t seed) : m_seed(seed)
{
    // TACs are a fixed catalogue (the same handsets in every run, like the real market); only who owns which
    // depends on the seed.
    std::vector<double> popularity;
    for (std::uint32_t model = 0; model < kModels; ++model) {
        const std::uint64_t h = mix64(0x7ac0000 + model);
        const std::uint64_t body = h % 100;
        const std::uint32_t reportingBody = body < 62 ? 35 : body < 84 ? 86 : body < 94 ? 1 : 44;
        m_tacs.push_back(reportingBody * 1'000'000 + static_cast<std::uint32_t>((h >> 8) % 1'000'000));
        popularity.push_back(1.0 / std::pow(model + 1.0, kZipfExponent));
    }
    m_popularity = AliasTable(popularity);
}

std::uint32_t DeviceCatalogue::drawModel(RandomStream &random) const
{
    return m_popularity.sample(random.next());
}

std::uint64_t DeviceCatalogue::imei(std::uint32_t model, std::uint64_t n) const
{
    const FeistelPermutation serials(1'000'000, mix64(m_seed ^ (static_cast<std::uint64_t>(StreamKind::Devices) << 56) ^ model));
    const std::uint64_t body = static_cast<std::uint64_t>(m_tacs[model]) * 1'000'000 + serials(n % 1'000'000);
    return body * 10 + static_cast<std::uint64_t>(luhnCheckDigit(body));
}

int DeviceCatalogue::luhnCheckDigit(std::uint64_t digits)
{
    // Doubling starts at the rightmost payload digit (the one next to the check digit).
    int sum = 0;
    bool doubleIt = true;
    for (int i = 0; i < 14; ++i, digits /= 10) {
        int d = static_cast<int>(digits % 10);
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

bool DeviceCatalogue::luhnValid(std::uint64_t fifteenDigits)
{
    return luhnCheckDigit(fifteenDigits / 10) == static_cast<int>(fifteenDigits % 10);
}

} // namespace cdr
