#include "fitfigures.h"

#include "model/schema.h"
#include "report/cdrrowsource.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"

#include <QDate>
#include <QFile>

#include <cmath>
#include <fstream>
#include <set>
#include <unordered_set>
#include <vector>

namespace {

struct LogMoments {
    double n = 0, sum = 0, squares = 0;
    void add(double seconds)
    {
        const double x = std::log(seconds);
        n += 1, sum += x, squares += x * x;
    }
    double mean() const { return sum / n; }
    double sd() const { return std::sqrt(squares / n - mean() * mean()); }
};

// A weekend day or the one Belgian holiday of January (the tests' period).
bool restDay(const QDate &day)
{
    return day.dayOfWeek() >= 6 || (day.month() == 1 && day.day() == 1);
}

} // namespace

FitFigures FitFigures::ofCsv(const QString &path)
{
    std::ifstream in(path.toStdString());
    std::string line;
    std::vector<std::string> fields;
    std::getline(in, line);
    cdr::CdrRowSource::splitCsv(line, fields);
    std::map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < fields.size(); ++i)
        at[fields[i]] = i;

    FitFigures f;
    std::map<std::string, std::int64_t> types;
    std::map<std::string, std::map<std::string, std::int64_t>> statuses;
    LogMoments voice, data;
    std::map<QDate, std::int64_t> perDay;
    std::map<QDate, std::array<double, 24>> perDayHour;
    std::unordered_set<std::string> subscribers;
    while (std::getline(in, line)) {
        cdr::CdrRowSource::splitCsv(line, fields);
        const std::string &type = fields[at["type"]], &status = fields[at["status"]];
        ++f.records, ++types[type], ++statuses[type][status];
        const double duration = std::stod(fields[at["duration"]]);
        if (status == "SUCCESS" && duration > 0)
            (type == "VOICE" ? voice : data).add(duration);
        const std::string &start = fields[at["start_time"]]; // YYYY-MM-DD HH:MM:SS
        const QDate day(std::stoi(start.substr(0, 4)), std::stoi(start.substr(5, 2)), std::stoi(start.substr(8, 2)));
        ++perDay[day];
        perDayHour[day][static_cast<std::size_t>(std::stoi(start.substr(11, 2)))] += 1;
        subscribers.insert(fields[at["caller"]]);
        if (!fields[at["antenna_id_reception"]].empty())
            subscribers.insert(fields[at["callee"]]);
    }
    for (const auto &[type, count] : types) {
        f.typeShare[type] = double(count) / double(f.records);
        for (const auto &[status, n] : statuses[type])
            f.statusShare[type][status] = double(n) / double(count);
    }
    f.voiceLogMean = voice.mean(), f.voiceLogSd = voice.sd(), f.dataLogMean = data.mean(), f.dataLogSd = data.sd();
    double rest = 0, work = 0, restDays = 0, workDays = 0;
    for (const auto &[day, count] : perDay) {
        const bool isRest = restDay(day);
        (isRest ? rest : work) += double(count);
        (isRest ? restDays : workDays) += 1;
    }
    f.restPerWorkDay = (rest / restDays) / (work / workDays);
    for (const auto &[day, hours] : perDayHour) {
        const bool isRest = restDay(day);
        for (std::size_t h = 0; h < 24; ++h)
            (isRest ? f.restHourShare : f.workingHourShare)[h] += hours[h] / (isRest ? rest : work);
    }
    f.subscribers = static_cast<std::int64_t>(subscribers.size());
    f.recordsPerSubscriberDay = double(f.records) / double(f.subscribers) / double(perDay.size());
    return f;
}

void writeRunCsv(const cdr::Config &config, const QString &path)
{
    const cdr::CdrEngine engine(config);
    const cdr::RecordFormatter formatter(config);
    std::ofstream out(path.toStdString());
    out << cdr::csvHeader() << '\n';
    std::vector<cdr::CdrRecord> batch;
    std::string text;
    for (std::int64_t first = 1; first <= config.generation.records; first += 10'000) {
        engine.generate(first, std::min<std::int64_t>(10'000, config.generation.records - first + 1), batch);
        text.clear();
        for (const cdr::CdrRecord &record : batch)
            formatter.appendCsvRow(text, record);
        out << text;
    }
}
