#include "typespanel.h"

#include "statusweightstable.h"
#include "ui_typespanel.h"
#include "weightedlisteditor.h"

namespace cdr::gui {

TypesPanel::TypesPanel(QWidget *parent) : SectionPanel(parent), m_ui(std::make_unique<Ui::TypesPanel>())
{
    m_ui->setupUi(this);
    setIssueLabel(m_ui->issueLabel);
    m_ui->statusEditor->setWeightColumnVisible(false);
    auto axesChanged = [this] {
        m_ui->statusWeightsTable->setAxes(m_ui->callTypesEditor->names(), m_ui->statusEditor->names());
        notifyEdited();
    };
    connect(m_ui->callTypesEditor, &WeightedListEditor::changed, this, axesChanged);
    connect(m_ui->statusEditor, &WeightedListEditor::changed, this, axesChanged);
    connect(m_ui->antennaTypesEditor, &WeightedListEditor::changed, this, &TypesPanel::notifyEdited);
    connect(m_ui->statusWeightsTable, &StatusWeightsTable::weightsEdited, this, &TypesPanel::notifyEdited);
}

TypesPanel::~TypesPanel() = default;

void TypesPanel::loadConfig(const Config &config)
{
    const LoadGuard guard(this);
    m_ui->callTypesEditor->setEntries(config.callTypes, config.realism.callTypeWeights);
    m_ui->statusEditor->setEntries(config.callStatus, {});
    m_ui->antennaTypesEditor->setEntries(config.antennaTypes, config.realism.antennaTypeWeights);
    m_ui->statusWeightsTable->setAxes(config.callTypes, config.callStatus);
    m_ui->statusWeightsTable->setWeights(config.realism.statusWeights);
}

void TypesPanel::applyTo(Config &config) const
{
    config.callTypes = m_ui->callTypesEditor->names();
    config.callStatus = m_ui->statusEditor->names();
    config.antennaTypes = m_ui->antennaTypesEditor->names();
    config.realism.callTypeWeights = m_ui->callTypesEditor->weights();
    config.realism.antennaTypeWeights = m_ui->antennaTypesEditor->weights();
    config.realism.statusWeights = m_ui->statusWeightsTable->weights();
}

QStringList TypesPanel::issuePrefixes() const
{
    return {QStringLiteral("data_types.call_types"), QStringLiteral("data_types.call_status"),
            QStringLiteral("data_types.antenna_types"), QStringLiteral("realism.call_type_weights"),
            QStringLiteral("realism.status_weights"), QStringLiteral("realism.antenna_type_weights")};
}

} // namespace cdr::gui
