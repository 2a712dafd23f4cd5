#include "synth/callmix.h"

#include "synth/nametext.h"
#include "synth/randomstream.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>

namespace cdr {

namespace {

bool containsAny(const std::string &s, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(), [&](const char *w) { return s.find(w) != std::string::npos; });
}

// Default status weights by service and outcome (docs/realism.md, "Records").
constexpr std::array<std::array<double, 3>, 3> kDefaultStatus{{
    {78, 15, 7}, // voice: success, missed, failed
    {97, 0, 3},  // SMS
    {95, 0, 5},  // data
}};

} // namespace

ServiceKind CallMix::classifyService(std::string_view name)
{
    const std::string s = upperCase(name);
    if (containsAny(s, {"SMS", "MMS", "TEXT", "MESSAGE"}))
        return ServiceKind::Sms;
    if (containsAny(s, {"DATA", "GPRS", "INTERNET", "PDP", "PACKET"}))
        return ServiceKind::Data;
    return ServiceKind::Voice;
}

OutcomeKind CallMix::classifyOutcome(std::string_view name)
{
    const std::string s = upperCase(name);
    if (containsAny(s, {"MISS", "NO_ANSWER", "NOANSWER", "NO ANSWER", "UNANSWERED", "BUSY", "REJECT", "DECLIN"}))
        return OutcomeKind::Missed;
    if (containsAny(s, {"FAIL", "ERROR", "DROP", "UNREACH", "ABORT"}))
        return OutcomeKind::Failed;
    if (containsAny(s, {"SUCCESS", "ANSWERED", "COMPLETE", "CONNECTED", "DELIVERED"}) || s == "OK")
        return OutcomeKind::Success;
    return OutcomeKind::Failed;
}

CallMix::CallMix(const Config &config)
    : m_minDuration(static_cast<double>(std::max<std::int64_t>(config.duration.min, 0))),
      m_maxDuration(static_cast<double>(std::max(config.duration.max, config.duration.min))),
      m_voiceMedian(config.realism.voiceMedianSeconds), m_voiceSigma(config.realism.voiceSigma),
      m_dataMedian(config.realism.dataMedianSeconds), m_dataSigma(config.realism.dataSigma)
{
    const RealismConfig &realism = config.realism;
    for (const std::string &type : config.callTypes)
        m_service.push_back(classifyService(type));
    for (const std::string &status : config.callStatus)
        m_outcome.push_back(classifyOutcome(status));
    // Somebody's calls must go through: without a recognised success status the first one is it.
    if (!m_outcome.empty() && std::find(m_outcome.begin(), m_outcome.end(), OutcomeKind::Success) == m_outcome.end())
        m_outcome.front() = OutcomeKind::Success;

    // Type weights: configured, else the defaults of VOICE/SMS/DATA, else the mean of the others.
    static const std::map<std::string, double> kDefaultTypes{{"VOICE", 55}, {"SMS", 35}, {"DATA", 10}};
    std::vector<bool> resolved;
    double sum = 0;
    int known = 0;
    for (const std::string &type : config.callTypes) {
        double w = -1;
        if (auto it = realism.callTypeWeights.find(type); it != realism.callTypeWeights.end())
            w = it->second;
        else if (auto d = kDefaultTypes.find(upperCase(type)); d != kDefaultTypes.end())
            w = d->second;
        resolved.push_back(w >= 0);
        if (w >= 0)
            sum += w, ++known;
        m_typeWeights.push_back(w);
    }
    for (std::size_t i = 0; i < m_typeWeights.size(); ++i)
        if (!resolved[i])
            m_typeWeights[i] = known > 0 ? sum / known : 1.0;
    m_types = AliasTable(m_typeWeights);

    for (std::size_t t = 0; t < config.callTypes.size(); ++t) {
        const auto service = static_cast<std::size_t>(m_service[t]);
        const auto configured = realism.statusWeights.find(config.callTypes[t]);
        std::array<int, 3> perOutcome{};
        for (OutcomeKind o : m_outcome)
            ++perOutcome[static_cast<std::size_t>(o)];
        std::vector<double> weights;
        for (std::size_t s = 0; s < config.callStatus.size(); ++s) {
            const auto outcome = static_cast<std::size_t>(m_outcome[s]);
            double w = kDefaultStatus[service][outcome] / perOutcome[outcome];
            if (configured != realism.statusWeights.end()) {
                auto it = configured->second.find(config.callStatus[s]);
                w = it != configured->second.end() ? it->second : 0.0;
            }
            weights.push_back(std::max(w, 0.0));
        }
        m_statusWeights.push_back(weights);
        m_statusByType.emplace_back(weights); // all-zero weights become uniform
    }
}

std::uint64_t CallMix::next(RandomStream &random)
{
    return random.next();
}

double CallMix::truncatedLognormal(double median, double sigma, RandomStream &random) const
{
    const double mu = std::log(std::max(median, 1e-3));
    for (int attempt = 0; attempt < 32; ++attempt) {
        const double x = std::round(std::exp(mu + sigma * random.normal()));
        if (x >= m_minDuration && x <= m_maxDuration)
            return x;
    }
    return std::clamp(std::round(median), m_minDuration, m_maxDuration);
}

std::int32_t CallMix::drawDuration(std::uint8_t type, std::uint8_t status, RandomStream &random) const
{
    if (m_outcome[status] != OutcomeKind::Success)
        return 0;
    switch (m_service[type]) {
    case ServiceKind::Sms:
        return 0;
    case ServiceKind::Data:
        return static_cast<std::int32_t>(truncatedLognormal(m_dataMedian, m_dataSigma, random));
    case ServiceKind::Voice:
        break;
    }
    return static_cast<std::int32_t>(truncatedLognormal(m_voiceMedian, m_voiceSigma, random));
}

} // namespace cdr
