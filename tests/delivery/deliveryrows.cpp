#include "deliveryrows.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <xxhash.h>

#include <algorithm>

namespace deliverytest {

namespace {

std::optional<std::string> cell(std::string text)
{
    if (text.empty())
        return std::nullopt;
    return text;
}

// The line of text that starts at `start`, without its '\n'; *next is where the following one starts.
QByteArray lineAt(const QByteArray &text, qsizetype start, qsizetype *next)
{
    qsizetype end = text.indexOf('\n', start);
    if (end < 0)
        end = text.size();
    *next = end + 1;
    return text.mid(start, end - start);
}

bool isIsoDateTime(const std::string &text)
{
    static const QRegularExpression shape(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$)");
    return text.size() == 19 && text[10] == 'T' && shape.match(QString::fromStdString(text)).hasMatch();
}

// One "(v,v,...)," or "(v,v,...);" line of VALUES into row; false with *problem on anything else.
bool parseTuple(const QByteArray &line, Row &row, QString *problem)
{
    if (!line.startsWith('(') || !(line.endsWith("),") || line.endsWith(");"))) {
        *problem = "a VALUES line that is no tuple: " + QString::fromUtf8(line.left(200));
        return false;
    }
    const QByteArray body = line.mid(1, line.size() - 3);
    for (qsizetype i = 0; i <= body.size();) {
        if (i < body.size() && (body[i] == '\'' || (body[i] == 'N' && i + 1 < body.size() && body[i + 1] == '\''))) {
            i += body[i] == 'N' ? 2 : 1;
            std::string text;
            for (;; ++i) {
                if (i >= body.size()) {
                    *problem = "an unterminated literal: " + QString::fromUtf8(line.left(200));
                    return false;
                }
                if (body[i] == '\'' && i + 1 < body.size() && body[i + 1] == '\'') {
                    text += '\'';
                    ++i;
                } else if (body[i] == '\'') {
                    ++i;
                    break;
                } else {
                    text += body[i];
                }
            }
            if (isIsoDateTime(text))
                text[10] = ' '; // back to the CSV's form
            row.push_back(text); // a literal is never NULL, even when empty
        } else {
            qsizetype comma = body.indexOf(',', i);
            if (comma < 0)
                comma = body.size();
            const QByteArray token = body.mid(i, comma - i);
            if (token == "NULL")
                row.push_back(std::nullopt);
            else
                row.push_back(token.toStdString());
            i = comma;
        }
        if (i < body.size() && body[i] != ',') {
            *problem = "text after a value: " + QString::fromUtf8(line.left(200));
            return false;
        }
        ++i;
    }
    return true;
}

} // namespace

void csvRows(const QByteArray &text, const RowSink &each)
{
    Row row;
    std::string field;
    bool quoted = false, header = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(cell(std::move(field)));
            field.clear();
        } else if (c == '\n') {
            row.push_back(cell(std::move(field)));
            field.clear();
            if (!header)
                each(row);
            header = false;
            row.clear();
        } else {
            field += c;
        }
    }
}

void tsqlRows(const QByteArray &script, const RowSink &each, QString *problem)
{
    static const QRegularExpression guard(
        R"(^IF NOT EXISTS \(SELECT 1 FROM \[\w+\] WHERE \[id\] IN \((\d+), (\d+)\)\) INSERT INTO \[\w+\] \(.*\) VALUES$)");
    qint64 guardFirst = 0, guardLast = 0;
    std::optional<std::string> firstId, lastId;
    std::size_t count = 0;
    bool inInsert = false;
    for (qsizetype start = 0, next = 0; start < script.size(); start = next) {
        const QByteArray line = lineAt(script, start, &next);
        if (line.startsWith("IF NOT EXISTS (SELECT 1 FROM [cdr] WHERE")) {
            const auto match = guard.match(QString::fromUtf8(line));
            if (!match.hasMatch() || inInsert) {
                *problem = "unexpected guard line: " + QString::fromUtf8(line.left(200));
                return;
            }
            guardFirst = match.captured(1).toLongLong();
            guardLast = match.captured(2).toLongLong();
            count = 0;
            firstId.reset();
            inInsert = true;
            continue;
        }
        if (!inInsert)
            continue;
        Row row;
        if (!parseTuple(line, row, problem))
            return;
        if (count++ == 0)
            firstId = row[0];
        lastId = row[0];
        each(row);
        if (line.endsWith(");")) {
            inInsert = false;
            if (count > 1000 || !firstId || !lastId || std::stoll(*firstId) != guardFirst ||
                std::stoll(*lastId) != guardLast) {
                *problem = QString("the INSERT guarded on ids %1 and %2 holds %3 rows from id %4 to %5")
                               .arg(guardFirst).arg(guardLast).arg(count)
                               .arg(QString::fromStdString(firstId.value_or("NULL")),
                                    QString::fromStdString(lastId.value_or("NULL")));
                return;
            }
        }
    }
    if (inInsert)
        *problem = "the script ends inside an INSERT";
}

