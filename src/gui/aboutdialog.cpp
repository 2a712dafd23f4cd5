#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFont>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <spdlog/version.h>

namespace cdr::gui {

namespace {

QString creditsHtml()
{
    return AboutDialog::tr(
        "<p>Generates realistic synthetic Belgian Call Detail Records for building and testing analytics "
        "without personal data.</p>"
        "<p>Copyright &copy; 2026 The cdrgen authors. Released under the MIT licence: free to use, copy, modify "
        "and distribute, without warranty.</p>"
        "<h4>Data</h4>"
        "<ul>"
        "<li><b>Borders</b>: <a href=\"https://www.naturalearthdata.com/\">Natural Earth</a> 1:10m and 1:50m "
        "admin-0 countries (public domain), via the world-atlas package (ISC).</li>"
        "<li><b>Places and populations</b>: <a href=\"https://www.geonames.org/\">GeoNames, geonames.org</a>, "
        "licensed under <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>; Belgian places "
        "of 1,000 inhabitants or more, reduced to five columns.</li>"
        "<li><b>Numbering plan</b>: Belgian mobile number blocks and network codes are facts from Google's "
        "libphonenumber metadata (Apache-2.0) and publications of the BIPT.</li>"
        "</ul>"
        "<h4>Built with</h4>"
        "<ul>"
        "<li>Qt %1 (LGPLv3)</li>"
        "<li>yaml-cpp (MIT)</li>"
        "<li>spdlog %2 (MIT)</li>"
        "<li>libcurl (curl licence)</li>"
        "<li>SQLite (public domain), libpq (PostgreSQL licence), unixODBC (LGPL), xxHash (BSD-2-Clause)</li>"
        "</ul>")
        .arg(QString::fromLatin1(qVersion()),
             QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH));
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About cdrgen"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/cdrgen.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(QStringLiteral("cdrgen"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(CDRGEN_VERSION)), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary = new QLabel(tr("Synthetic Belgian Call Detail Record generator"), this);

    auto *titles = new QVBoxLayout;
    titles->addWidget(name);
    titles->addWidget(version);
    titles->addWidget(summary);
    titles->addStretch();
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addSpacing(12);
    header->addLayout(titles, 1);

    auto *credits = new QTextBrowser(this);
    credits->setObjectName(QStringLiteral("aboutCredits"));
    credits->setOpenExternalLinks(true);
    credits->setHtml(creditsHtml());
    credits->setMinimumSize(540, 380);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *licence = buttons->addButton(tr("&Licence"), QDialogButtonBox::ActionRole);
    licence->setObjectName(QStringLiteral("aboutLicenceButton"));
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    connect(licence, &QPushButton::clicked, this, &AboutDialog::showLicence);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(credits, 1);
    layout->addWidget(buttons);
}

QString AboutDialog::licenceText()
{
    return QStringLiteral(
        "MIT License\n"
        "\n"
        "Copyright (c) 2026 The cdrgen authors\n"
        "\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
        "of this software and associated documentation files (the \"Software\"), to deal\n"
        "in the Software without restriction, including without limitation the rights\n"
        "to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n"
        "copies of the Software, and to permit persons to whom the Software is\n"
        "furnished to do so, subject to the following conditions:\n"
        "\n"
        "The above copyright notice and this permission notice shall be included in all\n"
        "copies or substantial portions of the Software.\n"
        "\n"
        "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n"
        "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n"
        "FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\n"
        "AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n"
        "LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\n"
        "OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\n"
        "SOFTWARE.\n");
}

void AboutDialog::showLicence()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("licenceDialog"));
    dialog->setWindowTitle(tr("cdrgen licence"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *text = new QPlainTextEdit(licenceText(), dialog);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setMinimumSize(600, 380);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->open();
}

} // namespace cdr::gui
