#include "delivery/bcpsink.h"

#include "delivery/bcpbatchencoder.h"
#include "delivery/bcpfiles.h"
#include "delivery/deliverytextcheck.h"
#include "world/worldrows.h"
#include "sink/sinkerror.h"

#include <QDir>
#include <QFileInfo>

namespace cdr {

namespace {

BatchEncoderFactory bcpEncoders(const Config &config)
{
    return [config = std::make_shared<const Config>(config)]() -> std::unique_ptr<BatchEncoder> {
        return std::make_unique<BcpBatchEncoder>(config);
    };
}

} // namespace

BcpSink::BcpSink(std::string directory, std::string table, const Config &config)
    : EncodedFileSink(bcpEncoders(config)), m_directory(std::move(directory)), m_table(std::move(table)),
      m_config(config)
{
}

std::string BcpSink::pathOf(const std::string &name) const
{
    return QDir(QString::fromStdString(m_directory)).filePath(QString::fromStdString(name)).toStdString();
}

void BcpSink::open()
{
    if (const auto problem = deliveryTextProblem(m_config, "the bcp:"))
        throw SinkError(SinkError::Kind::Configuration, *problem);
    BcpFiles::makeFolder(m_directory);
    openFile(pathOf(BcpFiles::dataFile(m_table)));
}

void BcpSink::prepare(IfExists ifExists)
{
    refuseExisting(pathOf(BcpFiles::dataFile(m_table)), ifExists);
}

void BcpSink::finish()
{
    ensureStarted();
    BcpFiles::writeSideFiles(m_directory, m_table, m_config.generation.batchSize, worldRows());
    file().commit();
}

std::string BcpSink::describe() const
{
    return "bcp files in " + m_directory + " (table " + m_table + ")";
}

} // namespace cdr
