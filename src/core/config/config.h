#pragma once

#include "config/scenariocatalogue.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// The typed, validated form of config.yml. Section and key names mirror the YAML (docs/config-reference.md).
// Defaults here are the defaults of a key that is absent from the file. The seed's example keys keep their meaning;
// everything else lives in optional sections (generation, database, realism).

struct LoggingConfig {
    std::string level = "INFO";                                     // logging.level (Python names)
    std::string format = "%(asctime)s - %(levelname)s - %(message)s"; // logging.format (Python logging syntax)
    std::string file = "cdr_generation.log";                        // logging.file ("" = no log file)

    bool operator==(const LoggingConfig &) const = default;
};

struct OperatorConfig {
    std::string code;                      // operators[].code, written to operator_code_* columns
    double marketShare = 0;                // operators[].market_share, percent; all shares sum to 100
    std::string name;                      // operators[].name (optional, display only)
    std::string mccMnc;                    // operators[].mcc_mnc (optional, e.g. "206-01")
    std::vector<std::string> numberBlocks; // operators[].number_blocks: national prefixes like "047", "0456", "04510";
                                           // empty = the engine assigns disjoint 04[5-9]x blocks

    bool operator==(const OperatorConfig &) const = default;
};

struct IntRange {
    std::int64_t min = 0;
    std::int64_t max = 0;

    bool operator==(const IntRange &) const = default;
};

struct DoubleRange {
    double min = 0;
    double max = 0;

    bool operator==(const DoubleRange &) const = default;
};

struct GenerationConfig {
    std::int64_t records = 10'000'000;   // generation.records: total ids 1..records
    std::int64_t batchSize = 10'000;     // generation.batch_size: rows per transaction
    std::uint64_t seed = 20240101;       // generation.seed
    std::string periodStart = "2024-01-01 00:00:00"; // generation.period.start ("YYYY-MM-DD[ HH:MM:SS]")
    std::string periodEnd = "2024-12-31 23:59:59";   // generation.period.end (inclusive)
    int threads = 0;                     // generation.threads: 0 = all cores
    std::int64_t subscribers = 0;        // generation.subscribers: 0 = derived from records

    bool operator==(const GenerationConfig &) const = default;
};

struct DatabaseConfig {
    int retryAttempts = 8;            // database.retry.attempts: tries per batch (first try included)
    int retryInitialDelayMs = 1000;   // database.retry.initial_delay_ms
    double retryMultiplier = 2.0;     // database.retry.multiplier (exponential backoff)
    int retryMaxDelayMs = 15000;      // database.retry.max_delay_ms (cap of one wait, before jitter)
    double retryJitter = 0.2;         // database.retry.jitter: +/- fraction of each wait
    int connectTimeoutS = 10;         // database.connect_timeout_s
    int queryTimeoutS = 600;          // database.query_timeout_s: bound of one ODBC statement (0 = none)
    std::string ifExists = "resume";  // database.if_exists: resume | replace | fail
    bool worldTables = false;         // database.world_tables: also write <table>_subscribers/_antennas/_runs
    // database.before_load_sql / after_load_sql: SQL run on the run's connection after the table is prepared and
    // before the first row / after the last batch and the deferred indexes. As written: one line ending in .sql is
    // a file path (relative to the config file's folder), anything else inline SQL (loadsql/loadsql.h).
    std::string beforeLoadSql;
    std::string afterLoadSql;

    bool operator==(const DatabaseConfig &) const = default;
};

