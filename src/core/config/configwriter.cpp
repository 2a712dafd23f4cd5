#include "config/configwriter.h"

#include "config/configrules.h"
#include "config/defectcatalogue.h"

#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace cdr {

namespace {

// Text is always double-quoted so values like NO, 1e3 or "2024-01-01" read back as the same text.
YAML::Emitter &text(YAML::Emitter &out, const std::string &value)
{
    return out << YAML::DoubleQuoted << value;
}

YAML::Emitter &number(YAML::Emitter &out, double value)
{
    return out << formatNumber(value); // shortest form that reads back to the same double
}

void writeTextList(YAML::Emitter &out, const char *key, const std::vector<std::string> &values)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto &value : values)
        text(out, value);
    out << YAML::EndSeq;
}

void writeNumberList(YAML::Emitter &out, const char *key, const std::vector<double> &values)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const double value : values)
        number(out, value);
    out << YAML::EndSeq;
}

void writeWeights(YAML::Emitter &out, const std::map<std::string, double> &weights)
{
    out << YAML::Flow << YAML::BeginMap;
    for (const auto &[name, weight] : weights) {
        out << YAML::Key;
        text(out, name) << YAML::Value;
        number(out, weight);
    }
    out << YAML::EndMap;
}

template <typename Range>
void writeRange(YAML::Emitter &out, const char *key, const Range &range)
{
    out << YAML::Key << key << YAML::Value << YAML::BeginMap;
    if constexpr (std::is_same_v<Range, IntRange>) {
        out << YAML::Key << "min" << YAML::Value << range.min << YAML::Key << "max" << YAML::Value << range.max;
    } else {
        out << YAML::Key << "min" << YAML::Value;
        number(out, range.min) << YAML::Key << "max" << YAML::Value;
        number(out, range.max);
    }
    out << YAML::EndMap;
}

