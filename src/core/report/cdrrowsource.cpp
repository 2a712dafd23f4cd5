#include "report/cdrrowsource.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <fstream>

namespace cdr {

namespace {

std::vector<int> indexOf(const std::vector<std::string> &header, const std::vector<std::string> &columns)
{
    std::vector<int> index;
    for (const std::string &column : columns) {
        int at = -1;
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == column)
                at = static_cast<int>(i);
        index.push_back(at);
    }
    return index;
}

std::string readCsv(const std::string &path, const std::vector<std::string> &columns,
                    const std::function<void(const CdrRowSource::Row &)> &visit)
{
    std::ifstream in(path);
    if (!in)
        return "cannot read " + path;
    std::string line;
    if (!std::getline(in, line))
        return path + " is empty: no header line";
    std::vector<std::string> header;
    CdrRowSource::splitCsv(line, header);
    const std::vector<int> index = indexOf(header, columns);
    std::vector<std::string> fields;
    CdrRowSource::Row row{&fields, &index};
    std::size_t lineNumber = 1;
    while (std::getline(in, line)) {
        ++lineNumber;
        CdrRowSource::splitCsv(line, fields);
        if (fields.size() != header.size())
            return path + ":" + std::to_string(lineNumber) + ": " + std::to_string(fields.size())
                + " fields, the header has " + std::to_string(header.size());
        visit(row);
    }
    return {};
}

std::string readSqlite(const std::string &path, const std::string &table, const std::vector<std::string> &columns,
                       const std::function<void(const CdrRowSource::Row &)> &visit)
{
    if (!std::ifstream(path))
        return "cannot read " + path;
    const QString name = QStringLiteral("cdrgen-profile-") + QUuid::createUuid().toString(QUuid::Id128);
    std::string error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QString::fromStdString(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            error = "cannot open " + path + ": " + db.lastError().text().toStdString();
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            const QString quoted = "\"" + QString::fromStdString(table).replace('"', "\"\"") + "\"";
            if (!query.exec("SELECT * FROM " + quoted + " ORDER BY 1")) {
                error = "cannot read table " + table + " of " + path + ": " + query.lastError().text().toStdString();
            } else {
                std::vector<std::string> header;
                for (int i = 0; i < query.record().count(); ++i)
                    header.push_back(query.record().fieldName(i).toStdString());
                const std::vector<int> index = indexOf(header, columns);
                std::vector<std::string> fields(header.size());
                CdrRowSource::Row row{&fields, &index};
                while (query.next()) {
                    for (std::size_t i = 0; i < fields.size(); ++i) {
                        const QVariant value = query.value(static_cast<int>(i));
                        fields[i] = value.isNull() ? std::string() : value.toString().toStdString();
                    }
                    visit(row);
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

void CdrRowSource::splitCsv(const std::string &line, std::vector<std::string> &fields)
{
    fields.assign(1, std::string());
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                fields.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                fields.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
}

std::string CdrRowSource::read(const std::string &source, const std::string &table,
                               const std::vector<std::string> &columns, const std::function<void(const Row &)> &visit)
{
    if (source.rfind("csv:", 0) == 0)
        return readCsv(source.substr(4), columns, visit);
    if (source.rfind("sqlite:", 0) == 0)
        return readSqlite(source.substr(7), table, columns, visit);
    return "cannot profile '" + source + "': give csv:PATH or sqlite:PATH";
}

} // namespace cdr