// Knobs of the realism model (README "Realism model"). Weights are relative (need not sum to 100).
struct RealismConfig {
    std::map<std::string, double> callTypeWeights;   // realism.call_type_weights {VOICE: 55, SMS: 35, DATA: 10};
                                                     // empty = engine defaults (equal for unknown names)
    std::map<std::string, std::map<std::string, double>> statusWeights; // realism.status_weights {type: {status: w}}
    std::map<std::string, double> antennaTypeWeights; // realism.antenna_type_weights {MACRO: 30, MICRO: 50, PICO: 20}
    double voiceMedianSeconds = 75;      // realism.voice_median_s: median of answered voice calls
    double voiceSigma = 1.1;             // realism.voice_sigma: lognormal sigma of answered voice calls
    double dataMedianSeconds = 600;      // realism.data_median_s
    double dataSigma = 1.0;              // realism.data_sigma
    double contactCallShare = 0.85;      // realism.contact_call_share: calls to the caller's own contacts
    double meanContacts = 12;            // realism.mean_contacts: mean contact-list size (heavy-tailed)
    double awayFromHomeShare = 0.50;     // realism.away_from_home_share: calls placed away from home
    double weekendActivity = 0.8;        // realism.weekend_activity: weekend day volume relative to a weekday
    double imeiChangeShare = 0.01;       // realism.imei_change_share: subscribers who switch handset once
    double activitySkew = 1.2;           // realism.activity_skew: Pareto shape of per-subscriber activity
    double dailyRecordsPerSubscriber = 8; // realism.daily_records_per_subscriber: records a subscriber places per
                                          // day; sets the default subscriber count (BIPT, docs/realism.md)
    double landlineCallShare = 0.05;     // realism.landline_call_share: voice/SMS calls to Belgian landlines
    double foreignCallShare = 0.04;      // realism.foreign_call_share: voice/SMS calls to neighbouring countries
    std::string dataSessions = "empty";  // realism.data_sessions: empty (no callee, no receiving side) | filled
    // realism.hour_weights: relative call volume per hour of day (24 numbers each, 00 h first) on working days and
    // on rest days (weekends, holidays); an empty list keeps the engine's built-in profile (docs/realism.md).
    std::vector<double> workingDayHourWeights; // realism.hour_weights.working_day
    std::vector<double> restDayHourWeights;    // realism.hour_weights.rest_day

    bool operator==(const RealismConfig &) const = default;
};

// One place of the map and the antennas around it: a gathering's venue, an outage's area (events.gatherings[],
// events.outages[]). The antennas within radius_km of the point (at least the nearest one of every operator) are
// the event's antennas.
struct EventArea {
    double latitude = 0;    // degrees
    double longitude = 0;   // degrees
    double radiusKm = 1.0;  // radius_km

    bool operator==(const EventArea &) const = default;
};

// A mass gathering: `attendance` people at the venue from start to end; attendees' records move to the venue's
// antennas, which are congested (failure_share of their voice/SMS/data attempts fail).
struct GatheringConfig {
    std::string name;
    bool enabled = true;
    EventArea area;
    std::string start;              // "YYYY-MM-DD HH:MM:SS" (or "YYYY-MM-DD"), wall clock like generation.period
    std::string end;                // inclusive
    std::int64_t attendance = 10000; // people (scaled to the run's subscribers by Belgium's population)
    double failureShare = 0.25;      // failure_share: share of attempts on the venue's antennas that fail

    bool operator==(const GatheringConfig &) const = default;
};

// A cell outage: the area's antennas carry no record from start to end; their traffic moves to the nearest working
// antenna of the same operator, and for the first spike_minutes failure_share of that traffic fails.
struct OutageConfig {
    std::string name;
    bool enabled = true;
    EventArea area;
    std::string start;
    std::string end;
    int spikeMinutes = 15;          // spike_minutes
    double failureShare = 0.5;      // failure_share during the spike

    bool operator==(const OutageConfig &) const = default;
};

// New Year's midnight: for the first `minutes` of 1 January, traffic is `surge` times the usual rate of that hour
// and failure_share of the attempts fail (networks are saturated by wishes).
struct NewYearConfig {
    bool enabled = true;
    int minutes = 45;
    double surge = 6.0;
    double failureShare = 0.12;

    bool operator==(const NewYearConfig &) const = default;
};

