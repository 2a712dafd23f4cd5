#include "split/splitsinkfactory.h"

#include "sink/sinkerror.h"
#include "split/splitfilesink.h"
#include "delivery/bcpfiles.h"
#include "delivery/splitdelivery.h"

#include <QDir>

namespace cdr {

std::string splitTargetProblem(const TargetSpec &target)
{
    if (target.split == SplitPeriod::None)
        return {};
    switch (target.kind) {
    case TargetSpec::Kind::Csv:
        if (target.path == "-")
            return "--split writes one file per slice: give csv:PATH (e.g. csv:out/cdr.csv.gz), not csv:-";
        return {};
    case TargetSpec::Kind::Tsql:
        return {};
    case TargetSpec::Kind::Bcp:
        return {};
    case TargetSpec::Kind::Sqlite:
    case TargetSpec::Kind::Odbc:
    case TargetSpec::Kind::Postgres:
        break;
    }
    return "--split writes files: it needs a csv:PATH, tsql:FILE or bcp:DIR output, not a database target";
}

SplitFileNames splitFileNames(const TargetSpec &target, const std::string &table)
{
    if (target.kind != TargetSpec::Kind::Bcp)
        return SplitFileNames(target.path);
    return SplitFileNames(
        QDir(QString::fromStdString(target.path)).filePath(QString::fromStdString(BcpFiles::dataFile(table))).toStdString());
}

// `table` is for the formats that name it (a T-SQL script).
std::unique_ptr<RecordSink> makeSplitSink(const TargetSpec &target, const std::string &table, const Config &config)
{
    if (const std::string problem = splitTargetProblem(target); !problem.empty())
        throw SinkError(SinkError::Kind::Configuration, problem);
    switch (target.kind) {
    case TargetSpec::Kind::Csv:
        return std::make_unique<SplitFileSink>(target.path, target.split, csvSliceFormat(config), config);
    case TargetSpec::Kind::Tsql:
        return makeSplitTsqlSink(target.path, target.split, table, config);
    case TargetSpec::Kind::Bcp:
        return makeSplitBcpSink(target.path, target.split, table, config);
    default:
        break;
    }
    throw SinkError(SinkError::Kind::Configuration, "--split: unsupported target");
}

} // namespace cdr
