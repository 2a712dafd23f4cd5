#include "defecttexts.h"

namespace cdr::gui {

QString DefectTexts::kind(DefectKind kind)
{
    switch (kind) {
    case DefectKind::Duplicate: return tr("Duplicates");
    case DefectKind::MissingField: return tr("Missing fields");
    case DefectKind::Orphan: return tr("Orphans");
    case DefectKind::TimestampFault: return tr("Timestamp faults");
    case DefectKind::CorruptValue: return tr("Corrupt values");
    }
    return {};
}

QString DefectTexts::summary(DefectKind kind)
{
    switch (kind) {
    case DefectKind::Duplicate: return tr("A record repeats an earlier one under a new id (near: its start one second apart).");
    case DefectKind::MissingField: return tr("One cell of the record is written empty (NULL in a database).");
    case DefectKind::Orphan:
        return tr("The record names a caller, handset or antenna that the world's tables do not have.");
    case DefectKind::TimestampFault:
        return tr("The start time is impossible: in the future, before the period, past midnight or in a DST "
                  "change.");
    case DefectKind::CorruptValue: return tr("A value breaks its format or range (IMEI, MSISDN, antenna, duration, "
                                             "coordinates).");
    }
    return {};
}

QString DefectTexts::variant(std::string_view name)
{
    if (name == "exact") return tr("exact copy");
    if (name == "near") return tr("near copy (start one second apart)");
    if (name == "null") return tr("empty cell");
    if (name == "caller") return tr("unknown caller");
    if (name == "imei") return tr("unknown handset (IMEI)");
    if (name == "antenna") return tr("unknown antenna");
    if (name == "future") return tr("in the future");
    if (name == "before_period") return tr("before the period");
    if (name == "past_midnight") return tr("call running past midnight");
    if (name == "dst_gap") return tr("in the spring DST gap");
    if (name == "dst_overlap") return tr("in the autumn DST overlap");
    if (name == "imei_check_digit") return tr("IMEI with a wrong check digit");
    if (name == "msisdn_length") return tr("MSISDN of the wrong length");
    if (name == "msisdn_block") return tr("MSISDN in an unassigned block");
    if (name == "antenna_out_of_range") return tr("antenna id out of range");
    if (name == "negative_duration") return tr("negative duration");
    if (name == "extreme_duration") return tr("extreme duration");
    if (name == "swapped_coordinates") return tr("latitude and longitude swapped");
    if (name == "outside_belgium") return tr("coordinates outside Belgium");
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString DefectTexts::mark(DefectKind kind, std::string_view variant)
{
    return tr("Damaged on purpose (answer key): %1, %2").arg(DefectTexts::kind(kind), DefectTexts::variant(variant));
}

} // namespace cdr::gui
