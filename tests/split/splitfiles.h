#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QList>
#include <QString>

#include <cstdint>

// Reading back a --split output the way a consumer of the file drop would, with outside tools where one exists
// (gzip, sha256sum), so the checks do not share code with the writer.
struct ManifestRow {
    QString file;
    std::int64_t rows = 0;
    std::int64_t firstId = 0;
    std::int64_t lastId = 0;
    std::int64_t bytes = 0;
    QString sha256;
};

QByteArray readFile(const QString &path);
// gzip -dc; a text starting with "gzip failed" otherwise.
QByteArray gunzipFile(const QString &path);
// gzip -t over all of them: empty when every one is a sound gzip file, else gzip's complaint.
QString gzipTest(const QStringList &paths);
// sha256sum over all of them (one process): path -> lowercase hex digest.
QHash<QString, QString> sha256sums(const QStringList &paths);
// The manifest's rows; an empty list when its header is not file,rows,first_id,last_id,bytes,sha256.
QList<ManifestRow> readManifest(const QString &path);
// RFC 4180 fields of one line (quotes around a field, "" inside one).
QList<QByteArray> csvFields(const QByteArray &line);
// The lines of a text without the trailing empty one.
QList<QByteArray> textLines(const QByteArray &text);
