#pragma once

#include "defects/defectkeyrow.h"
#include "model/cdrrecord.h"

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace cdr::gui {

// The answer key's rows laid over the previewed records: which cell of which row is damaged, by which kind and
// variant. Taken from DefectInjector::describe for the previewed ids, never guessed from the records. A key row
// without a column (an exact duplicate) marks its whole record.
class DefectMarks {
public:
    DefectMarks() = default;
    DefectMarks(const std::vector<CdrRecord> &records, std::vector<DefectKeyRow> keyRows);

    bool empty() const { return m_keyRows.empty(); }
    // The key row of a cell (row: index into the records, column: into kCdrColumns), or null for a clean cell.
    const DefectKeyRow *at(std::size_t row, int column) const;
    // How many records the key names.
    std::size_t damagedRecords() const;
    const std::vector<DefectKeyRow> &keyRows() const { return m_keyRows; }

private:
    static std::uint64_t cellKey(std::size_t row, int column);

    std::vector<DefectKeyRow> m_keyRows;
    std::unordered_map<std::uint64_t, std::size_t> m_cells;     // cellKey -> key row
    std::unordered_map<std::size_t, std::size_t> m_wholeRecords; // record row -> key row without a column
};

} // namespace cdr::gui
