#include "config/configloader.h"

#include "config/configrules.h"
#include "config/configyamlreader.h"
#include "config/utf8text.h"
#include "config/yamlquotecheck.h"
#include "config/yamlsizecheck.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <set>

namespace cdr {

namespace {

ConfigLoadResult readFile(const QString &path, const std::string &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigLoadResult result;
        result.issues.push_back(
            {ConfigIssue::Severity::Error, displayName, "cannot read the file: " + file.errorString().toStdString()});
        return result;
    }
    const QByteArray bytes = file.readAll();
    return loadConfigText(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), displayName);
}

} // namespace

ConfigLoadResult loadConfigText(std::string_view yamlText, const std::string &sourceName)
{
    ConfigLoadResult result;
    // YAML is Unicode; yaml-cpp would read other bytes as they are but write them back as U+FFFD, so a Latin-1
    // value would not survive a save.
    if (const auto bad = firstInvalidUtf8(yamlText)) {
        const std::string_view before = yamlText.substr(0, *bad);
        const std::size_t lineStart = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(yamlText[*bad]));
        result.issues.push_back({ConfigIssue::Severity::Error, sourceName,
                                 "not UTF-8 text: byte " + std::string(hex) + " at line "
                                     + std::to_string(std::count(before.begin(), before.end(), '\n') + 1)
                                     + ", column " + std::to_string(*bad - lineStart + 1)
                                     + "; save the file as UTF-8"});
        return result;
    }
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yamlText));
    } catch (const YAML::Exception &e) {
        // yaml-cpp marks are 0-based; editors count from 1.
        result.issues.push_back({ConfigIssue::Severity::Error, sourceName,
                                 "YAML syntax error at line " + std::to_string(e.mark.line + 1) + ", column "
                                     + std::to_string(e.mark.column + 1) + ": " + e.msg});
        return result;
    }
    if (exceedsYamlValueLimit(root)) {
        result.issues.push_back({ConfigIssue::Severity::Error, sourceName,
                                 "YAML structure error: more than " + std::to_string(kMaxYamlValues)
                                     + " values once its aliases (*name) are expanded; an alias that repeats a large "
                                       "part of the file, or that is inside its own anchor (&name), cannot be read"});
        return result;
    }
    if (const auto mark = findUnclosedQuote(root, yamlText)) {
        result.issues.push_back({ConfigIssue::Severity::Error, sourceName,
                                 "YAML syntax error at line " + std::to_string(mark->line + 1) + ", column "
                                     + std::to_string(mark->column + 1) + ": a quoted value has no closing quote"});
        return result;
    }
    result.config = readConfigYaml(root, result.issues);
    // A key that could not be read keeps its default; a rule complaining about that default ("must be > 0, got 0")
    // would only hide the real problem, so rule issues on keys that already have a read error are dropped.
    std::set<std::string> unreadable;
    for (const auto &issue : result.issues)
        if (issue.severity == ConfigIssue::Severity::Error)
            unreadable.insert(issue.keyPath);
    for (auto &issue : validateConfig(result.config))
        if (!unreadable.count(issue.keyPath))
            result.issues.push_back(std::move(issue));
    return result;
}

ConfigLoadResult loadConfigFile(const std::string &path)
{
    return readFile(QString::fromStdString(path), path);
}

ConfigLoadResult loadBundledDefaultConfig()
{
    return readFile(QStringLiteral(":/config/config.yml"), "config.yml (built in)");
}

std::vector<ConfigIssue> validateConfig(const Config &config)
{
    std::vector<ConfigIssue> issues;
    ConfigRules rules(issues);
    rules.checkLogging(config.logging);
    rules.checkDataTypes(config);
    rules.checkRanges(config);
    rules.checkGeography(config);
    rules.checkGeneration(config.generation);
    rules.checkDatabase(config.database);
    rules.checkRealism(config);
    rules.checkEvents(config);
    rules.checkDefects(config.defects);
    rules.checkScenarios(config);
    return issues;
}

} // namespace cdr
