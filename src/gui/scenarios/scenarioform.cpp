#include "scenarioform.h"

#include "formwiring.h"
#include "scenariotexts.h"
#include "wallclocktime.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace cdr::gui {

namespace {

constexpr int kMimicrySteps = 100; // the slider's positions for mimicry 0..1

QString keyPath(ScenarioKind kind, std::string_view key)
{
    return QStringLiteral("scenarios.%1.%2")
        .arg(QString::fromUtf8(scenarioKey(kind).data(), static_cast<qsizetype>(scenarioKey(kind).size())),
             QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())));
}

QString meaningOf(ScenarioKind kind, const ScenarioParameter &parameter)
{
    const QString translated = ScenarioTexts::parameter(kind, parameter.key);
    return translated.isEmpty() ? QString::fromUtf8(parameter.meaning.data(),
                                                    static_cast<qsizetype>(parameter.meaning.size()))
                                : translated;
}

// Shares and small factors get three decimals; minutes and kilometres one.
int decimalsFor(const ScenarioParameter &parameter, std::size_t index)
{
    if (index == kPrevalence)
        return 4;
    return parameter.max <= 2 ? 3 : 1;
}

QDateTimeEdit *newTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    useUtc(*edit);
    edit->setMinimumDate(QDate(1970, 1, 1));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ScenarioForm::ScenarioForm(ScenarioKind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    const ScenarioSpec &spec = scenarioSpec(kind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(QStringLiteral("<b>%1</b> — %2")
                                 .arg(ScenarioTexts::name(kind).toHtmlEscaped(),
                                      (spec.fraud ? tr("fraud") : tr("legitimate look-alike")).toHtmlEscaped()),
                             this);
    title->setObjectName(QStringLiteral("scenarioTitle"));
    layout->addWidget(title);
    auto *summary = new QLabel(ScenarioTexts::summary(kind), this);
    summary->setObjectName(QStringLiteral("scenarioSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    m_enabled = new QCheckBox(tr("&Enabled in the run"), this);
    m_enabled->setObjectName(QStringLiteral("scenarioEnabled"));
    m_enabled->setToolTip(tr("Generate this scenario's records and answer-key rows (%1)")
                              .arg(keyPath(kind, "enabled")));
    layout->addWidget(m_enabled);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_ownStart = new QCheckBox(tr("&From:"), this);
    m_ownStart->setObjectName(QStringLiteral("ownStart"));
    m_ownStart->setToolTip(tr("Off: from the start of generation.period. On: from this time (%1)")
                               .arg(keyPath(kind, "start")));
    m_start = newTimeEdit(this);
    m_start->setObjectName(QStringLiteral("scenarioStart"));
    form->addRow(m_ownStart, m_start);
    m_ownEnd = new QCheckBox(tr("&Until:"), this);
    m_ownEnd->setObjectName(QStringLiteral("ownEnd"));
    m_ownEnd->setToolTip(tr("Off: until the end of generation.period. On: until this time (%1)")
                             .arg(keyPath(kind, "end")));
    m_end = newTimeEdit(this);
    m_end->setObjectName(QStringLiteral("scenarioEnd"));
    form->addRow(m_ownEnd, m_end);

    m_fields.resize(spec.parameters.size(), nullptr);
    addParameterField(kPrevalence, this);
    auto *prevalenceLabel = new QLabel(tr("&Prevalence:"), this);
    prevalenceLabel->setBuddy(m_fields[kPrevalence]);
    form->addRow(prevalenceLabel, m_fields[kPrevalence]);
    auto *prevalenceMeaning = new QLabel(meaningOf(kind, spec.parameters[kPrevalence]), this);
    prevalenceMeaning->setWordWrap(true);
    prevalenceMeaning->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), prevalenceMeaning);

    addParameterField(kMimicry, this);
    m_mimicrySlider = new QSlider(Qt::Horizontal, this);
    m_mimicrySlider->setObjectName(QStringLiteral("mimicrySlider"));
    m_mimicrySlider->setRange(0, kMimicrySteps);
    m_mimicrySlider->setTickPosition(QSlider::TicksBelow);
    m_mimicrySlider->setTickInterval(kMimicrySteps / 4);
    m_mimicrySlider->setToolTip(m_fields[kMimicry]->toolTip());
    auto *mimicryRow = new QHBoxLayout;
    mimicryRow->addWidget(m_mimicrySlider, 1);
    mimicryRow->addWidget(m_fields[kMimicry]);
    auto *mimicryLabel = new QLabel(tr("&Mimicry:"), this);
    mimicryLabel->setBuddy(m_mimicrySlider);
    mimicryLabel->setToolTip(m_fields[kMimicry]->toolTip());
    form->addRow(mimicryLabel, mimicryRow);
    auto *ends = new QLabel(tr("textbook signature ← → like ordinary subscribers"), this);
    ends->setWordWrap(true);
    ends->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), ends);
    layout->addLayout(form);

    if (spec.parameters.size() > kMimicry + 1) {
        auto *own = new QGroupBox(tr("Behaviour"), this);
        own->setObjectName(QStringLiteral("behaviourGroup"));
        auto *ownForm = new QFormLayout(own);
        ownForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (std::size_t i = kMimicry + 1; i < spec.parameters.size(); ++i) {
            addParameterField(i, own);
            QString text = meaningOf(kind, spec.parameters[i]);
            if (!text.isEmpty())
                text[0] = text[0].toUpper();
            auto *label = new QLabel(text + QLatin1Char(':'), own);
            label->setWordWrap(true); // one line where the page is wide enough
            label->setToolTip(m_fields[i]->toolTip());
            label->setBuddy(m_fields[i]);
            ownForm->addRow(label, m_fields[i]);
        }
        layout->addWidget(own);
    }
    layout->addStretch(1);

    connect(m_mimicrySlider, &QSlider::valueChanged, this, [this](int position) {
        if (!m_filling)
            setFieldValue(kMimicry, double(position) / kMimicrySteps);
    });
    connect(static_cast<QDoubleSpinBox *>(m_fields[kMimicry]), &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const QSignalBlocker blocker(m_mimicrySlider);
        m_mimicrySlider->setValue(static_cast<int>(std::lround(value * kMimicrySteps)));
    });
    for (QCheckBox *own : {m_ownStart, m_ownEnd})
        connect(own, &QCheckBox::toggled, this, [this] {
            updateWindowEdits();
            if (!m_filling)
                emit edited();
        });
    connect(m_enabled, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            emit edited();
    });
    connectEdits(this, this, [this] {
        if (!m_filling)
            emit edited();
    });
    updateWindowEdits();
}

