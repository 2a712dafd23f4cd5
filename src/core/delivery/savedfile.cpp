#include "delivery/savedfile.h"

#include "sink/sinkerror.h"

namespace cdr {

void SavedFile::open(const std::string &path)
{
    m_path = path;
    m_file = std::make_unique<QSaveFile>(QString::fromStdString(path));
    if (!m_file->open(QIODevice::WriteOnly)) {
        const std::string reason = m_file->errorString().toStdString();
        m_file.reset();
        throw SinkError(SinkError::Kind::Configuration, "cannot create " + path + ": " + reason);
    }
}

void SavedFile::write(std::string_view data)
{
    if (!m_file)
        throw SinkError(SinkError::Kind::Fatal, "internal error: " + m_path + " written before it was opened");
    while (!data.empty()) {
        const qint64 written = m_file->write(data.data(), static_cast<qint64>(data.size()));
        if (written <= 0)
            throw SinkError(SinkError::Kind::Fatal, "cannot write " + m_path + ": " + m_file->errorString().toStdString());
        data.remove_prefix(static_cast<std::size_t>(written));
    }
}

void SavedFile::commit()
{
    if (!m_file)
        throw SinkError(SinkError::Kind::Fatal, "internal error: " + m_path + " committed before it was opened");
    if (!m_file->commit())
        throw SinkError(SinkError::Kind::Fatal, "cannot save " + m_path + ": " + m_file->errorString().toStdString());
    m_file.reset();
}

void SavedFile::cancel()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
}

void SavedFile::writeWhole(const std::string &path, std::string_view text)
{
    SavedFile file;
    file.open(path);
    file.write(text);
    file.commit();
}

} // namespace cdr
