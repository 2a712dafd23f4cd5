#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cdr::gui {

// The GUI speaks English, French and Dutch. The user's choice is kept in the settings ("" follows the system
// locale); the CLI and the log lines stay English.
namespace Translations {

// "en", "fr", "nl": the codes of --language and of the settings.
QStringList languages();

// The saved choice: a code of languages(), or "" for the system's language.
QString savedChoice();
void saveChoice(const QString &choice);

// The language to show for a choice: the choice itself, or for "" the system's if it is French or Dutch, else English.
QString resolve(const QString &choice, const QLocale &system = QLocale::system());

// Numbers and dates follow the system's locale when it speaks the language; otherwise the Belgian form of it.
QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());

// Loads the catalogue of the language (and Qt's own, for the standard buttons and dialogs) into the application and
// makes its locale the default. Call it before any widget is created. False if a catalogue is missing.
bool install(QCoreApplication &app, const QString &language, const QLocale &system = QLocale::system());

} // namespace Translations

} // namespace cdr::gui
