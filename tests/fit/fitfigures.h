#pragma once

#include "config/config.h"

#include <QString>

#include <array>
#include <cstdint>
#include <map>
#include <string>

// The figures a config fit must reproduce, computed here from a CSV file's rows on their own (QDate for the days,
// the one holiday of January 2024 spelled out), independently of src/core/fit.
struct FitFigures {
    std::int64_t records = 0;
    std::map<std::string, double> typeShare;                             // by type
    std::map<std::string, std::map<std::string, double>> statusShare;    // by type, then status
    double voiceLogMean = 0, voiceLogSd = 0, dataLogMean = 0, dataLogSd = 0; // answered, duration > 0
    double restPerWorkDay = 0;          // records per rest day over records per working day
    std::array<double, 24> workingHourShare{}; // each hour's share of the records of working days
    std::array<double, 24> restHourShare{};    // and of rest days
    double recordsPerSubscriberDay = 0; // over callers and callees seen on an antenna, and the days with records
    std::int64_t subscribers = 0;

    static FitFigures ofCsv(const QString &path);
};

// Writes the records 1..config.generation.records of `config` as a CSV file (the schema's header and rows).
void writeRunCsv(const cdr::Config &config, const QString &path);
