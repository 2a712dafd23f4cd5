#include "delivery/encodedfilesink.h"

#include "sink/defectkeychunks.h"
#include "sink/sinkerror.h"

#include <QFileInfo>

namespace cdr {

std::int64_t EncodedFileSink::maxIdIn(std::int64_t first, std::int64_t last)
{
    m_firstId = first;
    m_lastId = last;
    return 0;
}

void EncodedFileSink::forEachDefectKeyChunk(std::int64_t idsPerChunk,
                                            const std::function<void(std::span<const DefectKeyRow>)> &each) const
{
    if (defectKeySource())
        cdr::forEachDefectKeyChunk(defectKeySource(), m_firstId, m_lastId, idsPerChunk, each);
}

void EncodedFileSink::writeBatch(std::span<const CdrRecord> records)
{
    if (!m_ownEncoder)
        m_ownEncoder = m_encoders();
    m_ownEncoder->encode(records, m_ownEncoded);
    writeEncodedBatch(records, m_ownEncoded);
}

void EncodedFileSink::writeEncodedBatch(std::span<const CdrRecord>, EncodedBatch &encoded)
{
    ensureStarted();
    m_file.write(encoded.text());
}

void EncodedFileSink::close()
{
    m_file.cancel();
}

void EncodedFileSink::openFile(const std::string &path)
{
    m_file.cancel();
    m_file.open(path);
    m_started = false;
}

void EncodedFileSink::refuseExisting(const std::string &path, IfExists ifExists)
{
    if (ifExists == IfExists::Fail && QFileInfo::exists(QString::fromStdString(path)))
        throw SinkError(SinkError::Kind::Configuration, path + " already exists (if_exists: fail)");
}

void EncodedFileSink::ensureStarted()
{
    if (m_started)
        return;
    m_file.write(startText());
    m_started = true;
}

} // namespace cdr
