#include "scenariotexts.h"

#include <QStringList>

namespace cdr::gui {

namespace {

struct ParameterText {
    ScenarioKind kind;
    std::string_view key;
    const char *text;
};

// The catalogue's meanings, marked for translation (prevalence differs per scenario; mimicry is shared).
constexpr ParameterText kParameterTexts[] = {
    {ScenarioKind::SimBox, "prevalence", QT_TRANSLATE_NOOP("ScenarioTexts", "box SIMs active at any time, as a share of subscribers")},
    {ScenarioKind::SimBox, "sims_per_box", QT_TRANSLATE_NOOP("ScenarioTexts", "SIM slots of one box")},
    {ScenarioKind::SimBox, "imeis_per_box", QT_TRANSLATE_NOOP("ScenarioTexts", "handset modules (IMEIs) the box's SIMs share")},
    {ScenarioKind::SimBox, "antennas_per_box", QT_TRANSLATE_NOOP("ScenarioTexts", "antennas a box is seen on")},
    {ScenarioKind::SimBox, "sim_days", QT_TRANSLATE_NOOP("ScenarioTexts", "days a SIM works before the box rotates it")},
    {ScenarioKind::SimBox, "calls_per_day", QT_TRANSLATE_NOOP("ScenarioTexts", "outgoing calls of one SIM a day")},
    {ScenarioKind::Wangiri, "prevalence", QT_TRANSLATE_NOOP("ScenarioTexts", "subscribers who get a one-ring call, as a share of subscribers")},
    {ScenarioKind::Wangiri, "campaigns", QT_TRANSLATE_NOOP("ScenarioTexts", "campaigns (each has its own numbers and bursts)")},
    {ScenarioKind::Wangiri, "numbers_per_campaign", QT_TRANSLATE_NOOP("ScenarioTexts", "foreign numbers one campaign calls from")},
    {ScenarioKind::Wangiri, "bursts", QT_TRANSLATE_NOOP("ScenarioTexts", "bursts of calls of one campaign")},
    {ScenarioKind::Wangiri, "burst_minutes", QT_TRANSLATE_NOOP("ScenarioTexts", "length of one burst, in minutes")},
    {ScenarioKind::Wangiri, "callback_share", QT_TRANSLATE_NOOP("ScenarioTexts", "victims who call the number back")},
    {ScenarioKind::Irsf, "prevalence", QT_TRANSLATE_NOOP("ScenarioTexts", "hijacked subscribers, as a share of subscribers")},
    {ScenarioKind::Irsf, "days", QT_TRANSLATE_NOOP("ScenarioTexts", "days a hijacked SIM is abused")},
    {ScenarioKind::Irsf, "calls_per_day", QT_TRANSLATE_NOOP("ScenarioTexts", "premium calls a day")},
    {ScenarioKind::Irsf, "parallel_calls", QT_TRANSLATE_NOOP("ScenarioTexts", "calls placed at the same time")},
    {ScenarioKind::Irsf, "median_minutes", QT_TRANSLATE_NOOP("ScenarioTexts", "median length of a premium call, in minutes")},
    {ScenarioKind::SubscriptionFraud, "prevalence", QT_TRANSLATE_NOOP("ScenarioTexts", "fraudulent subscriptions, as a share of subscribers")},
    {ScenarioKind::SubscriptionFraud, "lifetime_days", QT_TRANSLATE_NOOP("ScenarioTexts", "days between a number's first and last record")},
    {ScenarioKind::SubscriptionFraud, "calls_per_day", QT_TRANSLATE_NOOP("ScenarioTexts", "calls a day")},
    {ScenarioKind::SubscriptionFraud, "international_share", QT_TRANSLATE_NOOP("ScenarioTexts", "calls to foreign numbers, as a share of its calls")},
    {ScenarioKind::SimSwap, "prevalence", QT_TRANSLATE_NOOP("ScenarioTexts", "swapped subscribers, as a share of subscribers")},
    {ScenarioKind::SimSwap, "fraud_hours", QT_TRANSLATE_NOOP("ScenarioTexts", "hours until the owner gets the number back")},
    {ScenarioKind::SimSwap, "otp_sms", QT_TRANSLATE_NOOP("ScenarioTexts", "one-time-code SMS the number receives")},
    {ScenarioKind::SimSwap, "calls_out", QT_TRANSLATE_NOOP("ScenarioTexts", "calls the fraudster places")},
    {ScenarioKind::SimSwap, "distance_km", QT_TRANSLATE_NOOP("ScenarioTexts", "median distance of the fraudster from the owner's home, in km")},
    {ScenarioKind::TestProbe, "prevalence", QT_TRANSLATE_NOOP("ScenarioTexts", "network test SIMs, as a share of subscribers")},
    {ScenarioKind::TestProbe, "calls_per_day", QT_TRANSLATE_NOOP("ScenarioTexts", "test calls a day (96: one every 15 minutes)")},
    {ScenarioKind::CallCentre, "prevalence", QT_TRANSLATE_NOOP("ScenarioTexts", "agent lines, as a share of subscribers")},
    {ScenarioKind::CallCentre, "agents_per_centre", QT_TRANSLATE_NOOP("ScenarioTexts", "agent lines of one centre")},
    {ScenarioKind::CallCentre, "calls_per_day", QT_TRANSLATE_NOOP("ScenarioTexts", "outgoing calls of one agent line a working day")},
    {ScenarioKind::MultiSim, "prevalence", QT_TRANSLATE_NOOP("ScenarioTexts", "subscribers with more SIMs in their handset, as a share of subscribers")},
    {ScenarioKind::MultiSim, "extra_sims", QT_TRANSLATE_NOOP("ScenarioTexts", "SIMs besides the subscriber's own")},
    {ScenarioKind::MultiSim, "traffic_share", QT_TRANSLATE_NOOP("ScenarioTexts", "an extra SIM's records, relative to an average subscriber's")},
};

} // namespace

QString ScenarioTexts::name(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::SimBox: return tr("SIM box");
    case ScenarioKind::Wangiri: return tr("Wangiri (one-ring calls)");
    case ScenarioKind::Irsf: return tr("Premium-rate fraud (IRSF)");
    case ScenarioKind::SubscriptionFraud: return tr("Subscription fraud");
    case ScenarioKind::SimSwap: return tr("SIM swap");
    case ScenarioKind::TestProbe: return tr("Network test probe");
    case ScenarioKind::CallCentre: return tr("Call centre");
    case ScenarioKind::MultiSim: return tr("Several SIMs in one handset");
    }
    return {};
}

