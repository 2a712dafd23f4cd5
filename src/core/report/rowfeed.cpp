#include "report/rowfeed.h"

#include <algorithm>

namespace cdr {

RowFeed::RowFeed(const RowSourceSpec &spec, const std::vector<std::string> &columns,
                 const CdrRowSource::Visitor &visit)
    : m_spec(spec), m_columns(columns), m_visit(visit)
{
}

bool RowFeed::start(const std::vector<std::string> &header, std::string *error)
{
    m_header = header;
    auto index = m_spec.columns.positions(header, m_columns, error);
    if (!index)
        return false;
    m_index = std::move(*index);
    return true;
}

std::string RowFeed::selectNeeded(const SqlDialect &dialect, const std::string &table)
{
    std::vector<std::string> selected;
    for (int &at : m_index) {
        if (at < 0)
            continue;
        const std::string &name = m_header[static_cast<std::size_t>(at)];
        auto found = std::find(selected.begin(), selected.end(), name);
        if (found == selected.end())
            found = selected.insert(selected.end(), name);
        at = static_cast<int>(found - selected.begin());
    }
    if (selected.empty())
        return {};
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < selected.size(); ++i)
        sql += (i ? ", " : "") + dialect.quoteIdentifier(selected[i]);
    sql += " FROM " + dialect.quoteTable(table);
    const std::string &id = m_spec.columns.theirName("id");
    if (std::find(selected.begin(), selected.end(), id) != selected.end())
        sql += " ORDER BY " + dialect.quoteIdentifier(id);
    return sql;
}

bool RowFeed::feed(const std::vector<std::string> &fields)
{
    ++m_rows;
    if (m_rows % kCancelCheckRows == 0 && m_spec.cancel && m_spec.cancel->load())
        return false;
    if (m_rows % CdrRowSource::kProgressRows == 0 && m_spec.progress)
        m_spec.progress(m_rows);
    m_visit(CdrRowSource::Row{&fields, &m_index});
    return true;
}

} // namespace cdr
