#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QTranslator>

namespace cdr::gui {

namespace {

const char *const kRestartMessage = QT_TRANSLATE_NOOP("cdr::gui::LanguageMenu",
                                                      "cdrgen will use the new language the next time it starts.");

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(this);
    // Each language is named in itself, so a user lost in a foreign one still finds theirs.
    const QList<QPair<QString, QString>> choices{{tr("&System language"), QString()},
                                                 {QStringLiteral("&English"), QStringLiteral("en")},
                                                 {QStringLiteral("&Français"), QStringLiteral("fr")},
                                                 {QStringLiteral("&Nederlands"), QStringLiteral("nl")}};
    const QString saved = Translations::savedChoice();
    for (const auto &[title, choice] : choices) {
        QAction *action = addAction(title);
        const QString name = choice.isEmpty() ? QStringLiteral("system") : choice;
        action->setObjectName(QStringLiteral("actionLanguage_") + name);
        action->setCheckable(true);
        action->setChecked(choice == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] { choose(choice); });
    }
}

void LanguageMenu::choose(const QString &choice)
{
    if (choice == Translations::savedChoice())
        return;
    Translations::saveChoice(choice);
    QString text = tr(kRestartMessage);
    QTranslator chosen;
    const QString language = Translations::resolve(choice);
    const QString inChosen = chosen.load(QStringLiteral(":/i18n/cdrgen_%1").arg(language))
                                 ? chosen.translate("cdr::gui::LanguageMenu", kRestartMessage)
                                 : QString::fromLatin1(kRestartMessage);
    if (!inChosen.isEmpty() && inChosen != text)
        text += QStringLiteral("\n\n") + inChosen;
    QMessageBox::information(parentWidget(), tr("Language"), text);
}

} // namespace cdr::gui
