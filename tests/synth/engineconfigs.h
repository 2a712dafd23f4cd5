#pragma once

#include "config/config.h"
#include "config/configloader.h"

#include <stdexcept>
#include <string>

// The two configurations the engine must handle: the shipped config/config.yml (Belgium's real operators) and the
// seed's example preset, both loaded through the real loader.
namespace cdr::testconfigs {

inline Config load(const ConfigLoadResult &result, std::int64_t records)
{
    if (!result.ok())
        throw std::runtime_error("test configuration does not load");
    Config config = result.config;
    config.generation.records = records;
    return config;
}

inline Config belgian(std::int64_t records)
{
    return load(loadBundledDefaultConfig(), records);
}

inline Config seedExample(std::int64_t records)
{
    return load(loadConfigFile(std::string(CDRGEN_SOURCE_DIR) + "/config/presets/seed-example.yml"), records);
}

} // namespace cdr::testconfigs
