#pragma once

#include <spdlog/pattern_formatter.h>

#include <memory>
#include <string>

namespace cdr {

// spdlog flags that print a level the way Python's logging does ("WARNING", "CRITICAL"; 30, 50).
class PythonLevelNameFlag : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg &msg, const std::tm &, spdlog::memory_buf_t &dest) override;
    std::unique_ptr<custom_flag_formatter> clone() const override;
};

class PythonLevelNumberFlag : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg &msg, const std::tm &, spdlog::memory_buf_t &dest) override;
    std::unique_ptr<custom_flag_formatter> clone() const override;
};

const char *pythonLevelName(spdlog::level::level_enum level);

// A formatter for Python logging syntax with the flags above registered.
std::unique_ptr<spdlog::formatter> makePythonStyleFormatter(const std::string &pythonFormat);

} // namespace cdr
