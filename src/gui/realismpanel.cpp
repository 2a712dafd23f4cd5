#include "realismpanel.h"

#include "formwiring.h"
#include "ui_realismpanel.h"

namespace cdr::gui {

RealismPanel::RealismPanel(QWidget *parent) : SectionPanel(parent), m_ui(std::make_unique<Ui::RealismPanel>())
{
    m_ui->setupUi(this);
    // The items show translated words; the config keeps its keywords.
    m_ui->dataSessions->setItemData(0, QStringLiteral("empty"));
    m_ui->dataSessions->setItemData(1, QStringLiteral("filled"));
    setIssueLabel(m_ui->issueLabel);
    connectEdits(this, this, [this] { notifyEdited(); });
}

RealismPanel::~RealismPanel() = default;

void RealismPanel::loadConfig(const Config &config)
{
    const LoadGuard guard(this);
    const RealismConfig &r = config.realism;
    m_ui->voiceMedian->setValue(r.voiceMedianSeconds);
    m_ui->voiceSigma->setValue(r.voiceSigma);
    m_ui->dataMedian->setValue(r.dataMedianSeconds);
    m_ui->dataSigma->setValue(r.dataSigma);
    m_ui->contactCallShare->setValue(r.contactCallShare);
    m_ui->meanContacts->setValue(r.meanContacts);
    m_ui->awayFromHomeShare->setValue(r.awayFromHomeShare);
    m_ui->weekendActivity->setValue(r.weekendActivity);
    m_ui->imeiChangeShare->setValue(r.imeiChangeShare);
    m_ui->activitySkew->setValue(r.activitySkew);
    m_ui->dailyRecordsPerSubscriber->setValue(r.dailyRecordsPerSubscriber);
    m_ui->landlineCallShare->setValue(r.landlineCallShare);
    m_ui->foreignCallShare->setValue(r.foreignCallShare);
    m_ui->dataSessions->setCurrentIndex(m_ui->dataSessions->findData(QString::fromStdString(r.dataSessions)));
}

void RealismPanel::applyTo(Config &config) const
{
    RealismConfig &r = config.realism;
    r.voiceMedianSeconds = m_ui->voiceMedian->value();
    r.voiceSigma = m_ui->voiceSigma->value();
    r.dataMedianSeconds = m_ui->dataMedian->value();
    r.dataSigma = m_ui->dataSigma->value();
    r.contactCallShare = m_ui->contactCallShare->value();
    r.meanContacts = m_ui->meanContacts->value();
    r.awayFromHomeShare = m_ui->awayFromHomeShare->value();
    r.weekendActivity = m_ui->weekendActivity->value();
    r.imeiChangeShare = m_ui->imeiChangeShare->value();
    r.activitySkew = m_ui->activitySkew->value();
    r.dailyRecordsPerSubscriber = m_ui->dailyRecordsPerSubscriber->value();
    r.landlineCallShare = m_ui->landlineCallShare->value();
    r.foreignCallShare = m_ui->foreignCallShare->value();
    r.dataSessions = m_ui->dataSessions->currentData().toString().toStdString();
}

QStringList RealismPanel::issuePrefixes() const
{
    return {QStringLiteral("realism")};
}

} // namespace cdr::gui