void bcpRows(const QByteArray &data, const RowSink &each, QString *problem)
{
    if (!data.isEmpty() && !data.endsWith("\r\n")) {
        *problem = "the data file does not end with CR LF";
        return;
    }
    for (qsizetype start = 0, next = 0; start < data.size(); start = next) {
        const QByteArray line = lineAt(data, start, &next);
        if (line.isEmpty())
            continue;
        if (!line.endsWith('\r')) {
            *problem = "a row not ended by CR LF";
            return;
        }
        Row row;
        for (const QByteArray &field : line.chopped(1).split('\t'))
            row.push_back(cell(field.toStdString()));
        each(row);
    }
}

void tsqlWorldRows(const QByteArray &script, const QByteArray &table, const RowSink &each, QString *problem)
{
    const QByteArray insert = "IF NOT EXISTS (SELECT 1 FROM [cdr_runs]) INSERT INTO [" + table + "] (";
    bool inInsert = false;
    for (qsizetype start = 0, next = 0; start < script.size(); start = next) {
        const QByteArray line = lineAt(script, start, &next);
        if (!inInsert) {
            inInsert = line.startsWith(insert);
            continue;
        }
        Row row;
        if (!parseTuple(line, row, problem))
            return;
        for (auto &field : row)
            if (field && field->empty())
                field.reset(); // CSV writes an empty text and NULL alike
        each(row);
        inInsert = !line.endsWith(");");
    }
}

void tsqlDefectKeyRows(const QByteArray &script, const RowSink &each, QString *problem, int *inserts)
{
    static const QRegularExpression guard(
        R"(^IF NOT EXISTS \(SELECT 1 FROM \[cdr_defects\] WHERE \[id\] BETWEEN (\d+) AND (\d+)\) INSERT INTO )"
        R"(\[cdr_defects\] \(id, kind, variant, column_name, original_value, injected_value, original_id\) VALUES$)");
    qint64 guardFirst = 0, guardLast = 0, previousLast = 0;
    std::vector<Row> rows;
    bool inInsert = false;
    int count = 0;
    for (qsizetype start = 0, next = 0; start < script.size(); start = next) {
        const QByteArray line = lineAt(script, start, &next);
        if (!inInsert) {
            if (!line.contains("[cdr_defects]") || !line.contains(" INSERT INTO "))
                continue;
            const auto match = guard.match(QString::fromUtf8(line));
            if (!match.hasMatch()) {
                *problem = "unexpected key INSERT: " + QString::fromUtf8(line.left(200));
                return;
            }
            guardFirst = match.captured(1).toLongLong();
            guardLast = match.captured(2).toLongLong();
            if (guardFirst <= previousLast || guardLast < guardFirst) {
                *problem = QString("the guard range %1..%2 meets or precedes the one before, which ends at %3")
                               .arg(guardFirst).arg(guardLast).arg(previousLast);
                return;
            }
            previousLast = guardLast;
            rows.clear();
            inInsert = true;
            ++count;
            continue;
        }
        Row row;
        if (!parseTuple(line, row, problem))
            return;
        rows.push_back(row);
        if (!line.endsWith(");"))
            continue;
        inInsert = false;
        const auto idOf = [](const Row &r) { return r.empty() || !r[0] ? qint64(-1) : std::stoll(*r[0]); };
        const bool ascending = std::is_sorted(rows.begin(), rows.end(),
                                              [&idOf](const Row &a, const Row &b) { return idOf(a) < idOf(b); });
        if (rows.size() > 1000 || !ascending || idOf(rows.front()) != guardFirst || idOf(rows.back()) != guardLast) {
            *problem = QString("the key INSERT guarded on %1..%2 holds %3 rows from id %4 to %5")
                           .arg(guardFirst).arg(guardLast).arg(rows.size())
                           .arg(idOf(rows.front())).arg(idOf(rows.back()));
            return;
        }
        for (const Row &kept : rows)
            each(kept);
    }
    if (inInsert)
        *problem = "the script ends inside a key INSERT";
    if (inserts)
        *inserts = count;
}

std::vector<Row> collect(const std::function<void(const RowSink &)> &parse)
{
    std::vector<Row> rows;
    parse([&rows](const Row &row) { rows.push_back(row); });
    return rows;
}

std::vector<std::uint64_t> digests(const std::function<void(const RowSink &)> &parse)
{
    std::vector<std::uint64_t> out;
    std::string text;
    parse([&](const Row &row) {
        text.clear();
        for (const auto &field : row) {
            text += field ? "v" + *field : std::string("n"); // NULL differs from every text, "" included
            text += '\0';
        }
        out.push_back(XXH3_64bits(text.data(), text.size()));
    });
    return out;
}

bool writeAccentedConfig(const QString &path)
{
    QString text = QString::fromUtf8(readFile(QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets/dirty-data.yml")));
    if (!text.contains(QStringLiteral("\"FAILED\"")) || !text.contains(QStringLiteral("MISSED")))
        return false;
    text.replace(QStringLiteral("\"FAILED\""), QStringLiteral("FAILED"));
    text.replace(QStringLiteral("FAILED"), QStringLiteral("\"L'ÉCHEC, net\""));
    text.replace(QStringLiteral("MISSED"), QStringLiteral("MANQUÉ"));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

QByteArray gunzip(const QString &path)
{
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    if (!gzip.waitForFinished(300000) || gzip.exitStatus() != QProcess::NormalExit || gzip.exitCode() != 0)
        return {};
    return gzip.readAllStandardOutput();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace deliverytest
