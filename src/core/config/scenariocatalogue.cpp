#include "config/scenariocatalogue.h"

#include <stdexcept>
#include <string>

namespace cdr {

namespace {

// Shared meanings of the first two parameters.
constexpr std::string_view kMimicryMeaning =
    "0 = the textbook signature; 1 = imitates ordinary subscribers (docs/scenarios.md says what still separates them)";

constexpr ScenarioParameter kSimBox[] = {
    {"prevalence", 0.004, 0, 0.2, false, "box SIMs active at any time, as a share of subscribers"},
    {"mimicry", 0, 0, 1, false, kMimicryMeaning},
    {"sims_per_box", 8, 1, 512, true, "SIM slots of one box"},
    {"imeis_per_box", 2, 1, 64, true, "handset modules (IMEIs) the box's SIMs share"},
    {"antennas_per_box", 2, 1, 3, true, "antennas a box is seen on"},
    {"sim_days", 7, 1, 366, true, "days a SIM works before the box rotates it"},
    {"calls_per_day", 80, 1, 2000, true, "outgoing calls of one SIM a day"},
};
constexpr ScenarioParameter kWangiri[] = {
    {"prevalence", 0.05, 0, 1, false, "subscribers who get a one-ring call, as a share of subscribers"},
    {"mimicry", 0, 0, 1, false, kMimicryMeaning},
    {"campaigns", 3, 1, 100, true, "campaigns (each has its own numbers and bursts)"},
    {"numbers_per_campaign", 4, 1, 200, true, "foreign numbers one campaign calls from"},
    {"bursts", 4, 1, 200, true, "bursts of calls of one campaign"},
    {"burst_minutes", 45, 1, 1440, true, "length of one burst"},
    {"callback_share", 0.08, 0, 1, false, "victims who call the number back"},
};
constexpr ScenarioParameter kIrsf[] = {
    {"prevalence", 0.002, 0, 0.2, false, "hijacked subscribers, as a share of subscribers"},
    {"mimicry", 0, 0, 1, false, kMimicryMeaning},
    {"days", 3, 1, 366, true, "days a hijacked SIM is abused"},
    {"calls_per_day", 30, 1, 1000, true, "premium calls a day"},
    {"parallel_calls", 4, 1, 32, true, "calls placed at the same time"},
    {"median_minutes", 25, 1, 240, false, "median length of a premium call"},
};
constexpr ScenarioParameter kSubscriptionFraud[] = {
    {"prevalence", 0.002, 0, 0.2, false, "fraudulent subscriptions, as a share of subscribers"},
    {"mimicry", 0, 0, 1, false, kMimicryMeaning},
    {"lifetime_days", 5, 1, 366, true, "days between a number's first and last record"},
    {"calls_per_day", 40, 1, 1000, true, "calls a day"},
    {"international_share", 0.85, 0, 1, false, "calls to foreign numbers"},
};
constexpr ScenarioParameter kSimSwap[] = {
    {"prevalence", 0.002, 0, 0.2, false, "swapped subscribers, as a share of subscribers"},
    {"mimicry", 0, 0, 1, false, kMimicryMeaning},
    {"fraud_hours", 24, 1, 720, true, "hours until the owner gets the number back"},
    {"otp_sms", 3, 1, 50, true, "one-time-code SMS the number receives"},
    {"calls_out", 8, 1, 500, true, "calls the fraudster places"},
    {"distance_km", 40, 1, 300, false, "median distance of the fraudster from the owner's home"},
};
constexpr ScenarioParameter kTestProbe[] = {
    {"prevalence", 0.002, 0, 0.2, false, "network test SIMs, as a share of subscribers"},
    {"mimicry", 0, 0, 1, false, kMimicryMeaning},
    {"calls_per_day", 96, 1, 2000, true, "test calls a day (96: one every 15 minutes)"},
};
constexpr ScenarioParameter kCallCentre[] = {
    {"prevalence", 0.01, 0, 0.5, false, "agent lines, as a share of subscribers"},
    {"mimicry", 0, 0, 1, false, kMimicryMeaning},
    {"agents_per_centre", 10, 1, 1000, true, "agent lines of one centre"},
    {"calls_per_day", 70, 1, 1000, true, "outgoing calls of one agent line a working day"},
};
constexpr ScenarioParameter kMultiSim[] = {
    {"prevalence", 0.02, 0, 0.5, false, "subscribers with more SIMs in their handset, as a share of subscribers"},
    {"mimicry", 0, 0, 1, false, kMimicryMeaning},
    {"extra_sims", 1, 1, 2, true, "SIMs besides the subscriber's own"},
    {"traffic_share", 0.5, 0.01, 2, false, "an extra SIM's records, relative to an average subscriber's"},
};

constexpr std::array<ScenarioSpec, kScenarioCount> kSpecs{{
    {ScenarioKind::SimBox, "sim_box", true, kSimBox},
    {ScenarioKind::Wangiri, "wangiri", true, kWangiri},
    {ScenarioKind::Irsf, "irsf", true, kIrsf},
    {ScenarioKind::SubscriptionFraud, "subscription_fraud", true, kSubscriptionFraud},
    {ScenarioKind::SimSwap, "sim_swap", true, kSimSwap},
    {ScenarioKind::TestProbe, "test_probe", false, kTestProbe},
    {ScenarioKind::CallCentre, "call_centre", false, kCallCentre},
    {ScenarioKind::MultiSim, "multi_sim", false, kMultiSim},
}};

} // namespace

const ScenarioSpec &scenarioSpec(ScenarioKind kind)
{
    return kSpecs[static_cast<std::size_t>(kind)];
}

std::string_view scenarioKey(ScenarioKind kind)
{
    return scenarioSpec(kind).key;
}

std::string_view labelRoleName(LabelRole role)
{
    switch (role) {
    case LabelRole::Fraud:
        return "fraud";
    case LabelRole::Lookalike:
        return "lookalike";
    case LabelRole::Victim:
        return "victim";
    }
    return "fraud";
}

std::size_t scenarioParameterIndex(ScenarioKind kind, std::string_view key)
{
    const auto parameters = scenarioSpec(kind).parameters;
    for (std::size_t i = 0; i < parameters.size(); ++i)
        if (parameters[i].key == key)
            return i;
    throw std::out_of_range("scenario " + std::string(scenarioKey(kind)) + " has no parameter " + std::string(key));
}

} // namespace cdr
