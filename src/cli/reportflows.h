#pragma once

#include "clioptions.h"

#include "config/config.h"
#include "report/cdrrowsource.h"
#include "run/runrequest.h"

#include <optional>
#include <string>

namespace cdr::cli {

// --fit-from: the config whose run reproduces the source's profile, over the resolved one, written like
// --export-config; what was fitted and what was kept is said on stderr.
int fitConfig(const Config &base, const RowSourceSpec &source, const std::string &path);

// A source named on the command line (--profile, --compare-with, --fit-from) with its --columns file, the run's
// table, DB_* settings and connect timeout; nullopt with the problem printed.
std::optional<RowSourceSpec> namedSource(const std::string &text, const std::string &columnsPath,
                                         const RunRequest &request);

// Profiles `source` (and --compare-with's source) and writes the report files asked for. Done, BadInput for a
// --compare-with that does not parse, or RunFailed with the reason printed.
int writeReports(const RowSourceSpec &source, const RunRequest &request, const CliOptions &options);

// --profile SOURCE [--columns FILE]: the source with the run's table, DB_* settings and connect timeout.
int profileSource(const CliOptions &options, const RunRequest &request);

// The source a run's rows are read back from for --report: its own target; nullopt for one that cannot be read
// back (standard output, a --split folder, a tsql: script, bcp: files).
std::optional<RowSourceSpec> readBackSource(const RunRequest &request);

} // namespace cdr::cli
