#include "defects/defectinjector.h"

#include "config/periodtime.h"
#include "defects/defectvalues.h"
#include "model/schema.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"

#include <algorithm>
#include <array>
#include <string>

namespace cdr {

namespace {

using Change = bool (*)(CdrRecord &, RandomStream &, const DefectContext &);

// In the order of defectVariants(kind).
constexpr std::array<Change, 3> kOrphanChanges{defectvalues::orphanCaller, defectvalues::orphanImei,
                                               defectvalues::orphanAntenna};
constexpr std::array<Change, 5> kTimestampChanges{defectvalues::future, defectvalues::beforePeriod,
                                                  defectvalues::pastMidnight, defectvalues::dstGap,
                                                  defectvalues::dstOverlap};
constexpr std::array<Change, 8> kCorruptChanges{
    defectvalues::imeiCheckDigit,    defectvalues::msisdnLength,      defectvalues::msisdnBlock,
    defectvalues::antennaOutOfRange, defectvalues::negativeDuration,  defectvalues::extremeDuration,
    defectvalues::swappedCoordinates, defectvalues::outsideBelgium};

Change changeOf(DefectKind kind, std::uint8_t variant)
{
    switch (kind) {
    case DefectKind::Orphan: return kOrphanChanges[variant];
    case DefectKind::TimestampFault: return kTimestampChanges[variant];
    case DefectKind::CorruptValue: return kCorruptChanges[variant];
    default: return nullptr;
    }
}

// The 23 cells of a formatted row, unquoted; empty = NULL.
std::array<std::string, kCdrColumnCount> cells(const RecordFormatter &formatter, const CdrRecord &record)
{
    std::string row;
    formatter.appendCsvRow(row, record);
    std::array<std::string, kCdrColumnCount> out;
    std::size_t column = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < row.size() && column < kCdrColumnCount; ++i) {
        const char c = row[i];
        if (c == '"') {
            if (quoted && i + 1 < row.size() && row[i + 1] == '"')
                out[column] += row[++i];
            else
                quoted = !quoted;
        } else if (!quoted && (c == ',' || c == '\n')) {
            ++column;
        } else {
            out[column] += c;
        }
    }
    return out;
}

std::optional<std::string> cellValue(const std::string &text)
{
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

DefectContext contextOf(const CdrEngine &engine)
{
    const Config &config = engine.config();
    DefectContext context;
    context.periodStart = parsePeriodTime(config.generation.periodStart).value_or(0);
    context.periodEnd = parsePeriodTime(config.generation.periodEnd).value_or(0);
    context.antennaIdMin = config.antennaId.min;
    context.antennaIdMax = config.antennaId.max;
    context.latitudeMin = config.latitude.min;
    context.longitudeMin = config.longitude.min;
    context.longitudeMax = config.longitude.max;
    if (config.defects.orphans.rate <= 0)
        return context;
    for (const Subscriber &s : engine.world().subscribers()) {
        context.numbers.insert(s.number);
        context.imeis.insert(s.imei);
        if (s.secondImei)
            context.imeis.insert(s.secondImei);
    }
    std::vector<bool> used(static_cast<std::size_t>(config.antennaId.max - config.antennaId.min + 1), false);
    for (const Antenna &a : engine.world().antennas())
        if (a.id >= config.antennaId.min && a.id <= config.antennaId.max)
            used[static_cast<std::size_t>(a.id - config.antennaId.min)] = true;
    for (std::size_t i = 0; i < used.size(); ++i)
        if (!used[i])
            context.freeAntennaIds.push_back(config.antennaId.min + static_cast<std::int32_t>(i));
    return context;
}

} // namespace

struct DefectInjector::Impl {
    const CdrEngine &engine;
    DefectPlan plan;
    DefectContext context;
    RecordFormatter formatter;

