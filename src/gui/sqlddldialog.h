#pragma once

#include "sink/sqldialect.h"

#include <QDialog>

#include <string>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace cdr::gui {

// "Show SQL": the DDL a run executes (runDdlScript, what `cdrgen-cli --print-sql` prints) for a dialect the user
// may change, with Copy and Save... Connects to nothing.
class SqlDdlDialog : public QDialog {
    Q_OBJECT
public:
    SqlDdlDialog(SqlDialect::Kind dialect, std::string table, bool worldTables, const QString &note,
                 QWidget *parent = nullptr);

    SqlDialect::Kind dialect() const;
    void setDialect(SqlDialect::Kind dialect);
    QString sql() const;
    // Writes sql() to `path` (whole file or nothing); false with *error on failure.
    bool saveTo(const QString &path, QString *error) const;

private:
    void showScript();
    void copyToClipboard();
    void saveToFile();

    std::string m_table;
    bool m_worldTables;
    QComboBox *m_dialect;
    QPlainTextEdit *m_text;
};

} // namespace cdr::gui
