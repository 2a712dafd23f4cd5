#include "rangespanel.h"

#include "formwiring.h"
#include "synth/geography.h"
#include "ui_rangespanel.h"

namespace cdr::gui {

RangesPanel::RangesPanel(QWidget *parent) : SectionPanel(parent), m_ui(std::make_unique<Ui::RangesPanel>())
{
    m_ui->setupUi(this);
    setIssueLabel(m_ui->issueLabel);
    connectEdits(this, this, [this] { notifyEdited(); });
    connect(m_ui->fitBelgiumButton, &QPushButton::clicked, this, [this] {
        const Geography &geography = Geography::instance();
        m_ui->latitudeMin->setValue(geography.southWest().lat);
        m_ui->latitudeMax->setValue(geography.northEast().lat);
        m_ui->longitudeMin->setValue(geography.southWest().lon);
        m_ui->longitudeMax->setValue(geography.northEast().lon);
    });
}

RangesPanel::~RangesPanel() = default;

void RangesPanel::loadConfig(const Config &config)
{
    const LoadGuard guard(this);
    m_ui->durationMin->setValue(static_cast<int>(config.duration.min));
    m_ui->durationMax->setValue(static_cast<int>(config.duration.max));
    m_ui->antennaIdMin->setValue(static_cast<int>(config.antennaId.min));
    m_ui->antennaIdMax->setValue(static_cast<int>(config.antennaId.max));
    m_ui->altitudeMin->setValue(static_cast<int>(config.altitude.min));
    m_ui->altitudeMax->setValue(static_cast<int>(config.altitude.max));
    m_ui->latitudeMin->setValue(config.latitude.min);
    m_ui->latitudeMax->setValue(config.latitude.max);
    m_ui->longitudeMin->setValue(config.longitude.min);
    m_ui->longitudeMax->setValue(config.longitude.max);
}

void RangesPanel::applyTo(Config &config) const
{
    config.duration = {m_ui->durationMin->value(), m_ui->durationMax->value()};
    config.antennaId = {m_ui->antennaIdMin->value(), m_ui->antennaIdMax->value()};
    config.altitude = {m_ui->altitudeMin->value(), m_ui->altitudeMax->value()};
    config.latitude = {m_ui->latitudeMin->value(), m_ui->latitudeMax->value()};
    config.longitude = {m_ui->longitudeMin->value(), m_ui->longitudeMax->value()};
}

void RangesPanel::setBoundingBox(const DoubleRange &latitude, const DoubleRange &longitude)
{
    {
        const LoadGuard guard(this);
        m_ui->latitudeMin->setValue(latitude.min);
        m_ui->latitudeMax->setValue(latitude.max);
        m_ui->longitudeMin->setValue(longitude.min);
        m_ui->longitudeMax->setValue(longitude.max);
    }
    notifyEdited();
}

QStringList RangesPanel::issuePrefixes() const
{
    return {QStringLiteral("ranges"), QStringLiteral("geography")};
}

} // namespace cdr::gui
