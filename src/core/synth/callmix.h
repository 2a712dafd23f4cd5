#pragma once

#include "config/config.h"
#include "synth/aliastable.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace cdr {

class RandomStream;

// Which kind of service a call type is, and whether a status means the call went through. Names are matched
// case-insensitively (VOICE/CALL/TEL..., SMS/MMS/TEXT..., DATA/GPRS/INTERNET...); unknown types behave as voice,
// unknown statuses as failures (docs/realism.md).
enum class ServiceKind { Voice, Sms, Data };
enum class OutcomeKind { Success, Missed, Failed };

// Types, statuses and durations of calls: type by realism.call_type_weights, status by the type's
// realism.status_weights, duration by type and outcome (lognormal for answered voice and data, 0 otherwise).
class CallMix {
public:
    explicit CallMix(const Config &config);

    std::uint8_t drawType(RandomStream &random) const { return static_cast<std::uint8_t>(m_types.sample(next(random))); }
    std::uint8_t drawStatus(std::uint8_t type, RandomStream &random) const
    {
        return static_cast<std::uint8_t>(m_statusByType[type].sample(next(random)));
    }
    std::int32_t drawDuration(std::uint8_t type, std::uint8_t status, RandomStream &random) const;

    ServiceKind service(std::uint8_t type) const { return m_service[type]; }
    OutcomeKind outcome(std::uint8_t status) const { return m_outcome[status]; }
    // The weights actually used (after defaults), for documentation and tests.
    const std::vector<double> &typeWeights() const { return m_typeWeights; }
    const std::vector<double> &statusWeights(std::uint8_t type) const { return m_statusWeights[type]; }

    static ServiceKind classifyService(std::string_view name);
    static OutcomeKind classifyOutcome(std::string_view name);

private:
    static std::uint64_t next(RandomStream &random);
    double truncatedLognormal(double median, double sigma, RandomStream &random) const;

    std::vector<ServiceKind> m_service;
    std::vector<OutcomeKind> m_outcome;
    std::vector<double> m_typeWeights;
    std::vector<std::vector<double>> m_statusWeights;
    AliasTable m_types;
    std::vector<AliasTable> m_statusByType;
    double m_minDuration, m_maxDuration;
    double m_voiceMedian, m_voiceSigma, m_dataMedian, m_dataSigma;
};

} // namespace cdr
