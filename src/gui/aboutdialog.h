#pragma once

#include <QDialog>

namespace cdr::gui {

// Help > About: the icon, name and version, the MIT licence (with its full text one click away) and the credits
// the data licences require (GeoNames CC BY 4.0 attribution in particular).
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The full MIT licence, as in the LICENSE file of the sources.
    static QString licenceText();

private:
    void showLicence();
};

} // namespace cdr::gui
