#include "targetfiles.h"

#include "config/periodtime.h"
#include "split/splitsinkfactory.h"

#include <QFileDialog>
#include <QFileInfo>

namespace cdr::gui {

namespace {

QString fileName(const std::string &path)
{
    return QFileInfo(QString::fromStdString(path)).fileName();
}

// What the Database tab knows of each file target: its default name, its scheme on the command line and where the
// settings keep its path. Database targets have none.
struct FileKind {
    TargetSpec::Kind kind;
    const char *defaultName, *scheme, *settingsKey;
};

constexpr FileKind kFileKinds[] = {
    {TargetSpec::Kind::Sqlite, "cdr.sqlite", "sqlite:", "database/sqlitePath"},
    {TargetSpec::Kind::Csv, "cdr.csv", "csv:", "database/csvPath"},
    {TargetSpec::Kind::Tsql, "cdr.sql", "tsql:", "database/tsqlPath"},
    {TargetSpec::Kind::Bcp, "cdr_bcp", "bcp:", "database/bcpPath"},
};

const FileKind *fileKind(TargetSpec::Kind kind)
{
    for (const FileKind &file : kFileKinds)
        if (file.kind == kind)
            return &file;
    return nullptr;
}

} // namespace

bool TargetFiles::isFile(TargetSpec::Kind kind)
{
    return !defaultName(kind).isEmpty();
}

bool TargetFiles::canSplit(TargetSpec::Kind kind)
{
    TargetSpec probe;
    probe.kind = kind;
    probe.path = defaultName(kind).toStdString();
    probe.split = SplitPeriod::Day;
    return isFile(kind) && splitTargetProblem(probe).empty();
}

QString TargetFiles::defaultName(TargetSpec::Kind kind)
{
    const FileKind *file = fileKind(kind);
    return file ? QString::fromLatin1(file->defaultName) : QString();
}

std::optional<TargetSpec> TargetFiles::parse(TargetSpec::Kind kind, const std::string &path, std::string *error)
{
    const FileKind *file = fileKind(kind);
    if (!file)
        return std::nullopt;
    return TargetSpec::parse(file->scheme + path, error);
}

QString TargetFiles::settingsKey(TargetSpec::Kind kind)
{
    const FileKind *file = fileKind(kind);
    return file ? QString::fromLatin1(file->settingsKey) : QString();
}

QString TargetFiles::choose(QWidget *parent, TargetSpec::Kind kind, const QString &current)
{
    if (isFolder(kind))
        return QFileDialog::getExistingDirectory(parent, tr("Folder of the bcp files"), current);
    QString title, filter;
    switch (kind) {
    case TargetSpec::Kind::Csv:
        title = tr("CSV file");
        filter = tr("CSV files (*.csv *.csv.gz);;All files (*)");
        break;
    case TargetSpec::Kind::Tsql:
        title = tr("T-SQL script");
        filter = tr("T-SQL scripts (*.sql *.sql.gz);;All files (*)");
        break;
    default:
        title = tr("SQLite database");
        filter = tr("SQLite databases (*.sqlite *.db);;All files (*)");
        break;
    }
    return QFileDialog::getSaveFileName(parent, title, current, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

QString TargetFiles::splitHint(const TargetSpec &target, const std::string &table, const std::string &periodStart)
{
    const SplitFileNames names = splitFileNames(target, table);
    const bool hour = target.split == SplitPeriod::Hour;
    QString files = fileName(names.slicePath(hour ? "YYYYMMDDHH" : "YYYYMMDD"));
    if (const auto start = parsePeriodTime(periodStart)) {
        const std::int64_t slice = sliceOf(target.split, *start);
        files = QStringLiteral("%1, %2").arg(fileName(names.slicePath(sliceLabel(target.split, slice))),
                                             fileName(names.slicePath(sliceLabel(target.split, slice + 1))));
    }
    const QString period = hour ? tr("hour") : tr("day");
    const QString manifest = fileName(names.manifestPath());
    const QString folder = QString::fromStdString(names.directory());
    if (target.kind == TargetSpec::Kind::Bcp)
        return tr("Writes %1, … (a file per %2 that has records), %3, the format file and the load scripts, in %4")
            .arg(files, period, manifest, folder);
    return tr("Writes %1, … (a file per %2 that has records) and %3, in %4").arg(files, period, manifest, folder);
}

} // namespace cdr::gui
