#pragma once

#include <QObject>
#include <QString>

#include <spdlog/sinks/base_sink.h>

#include <memory>
#include <mutex>

namespace cdr::gui {

// Lives in the GUI thread; the sink emits from whatever thread logged, so receivers get queued calls.
class LogEmitter : public QObject {
    Q_OBJECT
signals:
    void message(int level, const QString &text);
};

// spdlog sink feeding the log pane. Formatting follows logging.format (set by setupLogging).
class QtLogSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    QtLogSink();
    LogEmitter *emitter() const { return m_emitter.get(); }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override {}

private:
    std::unique_ptr<LogEmitter> m_emitter;
};

} // namespace cdr::gui
