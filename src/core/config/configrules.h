#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <string>
#include <vector>

namespace cdr {

// The value rules of validateConfig(), one function per group; each appends every problem it finds.
class ConfigRules {
public:
    explicit ConfigRules(std::vector<ConfigIssue> &issues) : m_issues(issues) {}

    void checkLogging(const LoggingConfig &logging);
    void checkDataTypes(const Config &config);
    void checkRanges(const Config &config);
    void checkGeography(const Config &config);
    void checkGeneration(const GenerationConfig &generation);
    void checkDatabase(const DatabaseConfig &database);
    void checkRealism(const Config &config);
    void checkActivity(const Config &config); // warnings only (activityrules.cpp)
    void checkEvents(const Config &config);   // eventrules.cpp
    void checkDefects(const DefectsConfig &defects); // defectrules.cpp
    void checkScenarios(const Config &config);       // scenariorules.cpp

    void error(const std::string &path, const std::string &message);
    void warning(const std::string &path, const std::string &message);
    // Errors unless min <= value <= max; the message shows the bounds.
    void checkBounds(const std::string &path, double value, double min, double max, const std::string &unit = {});

private:
    struct EventHead;
    void checkEventHead(const std::string &path, const EventHead &event, bool enabled, const Config &config);
    void checkLoadSql(const std::string &path, const std::string &value);
    void checkTextList(const std::string &path, const std::vector<std::string> &values,
                       const std::string &itemSuffix = {});
    void checkOperators(const std::vector<OperatorConfig> &operators);
    void checkNumberBlocks(const std::vector<OperatorConfig> &operators);
    void checkWeights(const std::string &path, const std::map<std::string, double> &weights,
                      const std::vector<std::string> &allowed, const char *listKey);

    std::vector<ConfigIssue> &m_issues;
};

std::string formatNumber(double value); // shortest text that reads back equal ("40", "0.2", "1e+30")

} // namespace cdr
