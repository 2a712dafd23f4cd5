#pragma once

#include "config/config.h"

// The two configurations the engine must handle, built in code: config/config.yml's Belgian operators and the
// seed's example (Config::seedDefaults()).
namespace cdr::testconfigs {

inline Config belgian(std::int64_t records)
{
    Config config = Config::seedDefaults();
    config.operators = {
        {"PROXIMUS", 40, "Proximus", "206-01", {"047", "0460", "0456"}},
        {"ORANGE", 27, "Orange Belgium", "206-10", {"049"}},
        {"TELENET", 26, "Telenet/BASE", "206-20",
         {"0483", "0484", "0485", "0486", "0487", "0488", "0489", "0468", "0469"}},
        {"DIGI", 3, "DIGI Belgium", "", {"04510", "04511"}},
        {"LYCA", 2, "Lycamobile", "206-06", {"04660", "04661", "04662", "04663", "04664"}},
        {"VOO", 2, "VOO", "206-08", {"0455"}},
    };
    config.antennaId = {1, 7300};
    config.altitude = {5, 60};
    config.latitude = {49.49, 51.51};
    config.longitude = {2.54, 6.41};
    config.realism.callTypeWeights = {{"VOICE", 55}, {"SMS", 35}, {"DATA", 10}};
    config.realism.statusWeights = {{"VOICE", {{"SUCCESS", 78}, {"MISSED", 15}, {"FAILED", 7}}},
                                    {"SMS", {{"SUCCESS", 97}, {"MISSED", 0}, {"FAILED", 3}}},
                                    {"DATA", {{"SUCCESS", 95}, {"MISSED", 0}, {"FAILED", 5}}}};
    config.realism.antennaTypeWeights = {{"MACRO", 35}, {"MICRO", 45}, {"PICO", 20}};
    config.generation.records = records;
    return config;
}

inline Config seedExample(std::int64_t records)
{
    Config config = Config::seedDefaults();
    config.generation.records = records;
    return config;
}

} // namespace cdr::testconfigs
