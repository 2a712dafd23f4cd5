#include "fit/durationfit.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace cdr {

namespace {

// P(a < Z < b) for a standard normal Z, accurate in both tails.
double normalInterval(double a, double b)
{
    const double scale = 1.0 / std::sqrt(2.0);
    if (a > 0)
        return 0.5 * (std::erfc(a * scale) - std::erfc(b * scale));
    return 0.5 * (std::erfc(-b * scale) - std::erfc(-a * scale));
}

// Nelder-Mead on two parameters: the likelihood is smooth and unimodal here, and two dimensions need no more.
std::array<double, 2> minimise(const std::function<double(const std::array<double, 2> &)> &f,
                               std::array<double, 2> start, double step)
{
    std::array<std::array<double, 2>, 3> p{start, start, start};
    p[1][0] += step, p[2][1] += step;
    std::array<double, 3> v{f(p[0]), f(p[1]), f(p[2])};
    for (int iteration = 0; iteration < 2000; ++iteration) {
        std::array<int, 3> order{0, 1, 2};
        std::sort(order.begin(), order.end(), [&](int i, int j) { return v[i] < v[j]; });
        const int best = order[0], middle = order[1], worst = order[2];
        if (std::abs(v[worst] - v[best]) < 1e-12 * (1 + std::abs(v[best]))
            && std::abs(p[worst][0] - p[best][0]) + std::abs(p[worst][1] - p[best][1]) < 1e-10)
            break;
        const std::array<double, 2> centre{(p[best][0] + p[middle][0]) / 2, (p[best][1] + p[middle][1]) / 2};
        auto along = [&](double t) {
            return std::array<double, 2>{centre[0] + t * (p[worst][0] - centre[0]),
                                         centre[1] + t * (p[worst][1] - centre[1])};
        };
        const auto reflected = along(-1);
        const double fr = f(reflected);
        if (fr < v[best]) {
            const auto expanded = along(-2);
            const double fe = f(expanded);
            p[worst] = fe < fr ? expanded : reflected, v[worst] = std::min(fe, fr);
        } else if (fr < v[middle]) {
            p[worst] = reflected, v[worst] = fr;
        } else {
            const auto contracted = along(fr < v[worst] ? -0.5 : 0.5);
            const double fc = f(contracted);
            if (fc < std::min(fr, v[worst])) {
                p[worst] = contracted, v[worst] = fc;
            } else {
                for (const int i : {middle, worst}) {
                    p[i] = {(p[i][0] + p[best][0]) / 2, (p[i][1] + p[best][1]) / 2};
                    v[i] = f(p[i]);
                }
            }
        }
    }
    return p[static_cast<std::size_t>(std::min_element(v.begin(), v.end()) - v.begin())];
}

} // namespace

std::int64_t DurationFit::samples() const
{
    std::int64_t total = 0;
    for (const auto &[seconds, count] : m_counts)
        total += count;
    return total;
}

std::optional<DurationFit::Result> DurationFit::fit(std::int64_t minSeconds, std::int64_t maxSeconds,
                                                    std::int64_t minimumSamples) const
{
    const std::int64_t low = std::max<std::int64_t>(minSeconds, 1);
    std::vector<std::pair<double, double>> bins; // (seconds, records) within the range
    double n = 0, sum = 0, squares = 0;
    for (auto it = m_counts.lower_bound(low); it != m_counts.end() && it->first <= maxSeconds; ++it) {
        const double seconds = static_cast<double>(it->first), count = static_cast<double>(it->second);
        bins.emplace_back(seconds, count);
        n += count, sum += count * std::log(seconds), squares += count * std::log(seconds) * std::log(seconds);
    }
    if (n < static_cast<double>(std::max<std::int64_t>(minimumSamples, 2)) || bins.size() < 2)
        return std::nullopt;

    // A drawn value x is kept as round(x) when low <= round(x) <= max: x in [low - 0.5, max + 0.5).
    const double lowEdge = std::log(static_cast<double>(low) - 0.5);
    const double highEdge = std::log(static_cast<double>(maxSeconds) + 0.5);
    auto negativeLogLikelihood = [&](const std::array<double, 2> &parameters) {
        const double mu = parameters[0], sigma = std::exp(parameters[1]);
        const double kept = normalInterval((lowEdge - mu) / sigma, (highEdge - mu) / sigma);
        double total = n * std::log(std::max(kept, std::numeric_limits<double>::min()));
        for (const auto &[seconds, count] : bins) {
            const double p = normalInterval((std::log(seconds - 0.5) - mu) / sigma,
                                            (std::log(seconds + 0.5) - mu) / sigma);
            total -= count * std::log(std::max(p, std::numeric_limits<double>::min()));
        }
        return total;
    };
    const double mean = sum / n;
    const double sd = std::sqrt(std::max(squares / n - mean * mean, 1e-6));
    const auto best = minimise(negativeLogLikelihood, {mean, std::log(sd)}, 0.1);
    return Result{std::exp(best[0]), std::exp(best[1]), static_cast<std::int64_t>(n)};
}

} // namespace cdr
