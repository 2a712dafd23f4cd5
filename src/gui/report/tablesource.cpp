#include "report/tablesource.h"

namespace cdr::gui {

RowSourceSpec targetSource(const TargetSpec &target, const ConnectionSettings &connection, const std::string &table,
                           int connectTimeoutS)
{
    RowSourceSpec source;
    source.target = target;
    source.table = table;
    source.connection = connection;
    source.connectTimeoutS = connectTimeoutS;
    return source;
}

RowSourceSpec fileSource(const QString &path, const std::string &table)
{
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
        || path.endsWith(QStringLiteral(".csv.gz"), Qt::CaseInsensitive);
    TargetSpec target;
    target.kind = csv ? TargetSpec::Kind::Csv : TargetSpec::Kind::Sqlite;
    target.path = path.toStdString();
    return targetSource(target, {}, table, 10);
}

} // namespace cdr::gui
