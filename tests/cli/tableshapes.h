#pragma once

#include "model/schema.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

// Tables made by someone else for the CDR columns: the shape (names, declared types, extra columns, order) a DBA
// might give them, and the SQL another program uses to fill a table of that shape from a CSV run.
struct ShapeColumn {
    QString name;
    QString definition; // "VARCHAR(20)", "INT PRIMARY KEY", "TEXT NOT NULL DEFAULT 'x'"
};
using TableShape = std::vector<ShapeColumn>;

// The 23 CDR columns in schema order, each declared as `types` says for its kind (the id's PRIMARY KEY included).
TableShape cdrShape(const std::map<cdr::ColumnKind, QString> &types);
// The seed's own table translated column for column: INT id, VARCHAR(20) texts, `timestamp` start_time, INT
// duration and altitudes, FLOAT coordinates.
TableShape seedShape(const QString &timestamp);

void setDefinition(TableShape &shape, const QString &column, const QString &definition);
void removeColumn(TableShape &shape, const QString &column);

QString createTableSql(const QString &table, const TableShape &shape);
// The CDR columns the shape has, comma-separated, in schema order.
QString cdrColumnsIn(const TableShape &shape);
