#include "operatorspanel.h"

#include "operatorsmodel.h"
#include "ui_operatorspanel.h"

#include <QHeaderView>

#include <cmath>

namespace cdr::gui {

OperatorsPanel::OperatorsPanel(QWidget *parent)
    : SectionPanel(parent), m_ui(std::make_unique<Ui::OperatorsPanel>()), m_model(new OperatorsModel(this))
{
    m_ui->setupUi(this);
    setIssueLabel(m_ui->issueLabel);
    m_ui->operatorsTable->setModel(m_model);
    m_ui->operatorsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->operatorsTable->verticalHeader()->setVisible(false);
    m_ui->operatorsTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        m_model->appendOperator();
        m_ui->operatorsTable->setCurrentIndex(m_model->index(m_model->rowCount() - 1, OperatorsModel::Code));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            [this] { m_model->removeOperator(m_ui->operatorsTable->currentIndex().row()); });
    auto changed = [this] {
        updateTotal();
        notifyEdited();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    updateTotal();
}

OperatorsPanel::~OperatorsPanel() = default;

void OperatorsPanel::loadConfig(const Config &config)
{
    const LoadGuard guard(this);
    m_model->setOperators(config.operators);
    m_ui->operatorsTable->resizeColumnsToContents();
    updateTotal();
}

void OperatorsPanel::applyTo(Config &config) const
{
    config.operators = m_model->operators();
}

QStringList OperatorsPanel::issuePrefixes() const
{
    return {QStringLiteral("data_types.operators")};
}

double OperatorsPanel::sharesTotal() const
{
    return m_model->sharesTotal();
}

bool OperatorsPanel::sharesComplete(double total)
{
    // Shares are typed with two decimals; anything closer than that to 100 is 100.
    return std::abs(total - 100.0) < 0.005;
}

void OperatorsPanel::updateTotal()
{
    const double total = sharesTotal();
    const bool complete = sharesComplete(total);
    const QString number = QLocale().toString(total, 'f', total == std::round(total) ? 0 : 2);
    m_ui->sharesTotalLabel->setText(complete ? tr("Shares total: %1 % ✓").arg(number)
                                             : tr("Shares total: %1 % — must be 100 %").arg(number));
    m_ui->sharesTotalLabel->setStyleSheet(complete ? QStringLiteral("QLabel { color: #1b7f3b; font-weight: bold; }")
                                                   : QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_ui->sharesTotalLabel->setProperty("complete", complete);
    m_ui->removeButton->setEnabled(m_model->rowCount() > 0);
    emit sharesTotalChanged(total);
}

} // namespace cdr::gui
