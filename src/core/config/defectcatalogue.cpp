#include "config/defectcatalogue.h"

#include "model/schema.h"

#include <vector>

namespace cdr {

namespace {

constexpr std::array<std::string_view, 2> kDuplicateVariants{"exact", "near"};
constexpr std::array<std::string_view, 1> kMissingVariants{"null"};
constexpr std::array<std::string_view, 3> kOrphanVariants{"caller", "imei", "antenna"};
constexpr std::array<std::string_view, 5> kTimestampVariants{"future", "before_period", "past_midnight", "dst_gap",
                                                             "dst_overlap"};
constexpr std::array<std::string_view, 8> kCorruptVariants{
    "imei_check_digit",     "msisdn_length",     "msisdn_block",        "antenna_out_of_range",
    "negative_duration",    "extreme_duration",  "swapped_coordinates", "outside_belgium"};

std::vector<std::string_view> nonNullableColumns()
{
    std::vector<std::string_view> names;
    for (const Column &column : kCdrColumns)
        if (!column.nullable && column.kind != ColumnKind::Id)
            names.push_back(column.name);
    return names;
}

} // namespace

std::string_view defectKindKey(DefectKind kind)
{
    switch (kind) {
    case DefectKind::Duplicate: return "duplicates";
    case DefectKind::MissingField: return "missing_fields";
    case DefectKind::Orphan: return "orphans";
    case DefectKind::TimestampFault: return "timestamp_faults";
    case DefectKind::CorruptValue: return "corrupt_values";
    }
    return {};
}

std::span<const std::string_view> defectVariants(DefectKind kind)
{
    switch (kind) {
    case DefectKind::Duplicate: return kDuplicateVariants;
    case DefectKind::MissingField: return kMissingVariants;
    case DefectKind::Orphan: return kOrphanVariants;
    case DefectKind::TimestampFault: return kTimestampVariants;
    case DefectKind::CorruptValue: return kCorruptVariants;
    }
    return {};
}

const DefectKindConfig &defectKindConfig(const DefectsConfig &defects, DefectKind kind)
{
    return defectKindConfig(const_cast<DefectsConfig &>(defects), kind);
}

DefectKindConfig &defectKindConfig(DefectsConfig &defects, DefectKind kind)
{
    switch (kind) {
    case DefectKind::Duplicate: return defects.duplicates;
    case DefectKind::MissingField: return defects.missingFields;
    case DefectKind::Orphan: return defects.orphans;
    case DefectKind::TimestampFault: return defects.timestampFaults;
    case DefectKind::CorruptValue: break;
    }
    return defects.corruptValues;
}

std::span<const std::string_view> defaultMissingColumns()
{
    static const std::vector<std::string_view> columns = nonNullableColumns();
    return columns;
}

} // namespace cdr
