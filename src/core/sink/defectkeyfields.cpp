#include "sink/defectkeyfields.h"

namespace cdr {

std::array<std::string, 7> defectKeyFields(const DefectKeyRow &row)
{
    return {std::to_string(row.id),
            std::string(defectKindKey(row.kind)),
            std::string(row.variant),
            row.columnName.value_or(std::string()),
            row.originalValue.value_or(std::string()),
            row.injectedValue.value_or(std::string()),
            row.originalId ? std::to_string(row.originalId) : std::string()};
}

} // namespace cdr
