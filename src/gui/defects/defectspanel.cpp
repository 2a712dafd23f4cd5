#include "defectspanel.h"

#include "config/configloader.h"
#include "defectkindform.h"
#include "ui_defectspanel.h"


#include <algorithm>
#include <stdexcept>
#include <string>

namespace cdr::gui {

DefectsPanel::DefectsPanel(QWidget *parent) : SectionPanel(parent), m_ui(std::make_unique<Ui::DefectsPanel>())
{
    m_ui->setupUi(this);
    setIssueLabel(m_ui->issueLabel);
    for (DefectKind kind : kDefectKinds) {
        auto *form = new DefectKindForm(kind, m_ui->kindsWidget);
        m_ui->kindsLayout->addWidget(form);
        m_forms[static_cast<std::size_t>(kind)] = form;
        connect(form, &DefectKindForm::edited, this, &DefectsPanel::notifyEdited);
    }
    m_ui->kindsLayout->addStretch(1);
    connect(m_ui->presetButton, &QPushButton::clicked, this, &DefectsPanel::applyDirtyDataPreset);
    connect(m_ui->allOffButton, &QPushButton::clicked, this, &DefectsPanel::switchAllOff);
}

DefectsPanel::~DefectsPanel() = default;

QStringList DefectsPanel::issuePrefixes() const
{
    return {QStringLiteral("defects")};
}

void DefectsPanel::loadConfig(const Config &config)
{
    const LoadGuard guard(this);
    loadDefects(config.defects);
}

void DefectsPanel::loadDefects(const DefectsConfig &defects)
{
    for (DefectKind kind : kDefectKinds)
        form(kind)->load(defectKindConfig(defects, kind));
}

void DefectsPanel::applyTo(Config &config) const
{
    for (DefectKind kind : kDefectKinds)
        defectKindConfig(config.defects, kind) = form(kind)->value();
}

void DefectsPanel::showIssues(const std::vector<ConfigIssue> &issues)
{
    SectionPanel::showIssues(issues);
    for (DefectKind kind : kDefectKinds) {
        const std::string prefix = "defects." + std::string(defectKindKey(kind));
        const bool marked = std::any_of(issues.begin(), issues.end(), [&prefix](const ConfigIssue &issue) {
            return issue.keyPath == prefix || issue.keyPath.rfind(prefix + ".", 0) == 0;
        });
        // A kind with a problem of its own, or every kind when their sum is the problem.
        const bool sum = std::any_of(issues.begin(), issues.end(),
                                     [](const ConfigIssue &issue) { return issue.keyPath == "defects"; });
        form(kind)->setStyleSheet(marked || (sum && form(kind)->value().rate > 0)
                                      ? QStringLiteral("QGroupBox::title { color: #b00020; }")
                                      : QString());
    }
}

DefectsConfig DefectsPanel::dirtyDataPreset()
{
    const ConfigLoadResult preset = loadConfigFile(":/config/presets/dirty-data.yml");
    if (!preset.ok())
        throw std::logic_error("the built-in dirty-data preset does not load");
    return preset.config.defects;
}

void DefectsPanel::applyDirtyDataPreset()
{
    {
        const LoadGuard guard(this);
        loadDefects(dirtyDataPreset());
    }
    notifyEdited();
}

void DefectsPanel::switchAllOff()
{
    {
        const LoadGuard guard(this);
        for (DefectKind kind : kDefectKinds)
            form(kind)->setRate(0);
    }
    notifyEdited();
}

} // namespace cdr::gui
