#include "defects/defectkeycsvfile.h"

#include "encode/encodedbatch.h"
#include "encode/gzipcompressor.h"
#include "sink/sinkerror.h"
#include "synth/recordformatter.h"
#include "world/worldcsvfiles.h"

#include <QSaveFile>

namespace cdr {

struct DefectKeyCsvFile::Impl {
    std::string path;
    QSaveFile file;
    bool gzip = false;
    std::string text;
    EncodedBatch compressed;

    explicit Impl(std::string p) : path(std::move(p)), file(QString::fromStdString(path)), gzip(path.ends_with(".gz")) {}

    [[noreturn]] void fail() const
    {
        throw SinkError(SinkError::Kind::Fatal, "cannot write " + path + ": " + file.errorString().toStdString());
    }
};

DefectKeyCsvFile::DefectKeyCsvFile(const std::string &cdrCsvPath) : m_impl(std::make_unique<Impl>(pathFor(cdrCsvPath)))
{
    if (!m_impl->file.open(QIODevice::WriteOnly))
        m_impl->fail();
    write(std::string(header()) + "\n");
}

DefectKeyCsvFile::~DefectKeyCsvFile() = default; // an uncommitted QSaveFile leaves no file

std::string DefectKeyCsvFile::pathFor(const std::string &cdrCsvPath)
{
    return siblingCsvPath(cdrCsvPath, "defects");
}

const char *DefectKeyCsvFile::header()
{
    return "id,kind,variant,column_name,original_value,injected_value,original_id";
}

void DefectKeyCsvFile::append(std::span<const DefectKeyRow> rows)
{
    std::string &text = m_impl->text;
    text.clear();
    auto cell = [&](const std::optional<std::string> &value) {
        text += ',';
        if (value)
            text += RecordFormatter::csvField(*value);
    };
    for (const DefectKeyRow &row : rows) {
        text += std::to_string(row.id) + ',' + std::string(defectKindKey(row.kind)) + ',' + std::string(row.variant);
        cell(row.columnName);
        cell(row.originalValue);
        cell(row.injectedValue);
        text += ',';
        if (row.originalId)
            text += std::to_string(row.originalId);
        text += '\n';
    }
    if (!text.empty())
        write(text);
}

void DefectKeyCsvFile::write(const std::string &text)
{
    std::string_view bytes = text;
    if (m_impl->gzip) {
        GzipCompressor().compress(text, m_impl->compressed);
        bytes = m_impl->compressed.text();
    }
    if (m_impl->file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
        m_impl->fail();
}

void DefectKeyCsvFile::commit()
{
    if (!m_impl->file.commit())
        m_impl->fail();
}

} // namespace cdr
