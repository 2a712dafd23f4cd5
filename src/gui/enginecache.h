#pragma once

#include "config/config.h"
#include "synth/cdrengine.h"

#include <memory>
#include <mutex>
#include <string>

namespace cdr::gui {

// The map and the preview both need the world of the current config; building it is the slow part, so the last
// engine is kept and shared. Thread-safe: used from QtConcurrent jobs.
class EngineCache {
public:
    std::shared_ptr<const CdrEngine> engineFor(const Config &config);

private:
    std::mutex m_mutex;
    std::string m_key;
    std::shared_ptr<const CdrEngine> m_engine;
};

} // namespace cdr::gui
