#include "config/configrules.h"

#include <algorithm>

namespace cdr {

void ConfigRules::checkWeights(const std::string &path, const std::map<std::string, double> &weights,
                               const std::vector<std::string> &allowed, const char *listKey)
{
    if (weights.empty())
        return; // absent: the engine's defaults
    bool anyPositive = false;
    for (const auto &[name, weight] : weights) {
        const std::string weightPath = path + "." + name;
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
            error(weightPath, "\"" + name + "\" is not one of data_types." + listKey);
        if (!(weight >= 0) || weight > 1e9)
            error(weightPath, "weight must be between 0 and 1000000000, got " + formatNumber(weight));
        anyPositive = anyPositive || weight > 0;
    }
    if (!anyPositive)
        error(path, "at least one weight must be > 0");
}

namespace {

// An hour profile is absent (the built-in one) or 24 weights, 00 h first, at least one > 0.
void checkHourWeights(ConfigRules &rules, const std::string &path, const std::vector<double> &weights)
{
    if (weights.empty())
        return;
    if (weights.size() != 24) {
        rules.error(path, "must list 24 weights, one per hour from 00 h to 23 h, got "
                              + std::to_string(weights.size()));
        return;
    }
    bool anyPositive = false;
    for (std::size_t hour = 0; hour < weights.size(); ++hour) {
        if (!(weights[hour] >= 0) || weights[hour] > 1e9)
            rules.error(path + "[" + std::to_string(hour) + "]",
                        "weight must be between 0 and 1000000000, got " + formatNumber(weights[hour]));
        anyPositive = anyPositive || weights[hour] > 0;
    }
    if (!anyPositive)
        rules.error(path, "at least one hour's weight must be > 0");
}

} // namespace

void ConfigRules::checkRealism(const Config &config)
{
    const RealismConfig &r = config.realism;
    checkWeights("realism.call_type_weights", r.callTypeWeights, config.callTypes, "call_types");
    for (const auto &[type, perStatus] : r.statusWeights) {
        const std::string path = "realism.status_weights." + type;
        if (std::find(config.callTypes.begin(), config.callTypes.end(), type) == config.callTypes.end())
            error(path, "\"" + type + "\" is not one of data_types.call_types");
        if (perStatus.empty())
            error(path, "must give a weight to at least one status");
        checkWeights(path, perStatus, config.callStatus, "call_status");
    }
    checkWeights("realism.antenna_type_weights", r.antennaTypeWeights, config.antennaTypes, "antenna_types");

    const struct {
        const char *path;
        double value;
        double min;
        double max;
        bool exclusiveMin;
    } knobs[] = {
        {"realism.voice_median_s", r.voiceMedianSeconds, 0, 86400, true},
        {"realism.voice_sigma", r.voiceSigma, 0, 5, true},
        {"realism.data_median_s", r.dataMedianSeconds, 0, 86400, true},
        {"realism.data_sigma", r.dataSigma, 0, 5, true},
        {"realism.contact_call_share", r.contactCallShare, 0, 1, false},
        {"realism.mean_contacts", r.meanContacts, 0, 10000, true},
        {"realism.away_from_home_share", r.awayFromHomeShare, 0, 1, false},
        {"realism.weekend_activity", r.weekendActivity, 0, 10, false},
        {"realism.imei_change_share", r.imeiChangeShare, 0, 1, false},
        {"realism.activity_skew", r.activitySkew, 0, 10, true},
        {"realism.daily_records_per_subscriber", r.dailyRecordsPerSubscriber, 0, 100000, true},
        {"realism.landline_call_share", r.landlineCallShare, 0, 1, false},
        {"realism.foreign_call_share", r.foreignCallShare, 0, 1, false},
    };
    for (const auto &knob : knobs) {
        if (knob.exclusiveMin && knob.value <= knob.min)
            error(knob.path, "must be > 0 and <= " + formatNumber(knob.max) + ", got " + formatNumber(knob.value));
        else
            checkBounds(knob.path, knob.value, knob.min, knob.max);
    }
    if (r.landlineCallShare + r.foreignCallShare > 1)
        error("realism.foreign_call_share", "landline_call_share + foreign_call_share must be <= 1, got "
                                                + formatNumber(r.landlineCallShare + r.foreignCallShare));
    if (r.dataSessions != "empty" && r.dataSessions != "filled")
        error("realism.data_sessions", "must be empty or filled, got \"" + r.dataSessions + "\"");
    checkHourWeights(*this, "realism.hour_weights.working_day", r.workingDayHourWeights);
    checkHourWeights(*this, "realism.hour_weights.rest_day", r.restDayHourWeights);
    checkActivity(config);
}

} // namespace cdr
