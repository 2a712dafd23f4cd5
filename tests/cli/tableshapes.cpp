#include "tableshapes.h"

#include <algorithm>

namespace {

QString nameOf(const cdr::Column &column)
{
    return QString::fromLatin1(column.name.data(), qsizetype(column.name.size()));
}

} // namespace

TableShape cdrShape(const std::map<cdr::ColumnKind, QString> &types)
{
    TableShape shape;
    for (const cdr::Column &column : cdr::kCdrColumns)
        shape.push_back({nameOf(column), types.at(column.kind)});
    return shape;
}

TableShape seedShape(const QString &timestamp)
{
    return cdrShape({{cdr::ColumnKind::Id, "INT PRIMARY KEY"}, {cdr::ColumnKind::Text, "VARCHAR(20)"},
                     {cdr::ColumnKind::Timestamp, timestamp}, {cdr::ColumnKind::Integer, "INT"},
                     {cdr::ColumnKind::Real, "FLOAT"}});
}

void setDefinition(TableShape &shape, const QString &column, const QString &definition)
{
    for (ShapeColumn &c : shape)
        if (c.name == column)
            c.definition = definition;
}

void removeColumn(TableShape &shape, const QString &column)
{
    shape.erase(std::remove_if(shape.begin(), shape.end(), [&](const ShapeColumn &c) { return c.name == column; }),
                shape.end());
}

QString createTableSql(const QString &table, const TableShape &shape)
{
    QStringList columns;
    for (const ShapeColumn &c : shape)
        columns << c.name + " " + c.definition;
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table, columns.join(", "));
}

QString cdrColumnsIn(const TableShape &shape)
{
    QStringList names;
    for (const cdr::Column &column : cdr::kCdrColumns)
        if (std::any_of(shape.begin(), shape.end(), [&](const ShapeColumn &c) { return c.name == nameOf(column); }))
            names << nameOf(column);
    return names.join(", ");
}
