#include "generationpanel.h"

#include "formwiring.h"
#include "ui_generationpanel.h"
#include "wallclocktime.h"

#include <QRegularExpressionValidator>

#include <cmath>

namespace cdr::gui {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QDateTime parsePeriod(const std::string &text)
{
    const QString value = QString::fromStdString(text).trimmed();
    QDateTime dateTime = QDateTime::fromString(value, kDateFormat);
    if (!dateTime.isValid())
        dateTime = QDateTime(QDate::fromString(value, QStringLiteral("yyyy-MM-dd")), QTime(0, 0));
    useUtc(dateTime);
    return dateTime;
}

} // namespace

GenerationPanel::GenerationPanel(QWidget *parent)
    : SectionPanel(parent), m_ui(std::make_unique<Ui::GenerationPanel>())
{
    m_ui->setupUi(this);
    setIssueLabel(m_ui->issueLabel);
    m_ui->seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,20}")), this));
    m_ui->logLevel->addItems({QStringLiteral("DEBUG"), QStringLiteral("INFO"), QStringLiteral("WARNING"),
                              QStringLiteral("ERROR"), QStringLiteral("CRITICAL")});
    for (QDateTimeEdit *edit : {m_ui->periodStart, m_ui->periodEnd})
        useUtc(*edit);
    connectEdits(this, this, [this] { notifyEdited(); });
}

GenerationPanel::~GenerationPanel() = default;

void GenerationPanel::loadConfig(const Config &config)
{
    const LoadGuard guard(this);
    const GenerationConfig &g = config.generation;
    m_ui->records->setValue(static_cast<double>(g.records));
    m_ui->batchSize->setValue(static_cast<int>(std::min<std::int64_t>(g.batchSize, m_ui->batchSize->maximum())));
    m_ui->seed->setText(QString::number(g.seed));
    m_ui->periodStart->setDateTime(parsePeriod(g.periodStart));
    m_ui->periodEnd->setDateTime(parsePeriod(g.periodEnd));
    m_ui->threads->setValue(g.threads);
    m_ui->subscribers->setValue(static_cast<int>(std::min<std::int64_t>(g.subscribers, m_ui->subscribers->maximum())));
    const int level = m_ui->logLevel->findText(QString::fromStdString(config.logging.level).toUpper());
    m_ui->logLevel->setCurrentIndex(level >= 0 ? level : 1);
    m_ui->logFormat->setText(QString::fromStdString(config.logging.format));
    m_ui->logFile->setText(QString::fromStdString(config.logging.file));
}

void GenerationPanel::applyTo(Config &config) const
{
    GenerationConfig &g = config.generation;
    // A double spin box with 0 decimals: exact for whole numbers far beyond 10^12 (a QSpinBox stops at 2^31 - 1).
    // Its maximum is above the config's 10^12 so validateConfig() refuses bigger counts with the CLI's message.
    g.records = std::llround(m_ui->records->value());
    g.batchSize = m_ui->batchSize->value();
    g.seed = m_ui->seed->text().toULongLong();
    g.periodStart = m_ui->periodStart->dateTime().toString(kDateFormat).toStdString();
    g.periodEnd = m_ui->periodEnd->dateTime().toString(kDateFormat).toStdString();
    g.threads = m_ui->threads->value();
    g.subscribers = m_ui->subscribers->value();
    config.logging.level = m_ui->logLevel->currentText().toStdString();
    config.logging.format = m_ui->logFormat->text().toStdString();
    config.logging.file = m_ui->logFile->text().trimmed().toStdString();
}

QStringList GenerationPanel::issuePrefixes() const
{
    return {QStringLiteral("generation"), QStringLiteral("logging")};
}

} // namespace cdr::gui
