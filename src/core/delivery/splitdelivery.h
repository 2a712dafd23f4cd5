#pragma once

#include "config/config.h"
#include "sink/recordsink.h"
#include "split/splitperiod.h"

#include <memory>
#include <string>

namespace cdr {

// --split for the SQL Server files (docs/databases.md, "File drops"):
// - tsql: one script per slice ("out/cdr_20240624.sql.gz"), each with the table's DDL and the indexes, guarded, so the
//   files run in any order and any number of times; with world tables, "out/cdr_world_tables.sql" beside them;
// - bcp: one data file per slice in the folder ("DIR/cdr_20240624.dat"), the format file, the DDL scripts,
//   bulk_insert.sql, world_tables.sql and load.sh / load.cmd (which load every "cdr_*.dat") written once, at the end.
std::unique_ptr<RecordSink> makeSplitTsqlSink(const std::string &path, SplitPeriod period, const std::string &table,
                                              const Config &config);
std::unique_ptr<RecordSink> makeSplitBcpSink(const std::string &directory, SplitPeriod period,
                                             const std::string &table, const Config &config);

} // namespace cdr
