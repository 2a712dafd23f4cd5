#include "defects/defectplan.h"

#include "model/schema.h"
#include "synth/randomstream.h"

#include <algorithm>

namespace cdr {

namespace {

std::uint8_t columnIndex(std::string_view name)
{
    for (std::size_t c = 0; c < kCdrColumnCount; ++c)
        if (kCdrColumns[c].name == name)
            return static_cast<std::uint8_t>(c);
    return 0; // validateConfig() refuses unknown columns before a run
}

} // namespace

DefectPlan::DefectPlan(const Config &config) : m_seed(config.generation.seed), m_enabled(config.defects.enabled())
{
    for (DefectKind kind : kDefectKinds) {
        const DefectKindConfig &k = defectKindConfig(config.defects, kind);
        const auto known = defectVariants(kind);
        Kind entry{kind, k.rate, {}};
        for (std::size_t v = 0; v < known.size(); ++v)
            if (k.variants.empty() || std::find(k.variants.begin(), k.variants.end(), known[v]) != k.variants.end())
                entry.variants.push_back(static_cast<std::uint8_t>(v));
        m_kinds.push_back(std::move(entry));
    }
    const DefectKindConfig &missing = config.defects.missingFields;
    if (missing.columns.empty())
        for (std::string_view name : defaultMissingColumns())
            m_missingColumns.push_back(columnIndex(name));
    for (const std::string &name : missing.columns)
        m_missingColumns.push_back(columnIndex(name));
}

std::optional<DefectDraw> DefectPlan::drawOwn(std::int64_t id) const
{
    RandomStream random(m_seed, StreamKind::Defects, static_cast<std::uint64_t>(id));
    double u = random.uniform();
    for (const Kind &k : m_kinds) {
        if (u >= k.rate) {
            u -= k.rate;
            continue;
        }
        if (k.variants.empty())
            return std::nullopt;
        DefectDraw draw;
        draw.kind = k.kind;
        draw.variant = k.variants[random.below(k.variants.size())];
        if (k.kind == DefectKind::MissingField)
            draw.column = m_missingColumns[random.below(m_missingColumns.size())];
        if (k.kind == DefectKind::Duplicate)
            draw.sourceId = static_cast<std::int64_t>(random.next() >> 1); // a seed for choosing the source
        return draw;
    }
    return std::nullopt;
}

std::optional<DefectDraw> DefectPlan::draw(std::int64_t id) const
{
    if (!m_enabled)
        return std::nullopt;
    std::optional<DefectDraw> draw = drawOwn(id);
    if (!draw || draw->kind != DefectKind::Duplicate)
        return draw;
    // The source is an earlier record that is itself clean, so a duplicate repeats exactly what the feed wrote;
    // the first record has no earlier one and stays clean.
    const std::int64_t reach = std::min(id - 1, kMaxDuplicateDistance);
    if (reach < 1)
        return std::nullopt;
    RandomStream random(m_seed, StreamKind::Defects, static_cast<std::uint64_t>(draw->sourceId));
    for (int attempt = 0; attempt < 8; ++attempt) {
        const std::int64_t source = id - 1 - static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(reach)));
        if (!drawOwn(source)) {
            draw->sourceId = source;
            return draw;
        }
    }
    return std::nullopt;
}

} // namespace cdr
