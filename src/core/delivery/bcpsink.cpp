#include "delivery/bcpsink.h"

#include "delivery/bcpbatchencoder.h"
#include "delivery/bcpdefectkey.h"
#include "delivery/bcpfiles.h"
#include "delivery/deliverytextcheck.h"
#include "sink/defectkeytable.h"
#include "sink/sinkerror.h"
#include "world/worldrows.h"

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
    const bool defectKey = bool(defectKeySource());
    BcpFiles::writeSideFiles(m_directory, m_table, m_config.generation.batchSize, worldRows(), {}, defectKey);
    if (defectKey)
        writeDefectKey();
    file().commit();
}

void BcpSink::writeDefectKey()
{
    SavedFile key;
    key.open(pathOf(BcpFiles::dataFile(defectkeytable::name(m_table))));
    std::string data;
    forEachDefectKeyChunk(m_config.generation.batchSize, [&](std::span<const DefectKeyRow> rows) {
        data.clear();
        bcpdefectkey::append(rows, data);
        key.write(data);
    });
    key.commit();
}

std::string BcpSink::describe() const
{
    return "bcp files in " + m_directory + " (table " + m_table + ")";
}

} // namespace cdr
