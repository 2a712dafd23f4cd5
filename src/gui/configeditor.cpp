#include "configeditor.h"

#include "config/configloader.h"
#include "operatorspanel.h"
#include "rangespanel.h"
#include "sectionpanel.h"
#include "ui_configeditor.h"

#include <QStyle>

namespace cdr::gui {

ConfigEditor::ConfigEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ConfigEditor>())
{
    m_ui->setupUi(this);
    m_ui->sectionList->setCurrentRow(0);
    m_ui->sectionList->setSpacing(fontMetrics().height() / 4);
    // Wide enough for the longest title plus a warning icon, no wider.
    m_ui->sectionList->setMaximumWidth(m_ui->sectionList->sizeHintForColumn(0) + 3 * fontMetrics().height());
    for (SectionPanel *panel : sections())
        connect(panel, &SectionPanel::edited, this, [this] {
            revalidate();
            emit configEdited();
        });
}

ConfigEditor::~ConfigEditor() = default;

std::vector<SectionPanel *> ConfigEditor::sections() const
{
    std::vector<SectionPanel *> all{m_ui->operatorsPanel, m_ui->typesPanel, m_ui->rangesPanel,
                                    m_ui->generationPanel, m_ui->realismPanel, m_ui->eventsPanel,
                                    m_ui->scenariosPanel, m_ui->defectsPanel};
    all.insert(all.end(), m_external.begin(), m_external.end());
    return all;
}

void ConfigEditor::addExternalSection(SectionPanel *panel)
{
    m_external.push_back(panel);
    panel->loadConfig(m_base);
    connect(panel, &SectionPanel::edited, this, [this] {
        revalidate();
        emit configEdited();
    });
}

OperatorsPanel *ConfigEditor::operatorsPanel() const
{
    return m_ui->operatorsPanel;
}

EventsPanel *ConfigEditor::eventsPanel() const
{
    return m_ui->eventsPanel;
}

ScenariosPanel *ConfigEditor::scenariosPanel() const
{
    return m_ui->scenariosPanel;
}

DefectsPanel *ConfigEditor::defectsPanel() const
{
    return m_ui->defectsPanel;
}

void ConfigEditor::showSection(int index)
{
    m_ui->sectionList->setCurrentRow(index);
}

void ConfigEditor::setBoundingBox(const DoubleRange &latitude, const DoubleRange &longitude)
{
    m_ui->rangesPanel->setBoundingBox(latitude, longitude);
}

void ConfigEditor::setConfig(const Config &config)
{
    m_base = config;
    for (SectionPanel *panel : sections())
        panel->loadConfig(config);
    revalidate();
    emit configEdited();
}

Config ConfigEditor::config() const
{
    Config result = m_base;
    for (const SectionPanel *panel : sections())
        panel->applyTo(result);
    return result;
}

bool ConfigEditor::hasErrors() const
{
    return cdr::hasErrors(m_issues);
}

bool ConfigEditor::canStart() const
{
    return m_canStart;
}

void ConfigEditor::revalidate()
{
    m_issues = validateConfig(config());
    const std::vector<SectionPanel *> panels = sections();
    std::vector<std::vector<ConfigIssue>> perPanel(panels.size());
    std::vector<ConfigIssue> unrouted;
    for (const ConfigIssue &issue : m_issues) {
        // The longest matching prefix wins: realism.status_weights belongs to the types page, not realism.
        int best = -1;
        qsizetype bestLength = -1;
        const QString key = QString::fromStdString(issue.keyPath);
        for (std::size_t i = 0; i < panels.size(); ++i)
            for (const QString &prefix : panels[i]->issuePrefixes())
                if (key.startsWith(prefix) && prefix.size() > bestLength) {
                    best = static_cast<int>(i);
                    bestLength = prefix.size();
                }
        if (best < 0)
            unrouted.push_back(issue);
        else
            perPanel[static_cast<std::size_t>(best)].push_back(issue);
    }
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (std::size_t i = 0; i < panels.size(); ++i) {
        panels[i]->showIssues(perPanel[i]);
        if (QListWidgetItem *item = m_ui->sectionList->item(static_cast<int>(i)))
            item->setIcon(perPanel[i].empty() ? QIcon() : warning);
    }

    const int errors = static_cast<int>(std::count_if(m_issues.begin(), m_issues.end(), [](const ConfigIssue &issue) {
        return issue.severity == ConfigIssue::Severity::Error;
    }));
    const bool sharesOk = OperatorsPanel::sharesComplete(m_ui->operatorsPanel->sharesTotal());
    QStringList summary;
    for (const ConfigIssue &issue : unrouted)
        summary << SectionPanel::issueText(issue);
    if (errors == 0 && sharesOk) {
        summary.prepend(tr("✓ The configuration is valid."));
        m_ui->summaryLabel->setStyleSheet(QStringLiteral("QLabel { color: #1b7f3b; }"));
    } else {
        summary.prepend(errors > 0 ? tr("%n problem(s) block the run; the marked sections explain them.", nullptr, errors)
                                   : tr("The market shares must add up to 100 % before a run can start."));
        m_ui->summaryLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    }
    m_ui->summaryLabel->setText(summary.join(QLatin1Char('\n')));

    const bool canStartNow = errors == 0 && sharesOk;
    if (canStartNow != m_canStart) {
        m_canStart = canStartNow;
        emit canStartChanged(m_canStart);
    }
}

} // namespace cdr::gui
