#pragma once

#include "config/defectcatalogue.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cdr {

// One row of the answer key <table>_defects: one damaged cell of one record (a swap of latitude and longitude is
// two rows), or for an exact duplicate one row naming the record it copies. Values are the CSV text of the cell;
// nullopt is NULL (an empty cell).
struct DefectKeyRow {
    std::int64_t id = 0;
    DefectKind kind = DefectKind::Duplicate;
    std::string_view variant;
    std::optional<std::string> columnName;
    std::optional<std::string> originalValue;
    std::optional<std::string> injectedValue;
    std::int64_t originalId = 0; // a duplicate's source; 0 (NULL) otherwise

    bool operator==(const DefectKeyRow &) const = default;
};

} // namespace cdr
