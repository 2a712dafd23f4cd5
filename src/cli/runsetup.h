#pragma once

#include "clioptions.h"
#include "config/configissue.h"
#include "config/environment.h"
#include "run/runrequest.h"

#include <string>
#include <vector>

namespace cdr::cli {

// The command line resolved over config.yml and .env into a run request, with every problem found on the way.
struct ResolvedRun {
    RunRequest request;
    Environment environment;
    std::string envPath;               // the .env file read ("" = none)
    std::vector<ConfigIssue> issues;   // errors make the CLI exit 2 before touching anything
};

ResolvedRun resolveRun(const CliOptions &options);

} // namespace cdr::cli
