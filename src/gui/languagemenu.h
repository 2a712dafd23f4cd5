#pragma once

#include <QMenu>

namespace cdr::gui {

// Language > System / English / Français / Nederlands: saves the choice (Translations::saveChoice); the new
// language shows from the next start, which a message says in both the current and the chosen language.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void choose(const QString &choice);
};

} // namespace cdr::gui
