#include "sqlddldialog.h"

#include "world/ddlscript.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace cdr::gui {

namespace {

// Order of the dialect combo box.
constexpr SqlDialect::Kind kDialects[] = {SqlDialect::Kind::SqlServer, SqlDialect::Kind::PostgreSql,
                                          SqlDialect::Kind::Sqlite, SqlDialect::Kind::MySql};

} // namespace

SqlDdlDialog::SqlDdlDialog(SqlDialect::Kind dialect, std::string table, bool worldTables, const QString &note,
                           QWidget *parent)
    : QDialog(parent), m_table(std::move(table)), m_worldTables(worldTables), m_dialect(new QComboBox(this)),
      m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sqlDdlDialog"));
    setWindowTitle(tr("SQL for table %1").arg(QString::fromStdString(m_table)));
    m_dialect->setObjectName(QStringLiteral("dialect"));
    for (SqlDialect::Kind kind : kDialects)
        m_dialect->addItem(QString::fromStdString(SqlDialect::kindName(kind)));
    m_text->setObjectName(QStringLiteral("sqlText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *form = new QFormLayout;
    form->addRow(tr("&Dialect:"), m_dialect);
    auto *noteLabel = new QLabel(note, this);
    noteLabel->setObjectName(QStringLiteral("sqlNote"));
    noteLabel->setWordWrap(true);
    noteLabel->setVisible(!note.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    QPushButton *save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &SqlDdlDialog::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &SqlDdlDialog::saveToFile);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &SqlDdlDialog::showScript);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(noteLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    setDialect(dialect);
    showScript();
}

SqlDialect::Kind SqlDdlDialog::dialect() const
{
    return kDialects[std::max(0, m_dialect->currentIndex())];
}

void SqlDdlDialog::setDialect(SqlDialect::Kind dialect)
{
    for (int i = 0; i < int(std::size(kDialects)); ++i)
        if (kDialects[i] == dialect)
            m_dialect->setCurrentIndex(i);
}

QString SqlDdlDialog::sql() const
{
    return m_text->toPlainText();
}

void SqlDdlDialog::showScript()
{
    m_text->setPlainText(QString::fromStdString(runDdlScript(SqlDialect(dialect()), m_table, m_worldTables)));
}

void SqlDdlDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(sql());
}

bool SqlDdlDialog::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = sql().toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

void SqlDdlDialog::saveToFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save SQL"), QStringLiteral("%1.sql").arg(QString::fromStdString(m_table)),
        tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save SQL"), tr("Cannot write %1: %2").arg(path, error));
}

} // namespace cdr::gui
