#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>

namespace cdr {

// A config.yml holds a few hundred values. An alias (*name) repeats its anchor's whole subtree, so a few lines of
// aliases of aliases stand for billions of values, and an alias inside its own anchor (&a [*a]) for infinitely
// many: walking such a tree would hang or overflow the stack. The limit is far above any real config.
inline constexpr std::size_t kMaxYamlValues = 100'000;

// Whether `root`, with every alias expanded, has more than kMaxYamlValues nodes. Walks without recursion and stops
// at the limit, so it is itself safe on any tree.
bool exceedsYamlValueLimit(const YAML::Node &root);

} // namespace cdr
