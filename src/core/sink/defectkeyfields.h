#pragma once

#include "defects/defectkeyrow.h"

#include <array>
#include <string>

namespace cdr {

// A key row's seven cells as text in the order of defectkeytable::kColumns; an empty text stands for NULL (no
// column name, value or original id), as the file targets write an empty cell.
std::array<std::string, 7> defectKeyFields(const DefectKeyRow &row);

} // namespace cdr
