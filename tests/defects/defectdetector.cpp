#include "defectdetector.h"

#include "config/periodtime.h"
#include "defects/defectvalues.h"
#include "model/schema.h"
#include "synth/civiltime.h"

#include <QFile>

#include <algorithm>
#include <iterator>
#include <map>
#include <unordered_set>

namespace cdr::testdefects {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kCopyDistance = 1000; // a duplicate copies one of the 1000 records before it (docs/defects.md)

// Column indexes in the schema's order.
enum Col : std::size_t {
    Id = 0, Caller = 1, StartTime = 3, Duration = 4, ImeiCaller = 7, AntennaId = 10, Lat = 12, Lon = 13
};

bool luhnValid(const std::string &imei)
{
    const std::uint64_t value = std::stoull(imei);
    return static_cast<int>(value % 10) == defectvalues::luhnCheckDigit(value / 10);
}

std::string without(Row row, std::initializer_list<std::size_t> columns)
{
    std::string key;
    for (std::size_t c : columns)
        row[c].clear();
    for (const std::string &cell : row)
        key += cell + '\x1f';
    return key;
}

} // namespace

std::set<Found> detect(const std::vector<Row> &rows, const Config &config, const WorldModel &world)
{
    std::unordered_set<std::uint64_t> numbers, imeis;
    for (const Subscriber &s : world.subscribers()) {
        numbers.insert(s.number);
        imeis.insert(s.imei);
        if (s.secondImei)
            imeis.insert(s.secondImei);
    }
    std::unordered_set<std::int32_t> antennas;
    for (const Antenna &a : world.antennas())
        antennas.insert(a.id);
    const std::int64_t periodStart = *parsePeriodTime(config.generation.periodStart);
    const std::int64_t periodEnd = *parsePeriodTime(config.generation.periodEnd);
    const std::int64_t lastMidnight = (periodEnd / kDay + 1) * kDay;

    std::set<Found> found;
    std::map<std::string, std::int64_t> exact; // a duplicate's source: the id with these cells (without id)
    std::map<std::string, std::vector<std::size_t>> nearRows;
    std::map<std::int64_t, std::int64_t> nearSource; // a near copy's id -> the id it copies
    std::unordered_set<std::int64_t> damaged;         // ids found with a defect: no duplicate copies one
    const std::vector<std::size_t> none;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        const std::int64_t id = std::stoll(r[Id]);
        auto add = [&](const char *kind, const char *variant, std::string column = {}, std::int64_t source = 0) {
            found.insert({id, kind, variant, std::move(column), source});
            if (std::string_view(variant) != "dst_gap" && std::string_view(variant) != "past_midnight")
                damaged.insert(id); // (a clean record can show these two)
        };
        const auto [at, fresh] = exact.emplace(without(r, {Id}), id);
        // Two records damaged alike (e.g. a repeated call with the same cell blanked) are no copy of each other.
        const bool copies = !fresh && id - at->second <= kCopyDistance &&
                            (nearSource.count(at->second) || !damaged.count(at->second));
        if (!fresh && !copies)
            at->second = id; // alike records further back (clean repeated calls) are no source
        if (copies) {
            // Two near copies of one record with the same shift are equal: both are near copies of that record.
            if (const auto shifted = nearSource.find(at->second); shifted != nearSource.end())
                add("duplicates", "near", {}, shifted->second);
            else
                add("duplicates", "exact", {}, at->second);
            continue;
        }
        const std::string nearKey = without(r, {Id, StartTime});
        bool nearDuplicate = false;
        const std::optional<std::int64_t> startTime = parsePeriodTime(r[StartTime]); // none when blanked
        // A copy's source is at most kCopyDistance records back: the nearest candidate first (clean repeated calls
        // can be alike further back).
        const std::vector<std::size_t> &candidates = startTime ? nearRows[nearKey] : none;
        for (auto candidate = candidates.rbegin();
             candidate != candidates.rend() && id - std::stoll(rows[*candidate][Id]) <= kCopyDistance; ++candidate) {
            const std::size_t j = *candidate;
            if (damaged.count(std::stoll(rows[j][Id])))
                continue;
            const std::optional<std::int64_t> other = parsePeriodTime(rows[j][StartTime]);
            const std::int64_t delta = other ? *startTime - *other : 0;
            if (delta == 1 || delta == -1) {
                add("duplicates", "near", {}, std::stoll(rows[j][Id]));
                nearSource[id] = std::stoll(rows[j][Id]);
                nearDuplicate = true;
                break;
            }
        }
        nearRows[nearKey].push_back(i);
        if (nearDuplicate)
            continue;
        bool blank = false;
        for (std::size_t c = 1; c < r.size(); ++c)
            if (r[c].empty() && !kCdrColumns[c].nullable) {
                add("missing_fields", "null", std::string(kCdrColumns[c].name));
                blank = true;
            }
        if (blank)
            continue;
        const std::string &caller = r[Caller];
        const std::int64_t start = *parsePeriodTime(r[StartTime]);
        const std::int64_t duration = std::stoll(r[Duration]);
        const std::int32_t antenna = std::stoi(r[AntennaId].substr(3));
        const double lat = std::stod(r[Lat]), lon = std::stod(r[Lon]);
        const int year = CivilTime::civilFromDays(start / kDay).year;
        const std::int64_t gap = CivilTime::dstChange(year, true);
        if (caller.size() != 12)
            add("corrupt_values", "msisdn_length");
        else if (caller.starts_with("+3240"))
            add("corrupt_values", "msisdn_block");
        else if (!numbers.count(std::stoull(caller.substr(1))))
            add("orphans", "caller");
        else if (!luhnValid(r[ImeiCaller]))
            add("corrupt_values", "imei_check_digit");
        else if (!imeis.count(std::stoull(r[ImeiCaller])))
            add("orphans", "imei");
        else if (antenna < 1 || antenna < config.antennaId.min)
            add("corrupt_values", "antenna_out_of_range");
        else if (!antennas.count(antenna))
            add("orphans", "antenna");
        else if (duration < 0)
            add("corrupt_values", "negative_duration");
        else if (duration >= defectvalues::kExtremeDuration)
            add("corrupt_values", "extreme_duration");
        else if (lat < config.latitude.min && lon >= config.latitude.min)
            add("corrupt_values", "swapped_coordinates");
        else if (lat < config.latitude.min)
            add("corrupt_values", "outside_belgium");
        else if (start > periodEnd)
            add("timestamp_faults", "future");
        else if (start < periodStart)
            add("timestamp_faults", "before_period");
        else if (start + duration > lastMidnight)
            add("timestamp_faults", "past_midnight");
        else if (start >= gap && start < gap + 3600)
            add("timestamp_faults", "dst_gap");
    }
    return found;
}

