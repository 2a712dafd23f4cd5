#pragma once

#include "config/config.h"
#include "synth/feistelpermutation.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// Belgian mobile numbering (+32 4[5-9] + 7 digits) per operator: the operator's number_blocks from the config, or,
// for operators without blocks, whole 04[5-9]x blocks nobody else holds, shared out by market share. Subscriber
// numbers come from a keyed permutation of the operator's number space, so they are distinct and look random.
class NumberingPlan {
public:
    NumberingPlan(const std::vector<OperatorConfig> &operators, std::uint64_t seed);

    // E.164 digits (324XXXXXXXX) of the index-th subscriber of the operator; distinct while index < capacity.
    std::uint64_t number(std::size_t op, std::uint64_t index) const;
    std::uint64_t capacity(std::size_t op) const { return m_plans[op].capacity; }
    // National prefixes in use ("047", "0456", ...), configured or assigned.
    const std::vector<std::string> &blocks(std::size_t op) const { return m_plans[op].prefixes; }
    // Which operator's blocks hold the number (E.164 digits); -1 if none.
    int operatorOf(std::uint64_t e164) const;

    // "047", "0456", "04510": a 0, then 4[5-9], then up to 6 more digits.
    static bool isMobileBlock(std::string_view nationalPrefix);

private:
    struct Block {
        std::uint64_t base; // first E.164 number of the block
        std::uint64_t size;
    };
    struct OperatorPlan {
        std::vector<std::string> prefixes;
        std::vector<Block> blocks;
        std::uint64_t capacity = 0;
        FeistelPermutation permutation{1, 0};
    };
    void addBlock(OperatorPlan &plan, const std::string &digits); // digits without the leading 0
    std::vector<OperatorPlan> m_plans;
};

} // namespace cdr
