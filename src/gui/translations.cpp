#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace cdr::gui::Translations {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");
const QString kTranslatorName = QStringLiteral("cdrgenTranslator");

QString languageCode(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language());
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")};
}

QString savedChoice()
{
    const QString choice = QSettings().value(kSettingsKey).toString();
    return languages().contains(choice) ? choice : QString();
}

void saveChoice(const QString &choice)
{
    if (choice.isEmpty())
        QSettings().remove(kSettingsKey);
    else
        QSettings().setValue(kSettingsKey, choice);
}

QString resolve(const QString &choice, const QLocale &system)
{
    if (languages().contains(choice))
        return choice;
    const QString systemLanguage = languageCode(system);
    return languages().contains(systemLanguage) ? systemLanguage : QStringLiteral("en");
}

QLocale localeFor(const QString &language, const QLocale &system)
{
    const QString systemLanguage = languageCode(system);
    // The C locale is the English of a machine without a configured language.
    if (systemLanguage == language || (language == QLatin1String("en") && system.language() == QLocale::C))
        return system;
    return QLocale(QLocale::codeToLanguage(language), QLocale::Belgium);
}

bool install(QCoreApplication &app, const QString &language, const QLocale &system)
{
    // A second call (the tests switch languages) replaces the catalogues of the first.
    for (QTranslator *old : app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = localeFor(language, system);
    QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return true;
    auto *own = new QTranslator(&app);
    own->setObjectName(kTranslatorName);
    const bool loaded = own->load(QStringLiteral(":/i18n/cdrgen_%1").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(own);
    // Qt's catalogue (the Yes/No/Cancel buttons, file dialogs, context menus) is optional: qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kTranslatorName);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace cdr::gui::Translations
