#include "defectkindform.h"

#include "defecttexts.h"
#include "model/schema.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>

#include <algorithm>
#include <string>
#include <vector>

namespace cdr::gui {

namespace {

constexpr int kNameRole = Qt::UserRole;

QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

// Checkable names laid out in rows that wrap, as tall as its rows at the width it is given (no scroll bar).
class WrappingCheckList : public QListWidget {
public:
    explicit WrappingCheckList(QWidget *parent) : QListWidget(parent)
    {
        setFlow(QListView::LeftToRight);
        setWrapping(true);
        setResizeMode(QListView::Adjust);
        setSpacing(2);
        setSelectionMode(QAbstractItemView::NoSelection);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setFixedHeight(fontMetrics().height() + 2 * frameWidth() + 12);
    }

protected:
    void updateGeometries() override
    {
        QListWidget::updateGeometries();
        if (count() == 0)
            return;
        const QRect last = visualRect(indexFromItem(item(count() - 1)));
        const int needed = last.bottom() + verticalOffset() + spacing() + 2 * frameWidth() + 2;
        if (last.isValid() && needed != height())
            setFixedHeight(needed);
    }
};

QListWidget *checkList(QWidget *parent)
{
    return new WrappingCheckList(parent);
}

void addItem(QListWidget *list, std::string_view name, const QString &text)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(kNameRole, fromView(name));
    item->setToolTip(fromView(name));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

// Ticks the items whose name is in names.
void check(QListWidget *list, const std::vector<std::string> &names)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        const std::string name = item->data(kNameRole).toString().toStdString();
        item->setCheckState(std::find(names.begin(), names.end(), name) != names.end() ? Qt::Checked : Qt::Unchecked);
    }
}

std::vector<std::string> checked(const QListWidget *list)
{
    std::vector<std::string> names;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            names.push_back(list->item(i)->data(kNameRole).toString().toStdString());
    return names;
}

std::vector<std::string> defaultColumns()
{
    const std::span<const std::string_view> columns = defaultMissingColumns();
    return {columns.begin(), columns.end()};
}

QString kindTitle(DefectKind kind)
{
    switch (kind) {
    case DefectKind::Duplicate: return DefectKindForm::tr("&Duplicates (duplicates)");
    case DefectKind::MissingField: return DefectKindForm::tr("&Missing fields (missing_fields)");
    case DefectKind::Orphan: return DefectKindForm::tr("&Orphans (orphans)");
    case DefectKind::TimestampFault: return DefectKindForm::tr("&Timestamp faults (timestamp_faults)");
    case DefectKind::CorruptValue: return DefectKindForm::tr("&Corrupt values (corrupt_values)");
    }
    return {};
}

} // namespace

DefectKindForm::DefectKindForm(DefectKind kind, QWidget *parent)
    : QGroupBox(kindTitle(kind), parent), m_kind(kind), m_rate(new QDoubleSpinBox(this)), m_percentage(new QLabel(this)),
      m_variants(checkList(this))
{
    setObjectName(QStringLiteral("defect_") + fromView(defectKindKey(kind)));
    setToolTip(DefectTexts::summary(kind));
    auto *form = new QFormLayout(this);

    m_rate->setRange(0, 1);
    m_rate->setDecimals(5);
    m_rate->setSingleStep(0.001);
    m_rate->setToolTip(tr("The share of the records that take this defect: 0.01 is one record in a hundred."));
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_percentage, 1);
    form->addRow(tr("Rate (0 to 1):"), rateRow);

    for (std::string_view variant : defectVariants(kind))
        addItem(m_variants, variant, DefectTexts::variant(variant));
    form->addRow(tr("Variants:"), m_variants);

    if (kind == DefectKind::MissingField) {
        m_columns = checkList(this);
        for (const Column &column : kCdrColumns)
            if (column.kind != ColumnKind::Id) // the answer key names the record by its id: never blanked
                addItem(m_columns, column.name, fromView(column.name));
        m_columns->setToolTip(tr("The default columns are every column but id and the receiving side, which are "
                                 "empty in a clean record whenever the callee is off-net."));
        form->addRow(tr("Columns:"), m_columns);
        connect(m_columns, &QListWidget::itemChanged, this, &DefectKindForm::edited);
    }

    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this] {
        showPercentage();
        emit edited();
    });
    connect(m_variants, &QListWidget::itemChanged, this, &DefectKindForm::edited);
    showPercentage();
}

void DefectKindForm::load(const DefectKindConfig &config)
{
    const QSignalBlocker rate(m_rate);
    const QSignalBlocker variants(m_variants);
    m_rate->setValue(config.rate);
    showPercentage();
    check(m_variants, config.variants);
    if (m_columns) {
        const QSignalBlocker columns(m_columns);
        check(m_columns, config.columns.empty() ? defaultColumns() : config.columns);
    }
}

void DefectKindForm::setRate(double rate)
{
    m_rate->setValue(rate);
}

DefectKindConfig DefectKindForm::value() const
{
    DefectKindConfig config;
    config.rate = m_rate->value();
    config.variants = checked(m_variants);
    if (m_columns) {
        config.columns = checked(m_columns);
        if (config.columns == defaultColumns())
            config.columns.clear(); // the catalogue's default, written as config.yml writes it: no columns: key
    }
    return config;
}

void DefectKindForm::showPercentage()
{
    m_percentage->setText(tr("= %1 % of the records").arg(QLocale().toString(m_rate->value() * 100, 'g', 6)));
}

} // namespace cdr::gui
