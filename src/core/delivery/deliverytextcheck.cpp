#include "delivery/deliverytextcheck.h"

#include <vector>

namespace cdr {

namespace {

std::optional<std::string> listProblem(const std::string &path, const std::vector<std::string> &values,
                                       std::string_view suffix, std::string_view target)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string &value = values[i];
        for (const auto &[byte, name] : {std::pair{'\t', "a tab"}, {'\r', "a carriage return"}, {'\n', "a line feed"}})
            if (value.find(byte) != std::string::npos)
                return path + "[" + std::to_string(i) + "]" + std::string(suffix) + " holds " + name + ", which " +
                       std::string(target) + " output cannot carry in a field";
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> deliveryTextProblem(const Config &config, std::string_view target)
{
    std::vector<std::string> codes;
    for (const OperatorConfig &op : config.operators)
        codes.push_back(op.code);
    struct NamedList {
        const char *path;
        const std::vector<std::string> &values;
        const char *suffix;
    };
    const NamedList lists[] = {{"data_types.operators", codes, ".code"},
                               {"data_types.call_types", config.callTypes, ""},
                               {"data_types.call_status", config.callStatus, ""},
                               {"data_types.antenna_types", config.antennaTypes, ""}};
    for (const NamedList &list : lists)
        if (auto problem = listProblem(list.path, list.values, list.suffix, target))
            return problem;
    return std::nullopt;
}

} // namespace cdr
