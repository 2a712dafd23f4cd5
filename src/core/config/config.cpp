#include "config/config.h"

namespace cdr {

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
