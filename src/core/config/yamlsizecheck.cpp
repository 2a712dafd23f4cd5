#include "config/yamlsizecheck.h"

#include <vector>

namespace cdr {

bool exceedsYamlValueLimit(const YAML::Node &root)
{
    std::vector<YAML::Node> pending{root};
    std::size_t visited = 0;
    while (!pending.empty()) {
        if (++visited > kMaxYamlValues)
            return true;
        const YAML::Node node = pending.back();
        pending.pop_back();
        if (node.IsSequence()) {
            for (const auto &item : node)
                pending.push_back(item);
        } else if (node.IsMap()) {
            for (const auto &entry : node) {
                pending.push_back(entry.first);
                pending.push_back(entry.second);
            }
        }
    }
    return false;
}

} // namespace cdr
