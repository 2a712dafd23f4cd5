#include "config/configrules.h"
#include "config/defectcatalogue.h"
#include "model/schema.h"

#include <algorithm>

namespace cdr {

namespace {

bool isCdrColumn(std::string_view name)
{
    return std::any_of(kCdrColumns.begin(), kCdrColumns.end(), [&](const Column &c) { return c.name == name; });
}

std::string joined(std::span<const std::string_view> names)
{
    std::string text;
    for (std::string_view name : names)
        text += (text.empty() ? "" : ", ") + std::string(name);
    return text;
}

} // namespace

void ConfigRules::checkDefects(const DefectsConfig &defects)
{
    double total = 0;
    for (DefectKind kind : kDefectKinds) {
        const DefectKindConfig &k = defectKindConfig(defects, kind);
        const std::string path = "defects." + std::string(defectKindKey(kind));
        checkBounds(path, k.rate, 0, 1); // written as a number or as rate:, the kind is the key to name
        total += k.rate;
        const std::span<const std::string_view> known = defectVariants(kind);
        for (std::size_t i = 0; i < k.variants.size(); ++i)
            if (std::find(known.begin(), known.end(), k.variants[i]) == known.end())
                error(path + ".variants[" + std::to_string(i) + "]",
                      "unknown variant \"" + k.variants[i] + "\"; known: " + joined(known));
        for (std::size_t i = 0; i < k.columns.size(); ++i) {
            const std::string itemPath = path + ".columns[" + std::to_string(i) + "]";
            if (k.columns[i] == "id")
                error(itemPath, "id cannot be blanked: the answer key names the damaged record by it");
            else if (!isCdrColumn(k.columns[i]))
                error(itemPath, "unknown column \"" + k.columns[i] + "\"; the columns are those of the CDR table");
        }
    }
    if (total > 1 + 1e-12)
        error("defects", "the rates add up to " + formatNumber(total) + "; a record takes at most one defect, so "
                             "their sum must be at most 1");
}

} // namespace cdr
