#include "logpane.h"

#include "ui_logpane.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>

#include <spdlog/common.h>

namespace cdr::gui {

namespace {
constexpr std::size_t kMaxLines = 20000;
}

LogPane::LogPane(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::LogPane>())
{
    m_ui->setupUi(this);
    m_ui->logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->levelFilter->addItem(tr("Debug and above"), int(spdlog::level::debug));
    m_ui->levelFilter->addItem(tr("Info and above"), int(spdlog::level::info));
    m_ui->levelFilter->addItem(tr("Warnings and errors"), int(spdlog::level::warn));
    m_ui->levelFilter->addItem(tr("Errors only"), int(spdlog::level::err));
    m_ui->levelFilter->setCurrentIndex(1);
    connect(m_ui->levelFilter, &QComboBox::currentIndexChanged, this, &LogPane::rebuild);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &LogPane::copy);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &LogPane::clear);
}

LogPane::~LogPane() = default;

int LogPane::minimumLevel() const
{
    return m_ui->levelFilter->currentData().toInt();
}

void LogPane::setMinimumLevel(int level)
{
    const int index = m_ui->levelFilter->findData(level);
    if (index >= 0)
        m_ui->levelFilter->setCurrentIndex(index);
}

void LogPane::append(int level, const QString &text)
{
    m_lines.push_back({level, text});
    if (m_lines.size() > kMaxLines)
        m_lines.pop_front();
    if (level >= minimumLevel())
        show(level, text);
}

void LogPane::show(int level, const QString &text)
{
    QScrollBar *bar = m_ui->logView->verticalScrollBar();
    const int kept = bar->value();
    QString html = text.toHtmlEscaped();
    if (level >= spdlog::level::err)
        html = QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(html);
    else if (level == spdlog::level::warn)
        html = QStringLiteral("<span style=\"color:#9a6700\">%1</span>").arg(html);
    m_ui->logView->appendHtml(html);
    if (m_ui->autoScroll->isChecked())
        bar->setValue(bar->maximum());
    else
        bar->setValue(kept);
}

void LogPane::rebuild()
{
    m_ui->logView->clear();
    for (const Line &line : m_lines)
        if (line.level >= minimumLevel())
            show(line.level, line.text);
}

QStringList LogPane::shownLines() const
{
    const QString text = m_ui->logView->toPlainText();
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

void LogPane::copy() const
{
    const QString selected = m_ui->logView->textCursor().selectedText();
    // QTextCursor uses U+2029 between paragraphs.
    QApplication::clipboard()->setText(selected.isEmpty() ? m_ui->logView->toPlainText()
                                                          : QString(selected).replace(QChar(0x2029), QLatin1Char('\n')));
}

void LogPane::clear()
{
    m_lines.clear();
    m_ui->logView->clear();
}

} // namespace cdr::gui
