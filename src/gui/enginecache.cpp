#include "enginecache.h"

#include "config/configwriter.h"

namespace cdr::gui {

std::shared_ptr<const CdrEngine> EngineCache::engineFor(const Config &config)
{
    // The YAML text covers every key that shapes the world; logging and database keys only cost a rare rebuild.
    const std::string key = configToYaml(config);
    std::lock_guard lock(m_mutex);
    if (!m_engine || key != m_key) {
        m_engine.reset(); // free the old world before building the next one
        m_engine = std::make_shared<const CdrEngine>(config);
        m_key = key;
    }
    return m_engine;
}

} // namespace cdr::gui
