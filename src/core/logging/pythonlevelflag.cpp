#include "logging/pythonlevelflag.h"

#include <string_view>

namespace cdr {

namespace {

void appendPadded(std::string_view text, const spdlog::details::padding_info &padding, spdlog::memory_buf_t &dest)
{
    const std::size_t width = padding.enabled() ? padding.width_ : 0;
    const std::size_t fill = width > text.size() ? width - text.size() : 0;
    if (padding.side_ != spdlog::details::padding_info::pad_side::right)
        dest.append(text.data(), text.data() + text.size());
    for (std::size_t i = 0; i < fill; ++i)
        dest.push_back(' ');
    if (padding.side_ == spdlog::details::padding_info::pad_side::right)
        dest.append(text.data(), text.data() + text.size());
}

int pythonLevelNumber(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::trace: return 5;
    case spdlog::level::debug: return 10;
    case spdlog::level::info: return 20;
    case spdlog::level::warn: return 30;
    case spdlog::level::err: return 40;
    default: return 50;
    }
}

} // namespace

const char *pythonLevelName(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::trace: return "NOTSET";
    case spdlog::level::debug: return "DEBUG";
    case spdlog::level::info: return "INFO";
    case spdlog::level::warn: return "WARNING";
    case spdlog::level::err: return "ERROR";
    default: return "CRITICAL";
    }
}

void PythonLevelNameFlag::format(const spdlog::details::log_msg &msg, const std::tm &, spdlog::memory_buf_t &dest)
{
    appendPadded(pythonLevelName(msg.level), padinfo_, dest);
}

std::unique_ptr<spdlog::custom_flag_formatter> PythonLevelNameFlag::clone() const
{
    return std::make_unique<PythonLevelNameFlag>(*this);
}

void PythonLevelNumberFlag::format(const spdlog::details::log_msg &msg, const std::tm &, spdlog::memory_buf_t &dest)
{
    appendPadded(std::to_string(pythonLevelNumber(msg.level)), padinfo_, dest);
}

std::unique_ptr<spdlog::custom_flag_formatter> PythonLevelNumberFlag::clone() const
{
    return std::make_unique<PythonLevelNumberFlag>(*this);
}

} // namespace cdr
