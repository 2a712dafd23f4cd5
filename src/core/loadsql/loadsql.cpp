#include "loadsql/loadsql.h"

#include "loadsql/sqlscript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cdr {

namespace {

// The text of one key's value, or nullopt with *error (without the key).
std::optional<std::string> readValue(const std::string &value, const std::string &configDir, std::string *error)
{
    if (!LoadSql::isFilePath(value))
        return value;
    const std::string path = LoadSql::filePath(value, configDir);
    QFile file(QString::fromStdString(path));
    if (!QFileInfo(file).isFile()) {
        *error = "file '" + path + "' does not exist";
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = "cannot read file '" + path + "': " + file.errorString().toStdString();
        return std::nullopt;
    }
    return file.readAll().toStdString();
}

} // namespace

bool LoadSql::isFilePath(std::string_view value)
{
    const std::size_t first = value.find_first_not_of(" \t");
    const std::size_t last = value.find_last_not_of(" \t\r\n");
    if (first == std::string_view::npos || last == std::string_view::npos)
        return false;
    const std::string_view line = value.substr(first, last - first + 1);
    if (line.find('\n') != std::string_view::npos || line.find(';') != std::string_view::npos || line.size() < 5)
        return false;
    const std::string_view suffix = line.substr(line.size() - 4);
    return suffix[0] == '.' && (suffix[1] | 0x20) == 's' && (suffix[2] | 0x20) == 'q' && (suffix[3] | 0x20) == 'l';
}

std::string LoadSql::filePath(std::string_view value, const std::string &configDir)
{
    const QString path = QString::fromUtf8(value.data(), qsizetype(value.size())).trimmed();
    if (QFileInfo(path).isAbsolute() || configDir.empty())
        return path.toStdString();
    return QDir(QString::fromStdString(configDir)).filePath(path).toStdString();
}

std::optional<LoadSql> LoadSql::resolve(const DatabaseConfig &database, const std::string &configDir,
                                        std::string *error)
{
    LoadSql resolved;
    std::string problem;
    const std::optional<std::string> before = readValue(database.beforeLoadSql, configDir, &problem);
    if (!before) {
        *error = std::string(kBeforeKey) + ": " + problem;
        return std::nullopt;
    }
    const std::optional<std::string> after = readValue(database.afterLoadSql, configDir, &problem);
    if (!after) {
        *error = std::string(kAfterKey) + ": " + problem;
        return std::nullopt;
    }
    resolved.beforeLoadSql = *before;
    resolved.afterLoadSql = *after;
    return resolved;
}

std::vector<ConfigIssue> LoadSql::fileIssues(const DatabaseConfig &database, const std::string &configDir)
{
    std::vector<ConfigIssue> issues;
    for (const auto &[key, value] : {std::pair{kBeforeKey, &database.beforeLoadSql}, std::pair{kAfterKey, &database.afterLoadSql}}) {
        if (!isFilePath(*value))
            continue; // inline SQL: validateConfig() checks it
        std::string problem;
        const std::optional<std::string> text = readValue(*value, configDir, &problem);
        if (text && !splitSqlScript(*text, &problem))
            problem = "file '" + filePath(*value, configDir) + "': " + problem;
        else if (text)
            continue;
        issues.push_back({ConfigIssue::Severity::Error, std::string(key), problem});
    }
    return issues;
}

} // namespace cdr
