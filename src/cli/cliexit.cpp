#include "cliexit.h"

#include "config/configwriter.h"
#include "logging/redactingsink.h"

#include <iostream>

namespace cdr::cli {

void printError(const std::string &message)
{
    std::cerr << "cdrgen-cli: " << RedactingSink::redact(message) << '\n';
}

int exportConfig(const Config &config, const std::string &path)
{
    if (path == "-") {
        std::cout << configToYaml(config);
        return Done;
    }
    std::string error;
    if (!saveConfigFile(config, path, &error)) {
        printError("--export-config: " + error);
        return RunFailed;
    }
    std::cerr << "cdrgen-cli: wrote the effective config to " << path << '\n';
    return Done;
}

} // namespace cdr::cli
