#pragma once

#include "config/config.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace cdr {

// The kinds of deliberate damage (defects: in config.yml, docs/defects.md), in the order a record's draw tries them.
enum class DefectKind : std::uint8_t { Duplicate, MissingField, Orphan, TimestampFault, CorruptValue };

inline constexpr std::array<DefectKind, 5> kDefectKinds{DefectKind::Duplicate, DefectKind::MissingField,
                                                        DefectKind::Orphan, DefectKind::TimestampFault,
                                                        DefectKind::CorruptValue};

// "duplicates", "missing_fields", ... : the key under defects: and the answer key's kind column.
std::string_view defectKindKey(DefectKind kind);
// Every variant of a kind, in the order of its index (a DefectDraw's variant).
std::span<const std::string_view> defectVariants(DefectKind kind);
const DefectKindConfig &defectKindConfig(const DefectsConfig &defects, DefectKind kind);
DefectKindConfig &defectKindConfig(DefectsConfig &defects, DefectKind kind);
// The columns missing_fields blanks when its columns: list is empty: every column but id and the receiving side
// (those are empty in a clean record whenever the callee is off-net, so a blank there would not be a defect).
std::span<const std::string_view> defaultMissingColumns();

} // namespace cdr
