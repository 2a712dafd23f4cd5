#pragma once

#include <QStringList>
#include <QWidget>

#include <deque>
#include <memory>

namespace Ui {
class LogPane;
}

namespace cdr::gui {

// The run's log lines (from QtLogSink) with a level filter, autoscroll, copy and clear.
class LogPane : public QWidget {
    Q_OBJECT
public:
    explicit LogPane(QWidget *parent = nullptr);
    ~LogPane() override;

    int minimumLevel() const; // spdlog::level::level_enum value
    void setMinimumLevel(int level);
    QStringList shownLines() const;

public slots:
    void append(int level, const QString &text);
    void copy() const;
    void clear();

private:
    void rebuild();
    void show(int level, const QString &text);

    struct Line {
        int level;
        QString text;
    };
    std::unique_ptr<Ui::LogPane> m_ui;
    std::deque<Line> m_lines; // the last kMaxLines, whatever the filter, so widening it shows them again
};

} // namespace cdr::gui
