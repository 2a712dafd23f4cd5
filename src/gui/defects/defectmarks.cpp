#include "defectmarks.h"

#include "model/schema.h"

#include <unordered_set>

namespace cdr::gui {

namespace {

int columnIndex(const std::string &name)
{
    for (std::size_t c = 0; c < kCdrColumnCount; ++c)
        if (kCdrColumns[c].name == name)
            return static_cast<int>(c);
    return -1;
}

} // namespace

DefectMarks::DefectMarks(const std::vector<CdrRecord> &records, std::vector<DefectKeyRow> keyRows)
    : m_keyRows(std::move(keyRows))
{
    std::unordered_map<std::int64_t, std::size_t> rowOfId;
    for (std::size_t row = 0; row < records.size(); ++row)
        rowOfId.emplace(records[row].id, row);
    for (std::size_t k = 0; k < m_keyRows.size(); ++k) {
        const auto found = rowOfId.find(m_keyRows[k].id);
        if (found == rowOfId.end())
            continue;
        if (!m_keyRows[k].columnName)
            m_wholeRecords.emplace(found->second, k);
        else if (const int column = columnIndex(*m_keyRows[k].columnName); column >= 0)
            m_cells.emplace(cellKey(found->second, column), k);
    }
}

std::uint64_t DefectMarks::cellKey(std::size_t row, int column)
{
    return (static_cast<std::uint64_t>(row) << 8) | static_cast<std::uint64_t>(column);
}

const DefectKeyRow *DefectMarks::at(std::size_t row, int column) const
{
    if (const auto cell = m_cells.find(cellKey(row, column)); cell != m_cells.end())
        return &m_keyRows[cell->second];
    if (const auto whole = m_wholeRecords.find(row); whole != m_wholeRecords.end())
        return &m_keyRows[whole->second];
    return nullptr;
}

std::size_t DefectMarks::damagedRecords() const
{
    std::unordered_set<std::int64_t> ids;
    for (const DefectKeyRow &row : m_keyRows)
        ids.insert(row.id);
    return ids.size();
}

} // namespace cdr::gui