void writeOperators(YAML::Emitter &out, const std::vector<OperatorConfig> &operators)
{
    out << YAML::Key << "operators" << YAML::Value << YAML::BeginSeq;
    for (const auto &op : operators) {
        out << YAML::BeginMap << YAML::Key << "code" << YAML::Value;
        text(out, op.code) << YAML::Key << "market_share" << YAML::Value;
        number(out, op.marketShare);
        if (!op.name.empty()) {
            out << YAML::Key << "name" << YAML::Value;
            text(out, op.name);
        }
        if (!op.mccMnc.empty()) {
            out << YAML::Key << "mcc_mnc" << YAML::Value;
            text(out, op.mccMnc);
        }
        if (!op.numberBlocks.empty())
            writeTextList(out, "number_blocks", op.numberBlocks);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void writeRealism(YAML::Emitter &out, const RealismConfig &r)
{
    out << YAML::Key << "realism" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "call_type_weights" << YAML::Value;
    writeWeights(out, r.callTypeWeights);
    out << YAML::Key << "status_weights" << YAML::Value << YAML::BeginMap;
    for (const auto &[type, weights] : r.statusWeights) {
        out << YAML::Key;
        text(out, type) << YAML::Value;
        writeWeights(out, weights);
    }
    out << YAML::EndMap;
    out << YAML::Key << "antenna_type_weights" << YAML::Value;
    writeWeights(out, r.antennaTypeWeights);
    const std::pair<const char *, double> knobs[] = {
        {"voice_median_s", r.voiceMedianSeconds}, {"voice_sigma", r.voiceSigma},
        {"data_median_s", r.dataMedianSeconds},   {"data_sigma", r.dataSigma},
        {"contact_call_share", r.contactCallShare}, {"mean_contacts", r.meanContacts},
        {"away_from_home_share", r.awayFromHomeShare}, {"weekend_activity", r.weekendActivity},
        {"imei_change_share", r.imeiChangeShare}, {"activity_skew", r.activitySkew},
        {"daily_records_per_subscriber", r.dailyRecordsPerSubscriber},
        {"landline_call_share", r.landlineCallShare}, {"foreign_call_share", r.foreignCallShare}};
    for (const auto &[key, value] : knobs) {
        out << YAML::Key << key << YAML::Value;
        number(out, value);
    }
    out << YAML::Key << "data_sessions" << YAML::Value;
    text(out, r.dataSessions);
    if (!r.workingDayHourWeights.empty() || !r.restDayHourWeights.empty()) { // absent: the built-in profile
        out << YAML::Key << "hour_weights" << YAML::Value << YAML::BeginMap;
        writeNumberList(out, "working_day", r.workingDayHourWeights);
        writeNumberList(out, "rest_day", r.restDayHourWeights);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

void writeArea(YAML::Emitter &out, const EventArea &area)
{
    out << YAML::Key << "latitude" << YAML::Value;
    number(out, area.latitude) << YAML::Key << "longitude" << YAML::Value;
    number(out, area.longitude) << YAML::Key << "radius_km" << YAML::Value;
    number(out, area.radiusKm);
}

void writeEventHead(YAML::Emitter &out, const std::string &name, bool enabled, const EventArea &area,
                    const std::string &start, const std::string &end)
{
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value;
    text(out, name) << YAML::Key << "enabled" << YAML::Value << enabled;
    writeArea(out, area);
    out << YAML::Key << "start" << YAML::Value;
    text(out, start) << YAML::Key << "end" << YAML::Value;
    text(out, end);
}

void writeEvents(YAML::Emitter &out, const EventsConfig &e)
{
    out << YAML::Key << "events" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "holidays" << YAML::Value << e.holidays;
    out << YAML::Key << "new_year" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "enabled" << YAML::Value << e.newYear.enabled;
    out << YAML::Key << "minutes" << YAML::Value << e.newYear.minutes;
    out << YAML::Key << "surge" << YAML::Value;
    number(out, e.newYear.surge) << YAML::Key << "failure_share" << YAML::Value;
    number(out, e.newYear.failureShare) << YAML::EndMap;
    out << YAML::Key << "gatherings" << YAML::Value << YAML::BeginSeq;
    for (const GatheringConfig &g : e.gatherings) {
        writeEventHead(out, g.name, g.enabled, g.area, g.start, g.end);
        out << YAML::Key << "attendance" << YAML::Value << g.attendance;
        out << YAML::Key << "failure_share" << YAML::Value;
        number(out, g.failureShare) << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::Key << "outages" << YAML::Value << YAML::BeginSeq;
    for (const OutageConfig &o : e.outages) {
        writeEventHead(out, o.name, o.enabled, o.area, o.start, o.end);
        out << YAML::Key << "spike_minutes" << YAML::Value << o.spikeMinutes;
        out << YAML::Key << "failure_share" << YAML::Value;
        number(out, o.failureShare) << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
}

void writeDefects(YAML::Emitter &out, const DefectsConfig &d)
{
    if (d == DefectsConfig{}) // off and never set: the file stays as it was before the section existed
        return;
    out << YAML::Key << "defects" << YAML::Value << YAML::BeginMap;
    for (DefectKind kind : kDefectKinds) {
        const DefectKindConfig &k = defectKindConfig(d, kind);
        out << YAML::Key << std::string(defectKindKey(kind)) << YAML::Value;
        if (k.variants.empty() && k.columns.empty()) {
            number(out, k.rate);
            continue;
        }
        out << YAML::BeginMap << YAML::Key << "rate" << YAML::Value;
        number(out, k.rate);
        if (!k.variants.empty())
            out << YAML::Key << "variants" << YAML::Value << YAML::Flow << k.variants;
        if (!k.columns.empty())
            out << YAML::Key << "columns" << YAML::Value << YAML::Flow << k.columns;
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}


void writeScenarios(YAML::Emitter &out, const ScenariosConfig &scenarios)
{
    if (scenarios == ScenariosConfig{}) // off and never set: the file stays as it was before the section existed
        return;
    out << YAML::Key << "scenarios" << YAML::Value << YAML::BeginMap;
    for (ScenarioKind kind : kScenarioKinds) {
        const ScenarioConfig &s = scenarios[kind];
        out << YAML::Key << std::string(scenarioKey(kind)) << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "enabled" << YAML::Value << s.enabled;
        out << YAML::Key << "start" << YAML::Value;
        text(out, s.start) << YAML::Key << "end" << YAML::Value;
        text(out, s.end);
        const auto parameters = scenarioSpec(kind).parameters;
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            out << YAML::Key << std::string(parameters[i].key) << YAML::Value;
            number(out, s.values[i]);
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}
} // namespace

std::string configToYaml(const Config &config)
{
    YAML::Emitter out;
    out << YAML::Comment("cdrgen configuration (every key; see docs/config-reference.md)") << YAML::Newline;
    out << YAML::BeginMap;

    out << YAML::Key << "logging" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "level" << YAML::Value;
    text(out, config.logging.level) << YAML::Key << "format" << YAML::Value;
    text(out, config.logging.format) << YAML::Key << "file" << YAML::Value;
    text(out, config.logging.file) << YAML::EndMap;

    out << YAML::Key << "data_types" << YAML::Value << YAML::BeginMap;
    writeOperators(out, config.operators);
    writeTextList(out, "call_types", config.callTypes);
    writeTextList(out, "call_status", config.callStatus);
    writeTextList(out, "antenna_types", config.antennaTypes);
    out << YAML::EndMap;

    out << YAML::Key << "ranges" << YAML::Value << YAML::BeginMap;
    writeRange(out, "duration", config.duration);
    writeRange(out, "antenna_id", config.antennaId);
    writeRange(out, "altitude", config.altitude);
    out << YAML::EndMap;

    out << YAML::Key << "geography" << YAML::Value << YAML::BeginMap;
    writeRange(out, "latitude", config.latitude);
    writeRange(out, "longitude", config.longitude);
    out << YAML::EndMap;

    const GenerationConfig &g = config.generation;
    out << YAML::Key << "generation" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "records" << YAML::Value << g.records;
    out << YAML::Key << "batch_size" << YAML::Value << g.batchSize;
    out << YAML::Key << "seed" << YAML::Value << g.seed;
    out << YAML::Key << "period" << YAML::Value << YAML::BeginMap << YAML::Key << "start" << YAML::Value;
    text(out, g.periodStart) << YAML::Key << "end" << YAML::Value;
    text(out, g.periodEnd) << YAML::EndMap;
    out << YAML::Key << "threads" << YAML::Value << g.threads;
    out << YAML::Key << "subscribers" << YAML::Value << g.subscribers;
    out << YAML::EndMap;

    const DatabaseConfig &d = config.database;
    out << YAML::Key << "database" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "if_exists" << YAML::Value;
    text(out, d.ifExists) << YAML::Key << "connect_timeout_s" << YAML::Value << d.connectTimeoutS;
    out << YAML::Key << "query_timeout_s" << YAML::Value << d.queryTimeoutS;
    out << YAML::Key << "world_tables" << YAML::Value << d.worldTables;
    // Only when set: the text without them stays that of earlier versions, and so does configDigest().
    if (!d.beforeLoadSql.empty())
        text(out << YAML::Key << "before_load_sql" << YAML::Value, d.beforeLoadSql);
    if (!d.afterLoadSql.empty())
        text(out << YAML::Key << "after_load_sql" << YAML::Value, d.afterLoadSql);
    out << YAML::Key << "retry" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "attempts" << YAML::Value << d.retryAttempts;
    out << YAML::Key << "initial_delay_ms" << YAML::Value << d.retryInitialDelayMs;
    out << YAML::Key << "multiplier" << YAML::Value;
    number(out, d.retryMultiplier) << YAML::Key << "max_delay_ms" << YAML::Value << d.retryMaxDelayMs;
    out << YAML::Key << "jitter" << YAML::Value;
    number(out, d.retryJitter) << YAML::EndMap << YAML::EndMap;

    writeRealism(out, config.realism);
    writeEvents(out, config.events);
    writeDefects(out, config.defects);
    writeScenarios(out, config.scenarios);
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

bool saveConfigFile(const Config &config, const std::string &path, std::string *error)
{
    QSaveFile file(QString::fromStdString(path));
    const std::string yaml = configToYaml(config);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = "cannot write " + path + ": " + file.errorString().toStdString();
        return false;
    }
    if (file.write(yaml.data(), static_cast<qint64>(yaml.size())) != static_cast<qint64>(yaml.size())
        || !file.commit()) {
        if (error)
            *error = "cannot write " + path + ": " + file.errorString().toStdString();
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace cdr
