#include "qtlogsink.h"

namespace cdr::gui {

QtLogSink::QtLogSink() : m_emitter(std::make_unique<LogEmitter>()) {}

void QtLogSink::sink_it_(const spdlog::details::log_msg &msg)
{
    spdlog::memory_buf_t formatted;
    formatter_->format(msg, formatted);
    QString text = QString::fromUtf8(formatted.data(), static_cast<qsizetype>(formatted.size()));
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    emit m_emitter->message(static_cast<int>(msg.level), text);
}

} // namespace cdr::gui
