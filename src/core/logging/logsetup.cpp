#include "logging/logsetup.h"

#include "logging/pythonlevelflag.h"
#include "logging/redactingsink.h"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/spdlog.h>

namespace cdr {

std::string setupLogging(const LoggingConfig &config, std::vector<spdlog::sink_ptr> frontEndSinks)
{
    std::string error;
    if (!config.file.empty()) {
        try {
            frontEndSinks.push_back(std::make_shared<spdlog::sinks::basic_file_sink_mt>(config.file, false));
        } catch (const spdlog::spdlog_ex &e) {
            error = "logging.file: cannot open '" + config.file + "': " + e.what();
        }
    }
    auto redacting = std::make_shared<RedactingSink>();
    redacting->set_sinks(std::move(frontEndSinks));
    auto logger = std::make_shared<spdlog::logger>("cdrgen", redacting);
    logger->set_formatter(makePythonStyleFormatter(config.format));
    spdlog::level::level_enum level = spdlog::level::info;
    parseLogLevel(config.level, &level);
    logger->set_level(level);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    return error;
}

void registerSecret(const std::string &secret)
{
    RedactingSink::addSecret(secret);
}

} // namespace cdr
