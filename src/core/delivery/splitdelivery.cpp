#include "delivery/splitdelivery.h"

#include "delivery/bcpbatchencoder.h"
#include "delivery/bcpfiles.h"
#include "delivery/deliverytextcheck.h"
#include "delivery/savedfile.h"
#include "delivery/tsqlbatchencoder.h"
#include "delivery/tsqlscript.h"
#include "sink/sinkerror.h"
#include "split/slicefileformat.h"
#include "split/splitfilenames.h"
#include "split/splitfilesink.h"

#include <QDir>
#include <QFileInfo>

namespace cdr {

namespace {

SliceFileFormat tsqlSliceFormat(const Config &config, const std::string &table)
{
    SliceFileFormat format;
    format.head = [table](const std::string &) { return TsqlScript::head(table, {}); };
    format.tail = [table](const std::string &) { return TsqlScript::tail(table, {}); };
    format.rows = [shared = std::make_shared<const Config>(config), table]() -> std::unique_ptr<BatchEncoder> {
        return std::make_unique<TsqlBatchEncoder>(shared, table);
    };
    return format;
}

SliceFileFormat bcpSliceFormat(const Config &config)
{
    SliceFileFormat format;
    format.head = [](const std::string &) { return std::string(); };
    format.tail = [](const std::string &) { return std::string(); };
    format.rows = [shared = std::make_shared<const Config>(config)]() -> std::unique_ptr<BatchEncoder> {
        return std::make_unique<BcpBatchEncoder>(shared);
    };
    return format;
}

void refuseUnwritableText(const Config &config, const char *target)
{
    if (const auto problem = deliveryTextProblem(config, target))
        throw SinkError(SinkError::Kind::Configuration, *problem);
}

class SplitTsqlSink : public SplitFileSink {
public:
    SplitTsqlSink(const std::string &path, SplitPeriod period, const std::string &table, const Config &config)
        : SplitFileSink(path, period, tsqlSliceFormat(config, table), config), m_names(path), m_table(table),
          m_config(config)
    {
    }

    void open() override
    {
        refuseUnwritableText(m_config, "the tsql:");
        SplitFileSink::open();
    }

    void finish() override
    {
        SplitFileSink::finish();
        if (const WorldRows *rows = worldRows())
            SavedFile::writeWhole(m_names.siblingPath("world_tables.sql"), BcpFiles::worldTablesSql(*rows, m_table));
    }

private:
    SplitFileNames m_names;
    std::string m_table;
    const Config &m_config;
};

class SplitBcpSink : public SplitFileSink {
public:
    SplitBcpSink(const std::string &directory, SplitPeriod period, const std::string &table, const Config &config)
        : SplitFileSink(QDir(QString::fromStdString(directory))
                            .filePath(QString::fromStdString(BcpFiles::dataFile(table)))
                            .toStdString(),
                        period, bcpSliceFormat(config), config),
          m_directory(directory), m_table(table), m_config(config)
    {
    }

    void open() override
    {
        refuseUnwritableText(m_config, "the bcp:");
        BcpFiles::makeFolder(m_directory);
        SplitFileSink::open();
    }

    void finish() override
    {
        SplitFileSink::finish();
        BcpFiles::writeSideFiles(m_directory, m_table, m_config.generation.batchSize, worldRows(), m_table + "_*.dat");
    }

private:

    std::string m_directory;
    std::string m_table;
    const Config &m_config;
};

} // namespace

std::unique_ptr<RecordSink> makeSplitTsqlSink(const std::string &path, SplitPeriod period, const std::string &table,
                                              const Config &config)
{
    return std::make_unique<SplitTsqlSink>(path, period, table, config);
}

std::unique_ptr<RecordSink> makeSplitBcpSink(const std::string &directory, SplitPeriod period,
                                             const std::string &table, const Config &config)
{
    return std::make_unique<SplitBcpSink>(directory, period, table, config);
}

} // namespace cdr
