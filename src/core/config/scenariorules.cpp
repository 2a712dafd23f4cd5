#include "config/configrules.h"
#include "config/periodtime.h"
#include "config/scenariocatalogue.h"

#include <cmath>

namespace cdr {

void ConfigRules::checkScenarios(const Config &config)
{
    const auto periodStart = parsePeriodTime(config.generation.periodStart);
    const auto periodEnd = parsePeriodTime(config.generation.periodEnd);
    for (ScenarioKind kind : kScenarioKinds) {
        const ScenarioConfig &s = config.scenarios[kind];
        const std::string path = "scenarios." + std::string(scenarioKey(kind));
        const auto parameters = scenarioSpec(kind).parameters;
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            const ScenarioParameter &p = parameters[i];
            const std::string valuePath = path + "." + std::string(p.key);
            checkBounds(valuePath, s.values[i], p.min, p.max);
            if (p.integer && std::isfinite(s.values[i]) && s.values[i] != std::floor(s.values[i]))
                error(valuePath, "must be a whole number, got " + formatNumber(s.values[i]));
        }
        const std::string format = "\"YYYY-MM-DD HH:MM:SS\" (or \"YYYY-MM-DD\"), or empty for the period's";
        const auto start = s.start.empty() ? periodStart : parsePeriodTime(s.start);
        const auto end = s.end.empty() ? periodEnd : parsePeriodTime(s.end);
        if (!s.start.empty() && !parsePeriodTime(s.start))
            error(path + ".start", "must be " + format + ", got \"" + s.start + "\"");
        if (!s.end.empty() && !parsePeriodTime(s.end))
            error(path + ".end", "must be " + format + ", got \"" + s.end + "\"");
        if (!s.enabled || !start || !end || !periodStart || !periodEnd)
            continue;
        if (*start >= *end)
            error(path, "start (" + (s.start.empty() ? config.generation.periodStart : s.start) + ") must be before end ("
                            + (s.end.empty() ? config.generation.periodEnd : s.end) + ")");
        else if (*start < *periodStart || *end > *periodEnd)
            error(path, "the window must lie inside generation.period (" + config.generation.periodStart + " to "
                            + config.generation.periodEnd + ")");
    }
}

} // namespace cdr
