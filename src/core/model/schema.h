#pragma once

#include <array>
#include <string>
#include <string_view>

namespace cdr {

// The 23-column CDR table of the original spec, defined once: names, order, kinds. Every writer (CSV header,
// SQL DDL per dialect, binders) derives from this list.
enum class ColumnKind { Id, Text, Timestamp, Integer, Real };

struct Column {
    std::string_view name;
    ColumnKind kind;
    int textLength; // VARCHAR length for Text columns, 0 otherwise
    // A receiving-side column: empty in the CSV text (and NULL in a database) when the callee is not a subscriber
    // of the generated world (off-net) or there is no callee (data session), see CdrRecord::receiver.
    bool nullable = false;
};

inline constexpr std::array<Column, 23> kCdrColumns{{
    {"id", ColumnKind::Id, 0},
    {"caller", ColumnKind::Text, 20},
    {"callee", ColumnKind::Text, 20, true},
    {"start_time", ColumnKind::Timestamp, 0},
    {"duration", ColumnKind::Integer, 0},
    {"type", ColumnKind::Text, 20},
    {"status", ColumnKind::Text, 20},
    {"imei_caller", ColumnKind::Text, 20},
    {"imei_receiver", ColumnKind::Text, 20, true},
    {"operator_code_emission", ColumnKind::Text, 20},
    {"antenna_id_emission", ColumnKind::Text, 20},
    {"antenna_type_emission", ColumnKind::Text, 20},
    {"antenna_lat_emission", ColumnKind::Real, 0},
    {"antenna_lon_emission", ColumnKind::Real, 0},
    {"antenna_altitude_emission", ColumnKind::Integer, 0},
    {"antenna_id_reception", ColumnKind::Text, 20, true},
    {"antenna_type_reception", ColumnKind::Text, 20, true},
    {"antenna_lat_reception", ColumnKind::Real, 0, true},
    {"antenna_lon_reception", ColumnKind::Real, 0, true},
    {"antenna_altitude_reception", ColumnKind::Integer, 0, true},
    {"operator_code_reception", ColumnKind::Text, 20, true},
    {"caller_lat_home", ColumnKind::Real, 0},
    {"caller_lon_home", ColumnKind::Real, 0},
}};

inline constexpr std::size_t kCdrColumnCount = kCdrColumns.size();

// The seed's three indexes: (index name, column).
struct IndexDef {
    std::string_view name;
    std::string_view column;
};
inline constexpr std::array<IndexDef, 3> kCdrIndexes{{
    {"idx_start_time", "start_time"},
    {"idx_caller", "caller"},
    {"idx_operator_emission", "operator_code_emission"},
}};

// "id,caller,callee,...,caller_lon_home" (no trailing newline).
std::string csvHeader();

} // namespace cdr
