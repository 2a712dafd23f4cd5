#include "config/config.h"

namespace cdr {

ScenariosConfig::ScenariosConfig()
{
    for (ScenarioKind kind : kScenarioKinds)
        for (const ScenarioParameter &parameter : scenarioSpec(kind).parameters)
            (*this)[kind].values.push_back(parameter.value);
}

Config Config::seedDefaults()
{
    Config config;
    config.operators = {{"OP1", 40, {}, {}, {}}, {"OP2", 30, {}, {}, {}}, {"OP3", 30, {}, {}, {}}};
    config.callTypes = {"VOICE", "SMS", "DATA"};
    config.callStatus = {"SUCCESS", "MISSED", "FAILED"};
    config.antennaTypes = {"MACRO", "MICRO", "PICO"};
    return config;
}

} // namespace cdr