namespace {

std::string describe(const Found &f)
{
    return std::to_string(f.id) + " " + f.kind + "/" + f.variant + " " + f.column + " <- " +
           std::to_string(f.originalId);
}

} // namespace

std::string disagreementWithKey(const std::vector<Row> &rows, const std::vector<std::vector<std::string>> &key,
                                const Config &config, const WorldModel &world, std::size_t maxLookalikes,
                                std::size_t *lookalikes)
{
    std::set<Found> keyed;
    std::set<std::int64_t> keyIds;
    std::string problems;
    for (const std::vector<std::string> &k : key) {
        if (k.size() != 7)
            return "a key row of " + std::to_string(k.size()) + " cells";
        const std::int64_t id = std::stoll(k[0]);
        keyIds.insert(id);
        if (id < 1 || id > std::int64_t(rows.size()))
            return "key row of id " + k[0] + ", which no record has";
        if (k[2] != "dst_overlap") {
            keyed.insert({id, k[1], k[2], k[1] == "missing_fields" ? k[3] : std::string(),
                          k[6].empty() ? 0 : std::stoll(k[6])});
            continue;
        }
        const std::optional<std::int64_t> start = parsePeriodTime(rows[std::size_t(id - 1)][StartTime]);
        const int year = start ? CivilTime::civilFromDays(*start / kDay).year : 0;
        const std::int64_t overlap = start ? CivilTime::dstChange(year, false) : 0;
        if (!start || *start < overlap || *start >= overlap + 3600)
            problems += "dst_overlap of id " + k[0] + " outside the hour that happens twice; ";
    }
    const std::set<Found> detected = detect(rows, config, world);
    std::vector<Found> missed, extra;
    std::set_difference(keyed.begin(), keyed.end(), detected.begin(), detected.end(), std::back_inserter(missed));
    std::set_difference(detected.begin(), detected.end(), keyed.begin(), keyed.end(), std::back_inserter(extra));
    for (std::size_t i = 0; i < std::min<std::size_t>(missed.size(), 5); ++i)
        problems += "in the key, not found: " + describe(missed[i]) + "; ";
    // What a clean record can show too: a pair a second apart (or, rarer, equal) that looks like a copy, a session
    // running past the period's last midnight. Allowed on records the key does not name. (A clean start never falls
    // in the spring gap hour: the engine's clock skips it.)
    std::size_t pairs = 0;
    for (const Found &f : extra) {
        const bool copyLike = f.kind == "duplicates" && !keyIds.count(f.originalId);
        if (!keyIds.count(f.id) && (copyLike || f.variant == "past_midnight"))
            ++pairs;
        else if (problems.size() < 1000)
            problems += "found, not in the key: " + describe(f) + "; ";
    }
    if (lookalikes)
        *lookalikes = pairs;
    if (pairs > maxLookalikes)
        problems += std::to_string(pairs) + " clean records look damaged (at most " +
                    std::to_string(maxLookalikes) + " allowed)";
    return problems;
}

std::vector<std::vector<std::string>> readCsv(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    std::vector<std::vector<std::string>> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        std::vector<std::string> cells(1);
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (c == '"') {
                if (quoted && i + 1 < line.size() && line[i + 1] == '"')
                    cells.back() += line[++i];
                else
                    quoted = !quoted;
            } else if (!quoted && c == ',') {
                cells.emplace_back();
            } else if (quoted || (c != '\n' && c != '\r')) {
                cells.back() += c;
            }
        }
        lines.push_back(std::move(cells));
    }
    return lines;
}

} // namespace cdr::testdefects
