#pragma once

#include <QIcon>
#include <QString>

namespace cdr::gui {

// The desktop theme's icon of that freedesktop name, else the bundled :/icons/<name>.svg, so toolbar and menus
// show icons on any desktop (a bare window manager or Windows has no icon theme).
QIcon themeIcon(const QString &name);

} // namespace cdr::gui