// The calendar of the period (events: in config.yml; docs/realism.md "Calendar").
struct EventsConfig {
    bool holidays = true; // events.holidays: Belgium's ten public holidays with weekend-like traffic
    NewYearConfig newYear;                 // events.new_year
    std::vector<GatheringConfig> gatherings; // events.gatherings
    std::vector<OutageConfig> outages;       // events.outages

    bool operator==(const EventsConfig &) const = default;
};

// One kind of deliberate damage (defects.<kind>; docs/defects.md): the share of records it damages and the
// variants it draws from (empty: every variant of the kind, see config/defectcatalogue.h).
struct DefectKindConfig {
    double rate = 0;
    std::vector<std::string> variants;
    std::vector<std::string> columns; // defects.missing_fields.columns only; empty: the catalogue's default columns

    bool operator==(const DefectKindConfig &) const = default;
};

// Dirty data on purpose (defects: in config.yml), off by default: with every rate 0 the records are unchanged.
struct DefectsConfig {
    DefectKindConfig duplicates;      // defects.duplicates
    DefectKindConfig missingFields;   // defects.missing_fields
    DefectKindConfig orphans;         // defects.orphans
    DefectKindConfig timestampFaults; // defects.timestamp_faults
    DefectKindConfig corruptValues;   // defects.corrupt_values

    bool enabled() const
    {
        return duplicates.rate > 0 || missingFields.rate > 0 || orphans.rate > 0 || timestampFaults.rate > 0
            || corruptValues.rate > 0;
    }
    bool operator==(const DefectsConfig &) const = default;
};

// One behaviour of scenarios: (docs/scenarios.md): off unless enabled, within its window (empty: the period's
// start or end), with the values of its catalogue parameters (config/scenariocatalogue.h), defaults at first.
struct ScenarioConfig {
    bool enabled = false;
    std::string start;
    std::string end;
    std::vector<double> values; // by the kind's ScenarioSpec::parameters: prevalence, mimicry, then its own

    double value(ScenarioKind kind, std::string_view key) const { return values.at(scenarioParameterIndex(kind, key)); }
    bool operator==(const ScenarioConfig &) const = default;
};

// Fraud and its legitimate look-alikes (scenarios: in config.yml), off by default: with nothing enabled the records
// are exactly those of a run without the feature.
struct ScenariosConfig {
    ScenariosConfig(); // every kind off, at its catalogue defaults
    std::array<ScenarioConfig, kScenarioCount> kinds; // by ScenarioKind

    ScenarioConfig &operator[](ScenarioKind kind) { return kinds[static_cast<std::size_t>(kind)]; }
    const ScenarioConfig &operator[](ScenarioKind kind) const { return kinds[static_cast<std::size_t>(kind)]; }
    bool enabled() const
    {
        for (const ScenarioConfig &k : kinds)
            if (k.enabled)
                return true;
        return false;
    }
    bool operator==(const ScenariosConfig &) const = default;
};

struct Config {
    LoggingConfig logging;
    std::vector<OperatorConfig> operators;      // data_types.operators
    std::vector<std::string> callTypes;         // data_types.call_types
    std::vector<std::string> callStatus;        // data_types.call_status
    std::vector<std::string> antennaTypes;      // data_types.antenna_types
    IntRange duration{10, 3600};                // ranges.duration (seconds)
    IntRange antennaId{1, 1000};                // ranges.antenna_id
    IntRange altitude{0, 100};                  // ranges.altitude (metres)
    DoubleRange latitude{49.5, 51.5};           // geography.latitude
    DoubleRange longitude{2.5, 6.5};            // geography.longitude
    GenerationConfig generation;
    DatabaseConfig database;
    RealismConfig realism;
    EventsConfig events;
    DefectsConfig defects;
    ScenariosConfig scenarios;

    // The seed's example (operators OP1..OP3 40/30/30, VOICE/SMS/DATA, SUCCESS/MISSED/FAILED, MACRO/MICRO/PICO):
    // what a file that omits data_types gets.
    static Config seedDefaults();

    bool operator==(const Config &) const = default;
};

} // namespace cdr
