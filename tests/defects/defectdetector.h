#pragma once

#include "config/config.h"
#include "synth/worldmodel.h"

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

// Finds the defects of a run from its records alone (and its world), the way a pipeline under test would, so the
// answer key can be checked against what the data shows.
namespace cdr::testdefects {

using Row = std::array<std::string, 23>;

struct Found {
    std::int64_t id = 0;
    std::string kind;
    std::string variant;
    std::string column;       // missing_fields only
    std::int64_t originalId = 0; // duplicates only
    auto operator<=>(const Found &) const = default;
};

// Every defect the rows show, except dst_overlap: a clean record may fall in the hour that happens twice, so that
// variant is not told apart from the records (the test checks its rows against the key instead).
std::set<Found> detect(const std::vector<Row> &rows, const Config &config, const WorldModel &world);

// "" when detect() finds in `rows` exactly the defects of the answer key `key` (each row its 7 cells, id to
// original_id, NULL as empty), else the first disagreements. Rows are the records in id order from id 1. What the
// records cannot show is checked against the key instead: a dst_overlap record lies in the hour that happens
// twice. What a clean record can show too (a pair a second apart or equal that looks like a copy, a start in the
// spring gap hour, a session past the last midnight) is allowed on records the key does not name, up to
// maxLookalikes times (*lookalikes: how many were found).
std::string disagreementWithKey(const std::vector<Row> &rows, const std::vector<std::vector<std::string>> &key,
                                const Config &config, const WorldModel &world, std::size_t maxLookalikes,
                                std::size_t *lookalikes);

// RFC 4180 lines of a small file, unquoted (no field spans lines in the files checked here).
std::vector<std::vector<std::string>> readCsv(const std::string &path);

} // namespace cdr::testdefects
