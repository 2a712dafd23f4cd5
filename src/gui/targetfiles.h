#pragma once

#include "sink/targetspec.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

class QWidget;

namespace cdr::gui {

// The Database tab's file targets (SQLite file, CSV file, T-SQL script, bcp folder): what the file row asks for, the
// default name of each and the names a split run gives its files.
class TargetFiles {
    Q_DECLARE_TR_FUNCTIONS(TargetFiles)

public:
    // The file row is shown (the other kinds connect to a server).
    static bool isFile(TargetSpec::Kind kind);
    // bcp: a folder, not a file.
    static bool isFolder(TargetSpec::Kind kind) { return kind == TargetSpec::Kind::Bcp; }
    // core's rule (splitTargetProblem): CSV, T-SQL and bcp.
    static bool canSplit(TargetSpec::Kind kind);
    // "cdr.sqlite", "cdr.csv", "cdr.sql", "cdr_bcp"; empty for a server.
    static QString defaultName(TargetSpec::Kind kind);
    // The target as the command line reads "-o <scheme>:<path>" (sqlite:, csv:, tsql:, bcp:); nullopt with *error
    // naming the problem (an empty path, "-" where no standard output is possible, a folder for a script).
    static std::optional<TargetSpec> parse(TargetSpec::Kind kind, const std::string &path, std::string *error);
    // The QSettings key of the kind's path ("database/tsqlPath"); empty for a server.
    static QString settingsKey(TargetSpec::Kind kind);
    // The Save dialog of the file, or the folder chooser of bcp; empty when cancelled.
    static QString choose(QWidget *parent, TargetSpec::Kind kind, const QString &current);
    // The files a split run of `target` writes, as the CLI names them, e.g. "cdr_20240101.csv.gz, cdr_20240102.csv.gz,
    // … and cdr_manifest.csv in /data/out"; the slices from generation.period.start (placeholders when malformed).
    static QString splitHint(const TargetSpec &target, const std::string &table, const std::string &periodStart);
};

} // namespace cdr::gui
