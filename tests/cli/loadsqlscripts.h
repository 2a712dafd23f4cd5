#pragma once

#include <QDir>
#include <QFile>
#include <QString>

// Before and after scripts that leave their marks in the target, shared by the SQLite and PostgreSQL tests of
// database.before_load_sql / after_load_sql. Standard SQL both databases (and their ODBC drivers) run.
namespace loadsqltest {

// The before-script, in a file: it sees the CDR table already created and still empty.
inline QString beforeScript(const QString &table)
{
    return QStringLiteral("-- runs before the first row\n"
                          "CREATE TABLE IF NOT EXISTS %1_before (rows_then integer, note varchar(40));\n"
                          "DELETE FROM %1_before;\n"
                          "INSERT INTO %1_before SELECT COUNT(*), 'it''s; before' FROM %1;\n")
        .arg(table);
}

// The after-script, inline: the rows and the indexes (`indexCount`, a query) are there.
inline QString afterScript(const QString &table, const QString &indexCount)
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1_after (rows_then integer, indexes_then integer);\n"
                          "DELETE FROM %1_after;\n"
                          "INSERT INTO %1_after SELECT (SELECT COUNT(*) FROM %1), (%2);\n")
        .arg(table, indexCount);
}

// conf/config.yml naming conf/sql/before.sql by a path relative to conf/ and holding the after-script inline
// (YAML block scalar); `after` may be empty.
inline bool writeConfig(const QString &folder, const QString &before, const QString &after)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("conf/sql")))
        return false;
    QFile script(dir.filePath(QStringLiteral("conf/sql/before.sql")));
    if (!script.open(QIODevice::WriteOnly) || script.write(before.toUtf8()) < 0)
        return false;
    QString yaml = QStringLiteral("database:\n  before_load_sql: sql/before.sql\n");
    if (!after.isEmpty()) {
        yaml += QStringLiteral("  after_load_sql: |\n");
        for (const QString &line : after.split('\n', Qt::SkipEmptyParts))
            yaml += QStringLiteral("    ") + line + '\n';
    }
    QFile config(dir.filePath(QStringLiteral("conf/config.yml")));
    return config.open(QIODevice::WriteOnly) && config.write(yaml.toUtf8()) == yaml.toUtf8().size();
}

} // namespace loadsqltest
