#include "config/configyamlreader.h"
#include "config/defectcatalogue.h"
#include "config/yamlnodereader.h"

#include <algorithm>

namespace cdr {

namespace {

void readLogging(YamlNodeReader &reader, const YAML::Node &node, LoggingConfig &out)
{
    const std::string path = "logging";
    if (!reader.isMap(node, path))
        return;
    reader.checkKeys(node, path, {"level", "format", "file"});
    reader.readString(node, "level", path, out.level);
    reader.readString(node, "format", path, out.format);
    reader.readString(node, "file", path, out.file, true); // "file:" with no value = no log file
}

void readOperator(YamlNodeReader &reader, const YAML::Node &node, const std::string &path, OperatorConfig &out)
{
    if (!node.IsMap()) {
        reader.error(path, "expected a map with code and market_share, got " + YamlNodeReader::describe(node)
                               + YamlNodeReader::where(node));
        return;
    }
    reader.checkKeys(node, path, {"code", "market_share", "name", "mcc_mnc", "number_blocks"});
    if (!node["code"])
        reader.error(YamlNodeReader::join(path, "code"), "is required" + YamlNodeReader::where(node));
    if (!node["market_share"])
        reader.error(YamlNodeReader::join(path, "market_share"), "is required" + YamlNodeReader::where(node));
    reader.readString(node, "code", path, out.code);
    reader.readDouble(node, "market_share", path, out.marketShare);
    reader.readString(node, "name", path, out.name, true);
    reader.readString(node, "mcc_mnc", path, out.mccMnc, true);
    reader.readStringList(node, "number_blocks", path, out.numberBlocks);
}

void readDataTypes(YamlNodeReader &reader, const YAML::Node &node, Config &out)
{
    const std::string path = "data_types";
    if (!reader.isMap(node, path))
        return;
    reader.checkKeys(node, path, {"operators", "call_types", "call_status", "antenna_types"});
    if (const YAML::Node operators = node["operators"]) {
        const std::string listPath = "data_types.operators";
        if (!operators.IsSequence()) {
            reader.error(listPath, "expected a list of operators, got " + YamlNodeReader::describe(operators)
                                       + YamlNodeReader::where(operators));
        } else {
            out.operators.clear();
            for (std::size_t i = 0; i < operators.size(); ++i) {
                OperatorConfig op;
                readOperator(reader, operators[i], YamlNodeReader::index(listPath, i), op);
                out.operators.push_back(op);
            }
        }
    }
    reader.readStringList(node, "call_types", path, out.callTypes);
    reader.readStringList(node, "call_status", path, out.callStatus);
    reader.readStringList(node, "antenna_types", path, out.antennaTypes);
}

template <typename Range>
void readRange(YamlNodeReader &reader, const YAML::Node &section, const std::string &sectionPath, const char *key,
               Range &out)
{
    const YAML::Node node = section[key];
    const std::string path = YamlNodeReader::join(sectionPath, key);
    if (!node || !reader.isMap(node, path))
        return;
    reader.checkKeys(node, path, {"min", "max"});
    if constexpr (std::is_same_v<Range, IntRange>) {
        reader.readInt(node, "min", path, out.min);
        reader.readInt(node, "max", path, out.max);
    } else {
        reader.readDouble(node, "min", path, out.min);
        reader.readDouble(node, "max", path, out.max);
    }
}

void readRanges(YamlNodeReader &reader, const YAML::Node &node, Config &out)
{
    if (!reader.isMap(node, "ranges"))
        return;
    reader.checkKeys(node, "ranges", {"duration", "antenna_id", "altitude"});
    readRange(reader, node, "ranges", "duration", out.duration);
    readRange(reader, node, "ranges", "antenna_id", out.antennaId);
    readRange(reader, node, "ranges", "altitude", out.altitude);
}

void readGeography(YamlNodeReader &reader, const YAML::Node &node, Config &out)
{
    if (!reader.isMap(node, "geography"))
        return;
    reader.checkKeys(node, "geography", {"latitude", "longitude"});
    readRange(reader, node, "geography", "latitude", out.latitude);
    readRange(reader, node, "geography", "longitude", out.longitude);
}

void readGeneration(YamlNodeReader &reader, const YAML::Node &node, GenerationConfig &out)
{
    const std::string path = "generation";
    if (!reader.isMap(node, path))
        return;
    reader.checkKeys(node, path, {"records", "batch_size", "seed", "period", "threads", "subscribers"});
    reader.readInt(node, "records", path, out.records);
    reader.readInt(node, "batch_size", path, out.batchSize);
    reader.readUnsigned(node, "seed", path, out.seed);
    reader.readInt(node, "threads", path, out.threads);
    reader.readInt(node, "subscribers", path, out.subscribers);
    if (const YAML::Node period = node["period"]; period && reader.isMap(period, "generation.period")) {
        reader.checkKeys(period, "generation.period", {"start", "end"});
        reader.readString(period, "start", "generation.period", out.periodStart);
        reader.readString(period, "end", "generation.period", out.periodEnd);
    }
}

void readDatabase(YamlNodeReader &reader, const YAML::Node &node, DatabaseConfig &out)
{
    const std::string path = "database";
    if (!reader.isMap(node, path))
        return;
    reader.checkKeys(node, path, {"if_exists", "connect_timeout_s", "query_timeout_s", "retry", "world_tables",
                                  "before_load_sql", "after_load_sql"});
    reader.readString(node, "if_exists", path, out.ifExists);
    reader.readString(node, "before_load_sql", path, out.beforeLoadSql, true);
    reader.readString(node, "after_load_sql", path, out.afterLoadSql, true);
    reader.readBool(node, "world_tables", path, out.worldTables);
    reader.readInt(node, "connect_timeout_s", path, out.connectTimeoutS);
    reader.readInt(node, "query_timeout_s", path, out.queryTimeoutS);
    if (const YAML::Node retry = node["retry"]; retry && reader.isMap(retry, "database.retry")) {
        const std::string retryPath = "database.retry";
        reader.checkKeys(retry, retryPath, {"attempts", "initial_delay_ms", "multiplier", "max_delay_ms", "jitter"});
        reader.readInt(retry, "attempts", retryPath, out.retryAttempts);
        reader.readInt(retry, "initial_delay_ms", retryPath, out.retryInitialDelayMs);
        reader.readDouble(retry, "multiplier", retryPath, out.retryMultiplier);
        reader.readInt(retry, "max_delay_ms", retryPath, out.retryMaxDelayMs);
        reader.readDouble(retry, "jitter", retryPath, out.retryJitter);
    }
}

void readStatusWeights(YamlNodeReader &reader, const YAML::Node &realism, RealismConfig &out)
{
    const YAML::Node node = realism["status_weights"];
    const std::string path = "realism.status_weights";
    if (!node || !reader.isMap(node, path))
        return;
    reader.checkDuplicateKeys(node, path);
    std::map<std::string, std::map<std::string, double>> weights;
    for (const auto &entry : node) {
        const std::string type = YamlNodeReader::keyText(entry.first);
        std::map<std::string, double> perStatus;
        // readWeights looks a key up in a map, so give it a one-entry map holding this call type.
        YAML::Node wrapper;
        wrapper[type] = entry.second;
        reader.readWeights(wrapper, type, path, perStatus);
        weights[type] = perStatus;
    }
    out.statusWeights = weights;
}

void readHourWeights(YamlNodeReader &reader, const YAML::Node &realism, RealismConfig &out)
{
    const YAML::Node node = realism["hour_weights"];
    const std::string path = "realism.hour_weights";
    if (!node || !reader.isMap(node, path))
        return;
    reader.checkKeys(node, path, {"working_day", "rest_day"});
    reader.readNumberList(node, "working_day", path, out.workingDayHourWeights);
    reader.readNumberList(node, "rest_day", path, out.restDayHourWeights);
}

void readRealism(YamlNodeReader &reader, const YAML::Node &node, RealismConfig &out)
{
    const std::string path = "realism";
    if (!reader.isMap(node, path))
        return;
    reader.checkKeys(node, path,
                     {"call_type_weights", "status_weights", "antenna_type_weights", "voice_median_s", "voice_sigma",
                      "data_median_s", "data_sigma", "contact_call_share", "mean_contacts", "away_from_home_share",
                      "weekend_activity", "imei_change_share", "activity_skew", "daily_records_per_subscriber",
                      "landline_call_share", "foreign_call_share", "data_sessions", "hour_weights"});
    reader.readWeights(node, "call_type_weights", path, out.callTypeWeights);
    readStatusWeights(reader, node, out);
    reader.readWeights(node, "antenna_type_weights", path, out.antennaTypeWeights);
    reader.readDouble(node, "voice_median_s", path, out.voiceMedianSeconds);
    reader.readDouble(node, "voice_sigma", path, out.voiceSigma);
    reader.readDouble(node, "data_median_s", path, out.dataMedianSeconds);
    reader.readDouble(node, "data_sigma", path, out.dataSigma);
    reader.readDouble(node, "contact_call_share", path, out.contactCallShare);
    reader.readDouble(node, "mean_contacts", path, out.meanContacts);
    reader.readDouble(node, "away_from_home_share", path, out.awayFromHomeShare);
    reader.readDouble(node, "weekend_activity", path, out.weekendActivity);
    reader.readDouble(node, "imei_change_share", path, out.imeiChangeShare);
    reader.readDouble(node, "activity_skew", path, out.activitySkew);
    reader.readDouble(node, "daily_records_per_subscriber", path, out.dailyRecordsPerSubscriber);
    reader.readDouble(node, "landline_call_share", path, out.landlineCallShare);
    reader.readDouble(node, "foreign_call_share", path, out.foreignCallShare);
    reader.readString(node, "data_sessions", path, out.dataSessions);
    readHourWeights(reader, node, out);
}

void readArea(YamlNodeReader &reader, const YAML::Node &node, const std::string &path, EventArea &out)
{
    if (!node["latitude"])
        reader.error(YamlNodeReader::join(path, "latitude"), "is required" + YamlNodeReader::where(node));
    if (!node["longitude"])
        reader.error(YamlNodeReader::join(path, "longitude"), "is required" + YamlNodeReader::where(node));
    reader.readDouble(node, "latitude", path, out.latitude);
    reader.readDouble(node, "longitude", path, out.longitude);
    reader.readDouble(node, "radius_km", path, out.radiusKm);
}

void readWindow(YamlNodeReader &reader, const YAML::Node &node, const std::string &path, std::string &start,
                std::string &end)
{
    for (const char *key : {"start", "end"})
        if (!node[key])
            reader.error(YamlNodeReader::join(path, key), "is required" + YamlNodeReader::where(node));
    reader.readString(node, "start", path, start);
    reader.readString(node, "end", path, end);
}

// Reads events.<key>, a list of maps, each through readOne(reader, item, itemPath, value).
template <typename Item, typename ReadOne>
void readEventList(YamlNodeReader &reader, const YAML::Node &events, const char *key, std::vector<Item> &out,
                   ReadOne readOne)
{
    const YAML::Node list = events[key];
    if (!list)
        return;
    const std::string path = YamlNodeReader::join("events", key);
    if (list.IsNull()) {
        out.clear();
        return;
    }
    if (!list.IsSequence()) {
        reader.error(path, "expected a list, got " + YamlNodeReader::describe(list) + YamlNodeReader::where(list));
        return;
    }
    out.clear();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string itemPath = YamlNodeReader::index(path, i);
        if (!list[i].IsMap()) {
            reader.error(itemPath, "expected a map, got " + YamlNodeReader::describe(list[i])
                                       + YamlNodeReader::where(list[i]));
            continue;
        }
        Item item;
        readOne(list[i], itemPath, item);
        out.push_back(item);
    }
}

void readEvents(YamlNodeReader &reader, const YAML::Node &node, EventsConfig &out)
{
    const std::string path = "events";
    if (!reader.isMap(node, path))
        return;
    reader.checkKeys(node, path, {"holidays", "new_year", "gatherings", "outages"});
    reader.readBool(node, "holidays", path, out.holidays);
    if (const YAML::Node newYear = node["new_year"]; newYear && reader.isMap(newYear, "events.new_year")) {
        const std::string nyPath = "events.new_year";
        reader.checkKeys(newYear, nyPath, {"enabled", "minutes", "surge", "failure_share"});
        reader.readBool(newYear, "enabled", nyPath, out.newYear.enabled);
        reader.readInt(newYear, "minutes", nyPath, out.newYear.minutes);
        reader.readDouble(newYear, "surge", nyPath, out.newYear.surge);
        reader.readDouble(newYear, "failure_share", nyPath, out.newYear.failureShare);
    }
    // The keys a gathering and an outage share, then each one's own two.
    auto readHead = [&](const YAML::Node &item, const std::string &itemPath, auto &event,
                        std::initializer_list<std::string_view> ownKeys) {
        std::vector<std::string_view> keys{"name", "enabled", "latitude", "longitude", "radius_km", "start", "end"};
        keys.insert(keys.end(), ownKeys);
        reader.checkKeys(item, itemPath, keys);
        reader.readString(item, "name", itemPath, event.name, true);
        reader.readBool(item, "enabled", itemPath, event.enabled);
        readArea(reader, item, itemPath, event.area);
        readWindow(reader, item, itemPath, event.start, event.end);
        reader.readDouble(item, "failure_share", itemPath, event.failureShare);
    };
    readEventList(reader, node, "gatherings", out.gatherings,
                  [&](const YAML::Node &item, const std::string &itemPath, GatheringConfig &g) {
                      readHead(item, itemPath, g, {"attendance", "failure_share"});
                      reader.readInt(item, "attendance", itemPath, g.attendance);
                  });
    readEventList(reader, node, "outages", out.outages,
                  [&](const YAML::Node &item, const std::string &itemPath, OutageConfig &o) {
                      readHead(item, itemPath, o, {"spike_minutes", "failure_share"});
                      reader.readInt(item, "spike_minutes", itemPath, o.spikeMinutes);
                  });
}

// defects.<kind>: a number (the rate) or a map with rate, variants and (missing_fields only) columns.
void readDefectKind(YamlNodeReader &reader, const YAML::Node &defects, DefectKind kind, DefectKindConfig &out)
{
    const std::string_view key = defectKindKey(kind);
    const YAML::Node node = defects[std::string(key)];
    if (!node)
        return;
    const std::string path = YamlNodeReader::join("defects", key);
    if (!node.IsMap()) {
        reader.toDouble(node, path, out.rate);
        return;
    }
    if (kind == DefectKind::MissingField)
        reader.checkKeys(node, path, {"rate", "variants", "columns"});
    else
        reader.checkKeys(node, path, {"rate", "variants"});
    reader.readDouble(node, "rate", path, out.rate);
    reader.readStringList(node, "variants", path, out.variants);
    reader.readStringList(node, "columns", path, out.columns);
}

void readDefects(YamlNodeReader &reader, const YAML::Node &node, DefectsConfig &out)
{
    if (!reader.isMap(node, "defects"))
        return;
    reader.checkDuplicateKeys(node, "defects");
    // Unlike elsewhere an unknown key is an error: a misspelt kind would silently leave the data clean.
    for (const auto &entry : node) {
        const std::string key = YamlNodeReader::keyText(entry.first);
        if (std::none_of(kDefectKinds.begin(), kDefectKinds.end(), [&](DefectKind k) { return defectKindKey(k) == key; }))
            reader.error(YamlNodeReader::join("defects", key),
                         "unknown kind of defect" + YamlNodeReader::where(entry.first)
                             + "; the kinds are duplicates, missing_fields, orphans, timestamp_faults, corrupt_values");
    }
    for (DefectKind kind : kDefectKinds)
        readDefectKind(reader, node, kind, defectKindConfig(out, kind));
}


// scenarios.<kind>: enabled, start, end and the kind's catalogue parameters. As for defects, an unknown key is an
// error: a misspelt scenario or parameter would silently leave the run without the fraud the user asked for.
void readScenario(YamlNodeReader &reader, const YAML::Node &node, ScenarioKind kind, ScenarioConfig &out)
{
    const std::string path = YamlNodeReader::join("scenarios", scenarioKey(kind));
    if (!reader.isMap(node, path))
        return;
    reader.checkDuplicateKeys(node, path);
    const auto parameters = scenarioSpec(kind).parameters;
    std::string known = "enabled, start, end";
    for (const ScenarioParameter &parameter : parameters)
        known += ", " + std::string(parameter.key);
    for (const auto &entry : node) {
        const std::string key = YamlNodeReader::keyText(entry.first);
        const bool isParameter = std::any_of(parameters.begin(), parameters.end(),
                                             [&](const ScenarioParameter &p) { return p.key == key; });
        if (!isParameter && key != "enabled" && key != "start" && key != "end")
            reader.error(YamlNodeReader::join(path, key),
                         "unknown key" + YamlNodeReader::where(entry.first) + "; the keys are " + known);
    }
    reader.readBool(node, "enabled", path, out.enabled);
    reader.readString(node, "start", path, out.start, true);
    reader.readString(node, "end", path, out.end, true);
    for (std::size_t i = 0; i < parameters.size(); ++i)
        reader.readDouble(node, parameters[i].key, path, out.values[i]);
}

void readScenarios(YamlNodeReader &reader, const YAML::Node &node, ScenariosConfig &out)
{
    if (!reader.isMap(node, "scenarios"))
        return;
    reader.checkDuplicateKeys(node, "scenarios");
    for (const auto &entry : node) {
        const std::string key = YamlNodeReader::keyText(entry.first);
        if (std::none_of(kScenarioKinds.begin(), kScenarioKinds.end(), [&](ScenarioKind k) { return scenarioKey(k) == key; }))
            reader.error(YamlNodeReader::join("scenarios", key),
                         "unknown scenario" + YamlNodeReader::where(entry.first)
                             + "; the scenarios are sim_box, wangiri, irsf, subscription_fraud, sim_swap, test_probe, "
                               "call_centre, multi_sim");
    }
    for (ScenarioKind kind : kScenarioKinds)
        if (const YAML::Node item = node[std::string(scenarioKey(kind))])
            readScenario(reader, item, kind, out[kind]);
}
} // namespace

