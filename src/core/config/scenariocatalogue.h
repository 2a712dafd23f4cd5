#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace cdr {

// The behaviours of scenarios: in config.yml (docs/scenarios.md): five kinds of fraud and three legitimate
// look-alikes that trip the naive rules written against them.
enum class ScenarioKind : std::uint8_t { SimBox, Wangiri, Irsf, SubscriptionFraud, SimSwap, TestProbe, CallCentre, MultiSim };
inline constexpr std::size_t kScenarioCount = 8;
inline constexpr std::array<ScenarioKind, kScenarioCount> kScenarioKinds{
    ScenarioKind::SimBox,    ScenarioKind::Wangiri,   ScenarioKind::Irsf,       ScenarioKind::SubscriptionFraud,
    ScenarioKind::SimSwap,   ScenarioKind::TestProbe, ScenarioKind::CallCentre, ScenarioKind::MultiSim};

// What a labelled number is in the answer key (<table>_labels.role).
enum class LabelRole : std::uint8_t { Fraud, Lookalike, Victim };

// One setting of a scenario, with its default and the source of that default (docs/scenarios.md).
struct ScenarioParameter {
    std::string_view key;
    double value; // the default
    double min;
    double max;
    bool integer;
    std::string_view meaning;
};

struct ScenarioSpec {
    ScenarioKind kind;
    std::string_view key;  // "sim_box", ...: the key under scenarios: and the answer key's scenario column
    bool fraud;            // false: a legitimate look-alike
    std::span<const ScenarioParameter> parameters; // prevalence and mimicry first, then the scenario's own
};

inline constexpr std::size_t kPrevalence = 0; // index of prevalence in every spec's parameters
inline constexpr std::size_t kMimicry = 1;    // index of mimicry

const ScenarioSpec &scenarioSpec(ScenarioKind kind);
std::string_view scenarioKey(ScenarioKind kind);
std::string_view labelRoleName(LabelRole role); // "fraud", "lookalike", "victim"
// Index of a parameter in the kind's spec; throws std::out_of_range for a key the kind does not have.
std::size_t scenarioParameterIndex(ScenarioKind kind, std::string_view key);

} // namespace cdr
