#include "splitfiles.h"

#include <QFile>
#include <QProcess>

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("cannot read " + path.toUtf8());
}

QByteArray gunzipFile(const QString &path)
{
    QProcess gzip;
    gzip.start("gzip", {"-dc", path});
    if (!gzip.waitForFinished(60'000) || gzip.exitCode() != 0)
        return "gzip failed: " + gzip.readAllStandardError();
    return gzip.readAllStandardOutput();
}

QString gzipTest(const QStringList &paths)
{
    QProcess test;
    test.start("gzip", QStringList{"-t"} + paths);
    if (!test.waitForFinished(120'000) || test.exitStatus() != QProcess::NormalExit || test.exitCode() != 0)
        return "gzip -t failed: " + QString::fromUtf8(test.readAllStandardError());
    return {};
}

QHash<QString, QString> sha256sums(const QStringList &paths)
{
    QProcess sum;
    sum.start("sha256sum", paths);
    QHash<QString, QString> digests;
    if (!sum.waitForFinished(120'000) || sum.exitCode() != 0)
        return digests;
    for (const QByteArray &line : textLines(sum.readAllStandardOutput())) {
        const qsizetype gap = line.indexOf("  ");
        digests.insert(QString::fromUtf8(line.mid(gap + 2)), QString::fromLatin1(line.left(gap)));
    }
    return digests;
}

QList<ManifestRow> readManifest(const QString &path)
{
    const QList<QByteArray> lines = textLines(readFile(path));
    QList<ManifestRow> rows;
    if (lines.isEmpty() || lines.front() != "file,rows,first_id,last_id,bytes,sha256")
        return rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        if (cells.size() != 6)
            return {};
        rows.push_back({QString::fromUtf8(cells[0]), cells[1].toLongLong(), cells[2].toLongLong(),
                        cells[3].toLongLong(), cells[4].toLongLong(), QString::fromLatin1(cells[5])});
    }
    return rows;
}

QList<QByteArray> csvFields(const QByteArray &line)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.push_back(field);
    return fields;
}

QList<QByteArray> textLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.pop_back();
    return lines;
}