QString ScenarioTexts::summary(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::SimBox:
        return tr("Boxes at fixed places hold many SIMs of our operators that share a few IMEIs and turn foreign calls "
                  "into local ones: heavy outgoing voice to many callees at all hours, almost nothing incoming, no SMS, "
                  "no data.");
    case ScenarioKind::Wangiri:
        return tr("Foreign numbers of high-cost ranges ring many subscribers once, in bursts, often at night; some "
                  "victims call back and pay.");
    case ScenarioKind::Irsf:
        return tr("Hijacked SIMs call international premium ranges: long calls, several at once, at night and at "
                  "weekends.");
    case ScenarioKind::SubscriptionFraud:
        return tr("Numbers first seen mid-period with immediate heavy international use, gone within days.");
    case ScenarioKind::SimSwap:
        return tr("A subscriber's number moves to a new handset in a new place, receives one-time codes by SMS and "
                  "calls out, while the old handset goes silent.");
    case ScenarioKind::TestProbe:
        return tr("Legitimate: network test SIMs at fixed places call many numbers around the clock.");
    case ScenarioKind::CallCentre:
        return tr("Legitimate: agent lines place many outgoing calls to many callees in business hours.");
    case ScenarioKind::MultiSim:
        return tr("Legitimate: two or three SIMs of one person in one handset.");
    }
    return {};
}

QString ScenarioTexts::parameter(ScenarioKind kind, std::string_view key)
{
    if (key == "mimicry")
        return mimicry();
    for (const ParameterText &text : kParameterTexts)
        if (text.kind == kind && text.key == key)
            return tr(text.text);
    return {};
}

QString ScenarioTexts::mimicry()
{
    return tr("0 = the textbook signature a simple rule finds; 1 = imitates ordinary subscribers (traffic among "
              "themselves, human hours, a few places): harder to find, still named by the answer key");
}

QString ScenarioTexts::role(LabelRole role)
{
    switch (role) {
    case LabelRole::Fraud: return tr("fraud");
    case LabelRole::Lookalike: return tr("look-alike");
    case LabelRole::Victim: return tr("victim");
    }
    return {};
}

QString ScenarioTexts::site(ScenarioKind kind, std::uint32_t groupId)
{
    return tr("%1 %2", "a scenario's name, then the answer key's group number").arg(name(kind)).arg(groupId);
}

QString ScenarioTexts::label(const LabelRow &row)
{
    return tr("%1 · %2 · group %3").arg(name(row.scenario), role(row.role)).arg(row.groupId);
}

QString ScenarioTexts::recordLabel(const std::optional<LabelRow> &caller, const std::optional<LabelRow> &callee)
{
    QStringList parts;
    if (caller)
        parts << tr("caller: %1").arg(label(*caller));
    if (callee)
        parts << tr("callee: %1").arg(label(*callee));
    return parts.join(QStringLiteral("; "));
}

QColor ScenarioTexts::colour(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::SimBox: return QColor(0xd62728);
    case ScenarioKind::Wangiri: return QColor(0x9467bd);
    case ScenarioKind::Irsf: return QColor(0x8c564b);
    case ScenarioKind::SubscriptionFraud: return QColor(0xe377c2);
    case ScenarioKind::SimSwap: return QColor(0xff7f0e);
    case ScenarioKind::TestProbe: return QColor(0x17becf);
    case ScenarioKind::CallCentre: return QColor(0x2ca02c);
    case ScenarioKind::MultiSim: return QColor(0xbcbd22);
    }
    return QColor(0x7f7f7f);
}

} // namespace cdr::gui