void ScenarioForm::addParameterField(std::size_t index, QWidget *parent)
{
    const ScenarioParameter &parameter = scenarioSpec(m_kind).parameters[index];
    QAbstractSpinBox *field = nullptr;
    if (parameter.integer) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(static_cast<int>(parameter.min), static_cast<int>(parameter.max));
        spin->setGroupSeparatorShown(true);
        field = spin;
    } else {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(decimalsFor(parameter, index));
        spin->setRange(parameter.min, parameter.max);
        spin->setSingleStep(index == kMimicry ? 0.05 : index == kPrevalence ? 0.001 : parameter.max <= 2 ? 0.01 : 1);
        field = spin;
    }
    field->setAccelerated(true);
    field->setObjectName(QString::fromUtf8(parameter.key.data(), static_cast<qsizetype>(parameter.key.size())));
    const QString meaning = index == kMimicry ? ScenarioTexts::mimicry() : meaningOf(m_kind, parameter);
    field->setToolTip(tr("%1 (%2; from %3 to %4, default %5)")
                          .arg(meaning, keyPath(m_kind, parameter.key), QLocale().toString(parameter.min),
                               QLocale().toString(parameter.max), QLocale().toString(parameter.value)));
    m_fields[index] = field;
}

double ScenarioForm::fieldValue(std::size_t index) const
{
    if (const auto *spin = qobject_cast<const QSpinBox *>(m_fields[index]))
        return spin->value();
    return static_cast<const QDoubleSpinBox *>(m_fields[index])->value();
}

void ScenarioForm::setFieldValue(std::size_t index, double value)
{
    if (auto *spin = qobject_cast<QSpinBox *>(m_fields[index]))
        spin->setValue(static_cast<int>(std::lround(value)));
    else
        static_cast<QDoubleSpinBox *>(m_fields[index])->setValue(value);
}

void ScenarioForm::load(const ScenarioConfig &scenario, const std::string &periodStart, const std::string &periodEnd)
{
    m_filling = true;
    m_enabled->setChecked(scenario.enabled);
    m_ownStart->setChecked(!scenario.start.empty());
    m_ownEnd->setChecked(!scenario.end.empty());
    m_start->setDateTime(periodDateTime(scenario.start.empty() ? periodStart : scenario.start));
    m_end->setDateTime(periodDateTime(scenario.end.empty() ? periodEnd : scenario.end));
    for (std::size_t i = 0; i < m_fields.size() && i < scenario.values.size(); ++i)
        setFieldValue(i, scenario.values[i]);
    m_filling = false;
    updateWindowEdits();
}

void ScenarioForm::apply(ScenarioConfig &scenario) const
{
    scenario.enabled = m_enabled->isChecked();
    if (m_ownStart->isChecked())
        writePeriodTime(scenario.start, m_start->dateTime());
    else
        scenario.start.clear();
    if (m_ownEnd->isChecked())
        writePeriodTime(scenario.end, m_end->dateTime());
    else
        scenario.end.clear();
    scenario.values.resize(m_fields.size());
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        scenario.values[i] = fieldValue(i);
}

void ScenarioForm::updateWindowEdits()
{
    m_start->setEnabled(m_ownStart->isChecked());
    m_end->setEnabled(m_ownEnd->isChecked());
}

} // namespace cdr::gui