Config readConfigYaml(const YAML::Node &root, std::vector<ConfigIssue> &issues)
{
    Config config = Config::seedDefaults();
    YamlNodeReader reader(issues);
    if (!root.IsMap()) {
        if (root.IsNull())
            reader.warning("", "the file holds no settings; every key takes its default");
        else
            reader.error("", "expected a map of sections at the top level, got " + YamlNodeReader::describe(root)
                                 + YamlNodeReader::where(root));
        return config;
    }
    reader.checkKeys(root, "",
                     {"logging", "data_types", "ranges", "geography", "generation", "database", "realism", "events",
                      "defects", "scenarios"});
    if (const YAML::Node node = root["logging"])
        readLogging(reader, node, config.logging);
    if (const YAML::Node node = root["data_types"])
        readDataTypes(reader, node, config);
    if (const YAML::Node node = root["ranges"])
        readRanges(reader, node, config);
    if (const YAML::Node node = root["geography"])
        readGeography(reader, node, config);
    if (const YAML::Node node = root["generation"])
        readGeneration(reader, node, config.generation);
    if (const YAML::Node node = root["database"])
        readDatabase(reader, node, config.database);
    if (const YAML::Node node = root["realism"])
        readRealism(reader, node, config.realism);
    if (const YAML::Node node = root["events"])
        readEvents(reader, node, config.events);
    if (const YAML::Node node = root["defects"])
        readDefects(reader, node, config.defects);
    if (const YAML::Node node = root["scenarios"])
        readScenarios(reader, node, config.scenarios);
    return config;
}

} // namespace cdr
