#include "sectionpanel.h"

#include <QLabel>

namespace cdr::gui {

QString SectionPanel::issueText(const ConfigIssue &issue)
{
    const QString where = QString::fromStdString(issue.keyPath);
    const QString what = QString::fromStdString(issue.message);
    const QString prefix = issue.severity == ConfigIssue::Severity::Error ? tr("Error") : tr("Warning");
    return where.isEmpty() ? QStringLiteral("%1: %2").arg(prefix, what)
                           : QStringLiteral("%1: %2: %3").arg(prefix, where, what);
}

void SectionPanel::setIssueLabel(QLabel *label)
{
    m_issueLabel = label;
    m_issueLabel->setWordWrap(true);
    m_issueLabel->setTextFormat(Qt::PlainText);
    m_issueLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_issueLabel->setVisible(false);
}

void SectionPanel::showIssues(const std::vector<ConfigIssue> &issues)
{
    if (!m_issueLabel)
        return;
    QStringList lines;
    for (const ConfigIssue &issue : issues)
        lines << issueText(issue);
    m_issueLabel->setText(lines.join(QLatin1Char('\n')));
    m_issueLabel->setVisible(!lines.isEmpty());
}

void SectionPanel::notifyEdited()
{
    if (m_loading == 0)
        emit edited();
}

} // namespace cdr::gui
