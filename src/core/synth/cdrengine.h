#pragma once

#include "config/config.h"
#include "model/cdrrecord.h"
#include "synth/worldmodel.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace cdr {

class ScenarioPlan;

// Builds the world model once from (config, seed) and then computes any record from its id alone:
// record k depends only on (config, seed, k), so output is identical whatever threads, batches, shards or resume
// point produce it. generate() is const and thread-safe.
class CdrEngine {
public:
    explicit CdrEngine(const Config &config);
    ~CdrEngine();

    const Config &config() const;
    const WorldModel &world() const;
    // The fraud and look-alike actors of scenarios: in config.yml and their answer key (empty when none is enabled).
    const ScenarioPlan &scenarios() const;

    // Replaces the contents of out with records firstId .. firstId + count - 1.
    void generate(std::int64_t firstId, std::int64_t count, std::vector<CdrRecord> &out) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr
