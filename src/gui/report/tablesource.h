#pragma once

#include "report/cdrrowsource.h"

#include <QString>

namespace cdr::gui {

// The source a report reads: a run's (or the Database tab's) target and table...
RowSourceSpec targetSource(const TargetSpec &target, const ConnectionSettings &connection, const std::string &table,
                           int connectTimeoutS);
// ...or a file the user picked: CSV when it ends in .csv or .csv.gz, otherwise SQLite (its table `table`).
RowSourceSpec fileSource(const QString &path, const std::string &table);

} // namespace cdr::gui