    explicit Impl(const CdrEngine &e)
        : engine(e), plan(e.config()), context(plan.enabled() ? contextOf(e) : DefectContext{}), formatter(e.config())
    {
    }
};

DefectInjector::DefectInjector(const CdrEngine &engine) : m_impl(std::make_unique<Impl>(engine)) {}

DefectInjector::~DefectInjector() = default;

bool DefectInjector::enabled() const
{
    return m_impl->plan.enabled();
}

CdrRecord DefectInjector::cleanRecord(std::int64_t id) const
{
    thread_local std::vector<CdrRecord> one;
    m_impl->engine.generate(id, 1, one);
    return one.front();
}

std::uint8_t DefectInjector::apply(const DefectDraw &draw, CdrRecord &record) const
{
    // Value draws use the upper half of the counter space, apart from the plan's draws.
    RandomStream random(m_impl->engine.config().generation.seed, StreamKind::Defects,
                        static_cast<std::uint64_t>(record.id) | (std::uint64_t{1} << 63));
    switch (draw.kind) {
    case DefectKind::Duplicate: {
        const std::int64_t id = record.id;
        record = cleanRecord(draw.sourceId);
        record.id = id;
        return finishDuplicate(draw, record);
    }
    case DefectKind::MissingField:
        record.missingColumns |= std::uint32_t{1} << draw.column;
        return draw.variant;
    default:
        break;
    }
    // The drawn variant, or when it cannot apply to this record the next one config allows.
    const std::vector<std::uint8_t> &allowed = m_impl->plan.allowedVariants(draw.kind);
    const auto at = static_cast<std::size_t>(std::find(allowed.begin(), allowed.end(), draw.variant) - allowed.begin());
    for (std::size_t step = 0; step < allowed.size(); ++step) {
        const std::uint8_t variant = allowed[(at + step) % allowed.size()];
        CdrRecord changed = record;
        if (changeOf(draw.kind, variant)(changed, random, m_impl->context)) {
            record = changed;
            return variant;
        }
    }
    return draw.variant; // nothing applied: the record stays clean and the key has no row for it
}

std::uint8_t DefectInjector::finishDuplicate(const DefectDraw &draw, CdrRecord &copy) const
{
    if (defectVariants(draw.kind)[draw.variant] == "near")
        copy.startTime += copy.startTime + 1 > m_impl->context.periodEnd ? -1 : 1;
    return draw.variant;
}

void DefectInjector::damage(std::vector<CdrRecord> &batch) const
{
    for (CdrRecord &record : batch) {
        if (const std::optional<DefectDraw> draw = m_impl->plan.draw(record.id))
            apply(*draw, record);
    }
}

std::int64_t DefectInjector::generatedStartTime(const CdrRecord &written) const
{
    if (!m_impl->plan.draw(written.id))
        return written.startTime;
    return cleanRecord(written.id).startTime;
}

void DefectInjector::describe(std::int64_t firstId, std::int64_t lastId, std::vector<DefectKeyRow> &out) const
{
    for (std::int64_t id = firstId; id <= lastId; ++id) {
        const std::optional<DefectDraw> draw = m_impl->plan.draw(id);
        if (!draw)
            continue;
        // One generation per damaged record: the clean record (a duplicate's source), damaged again on a copy.
        const bool duplicate = draw->kind == DefectKind::Duplicate;
        CdrRecord original = cleanRecord(duplicate ? draw->sourceId : id);
        original.id = id;
        CdrRecord damaged = original;
        const std::uint8_t variant = duplicate ? finishDuplicate(*draw, damaged) : apply(*draw, damaged);
        DefectKeyRow row;
        row.id = id;
        row.kind = draw->kind;
        row.variant = defectVariants(draw->kind)[variant];
        if (draw->kind == DefectKind::Duplicate)
            row.originalId = draw->sourceId;
        const auto before = cells(m_impl->formatter, original);
        const auto after = cells(m_impl->formatter, damaged);
        bool changed = false;
        for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
            if (before[c] == after[c])
                continue;
            changed = true;
            row.columnName = std::string(kCdrColumns[c].name);
            row.originalValue = cellValue(before[c]);
            row.injectedValue = cellValue(after[c]);
            out.push_back(row);
        }
        if (!changed && draw->kind == DefectKind::Duplicate) // an exact copy: no cell differs from its source
            out.push_back(row);
    }
}

} // namespace cdr
