#include "delivery/tsqlsink.h"

#include "delivery/deliverytextcheck.h"
#include "delivery/tsqlbatchencoder.h"
#include "delivery/tsqldefectkey.h"
#include "delivery/tsqlscript.h"
#include "delivery/tsqlworldtables.h"
#include "encode/gzipbatchencoder.h"
#include "sink/sinkerror.h"

namespace cdr {

namespace {

BatchEncoderFactory tsqlEncoders(const Config &config, const std::string &table, bool gzip)
{
    return [config = std::make_shared<const Config>(config), table, gzip]() -> std::unique_ptr<BatchEncoder> {
        auto tsql = std::make_unique<TsqlBatchEncoder>(config, table);
        if (!gzip)
            return tsql;
        return std::make_unique<GzipBatchEncoder>(std::move(tsql));
    };
}

} // namespace

TsqlSink::TsqlSink(std::string path, std::string table, const Config &config, std::string beforeLoadSql,
                   std::string afterLoadSql)
    : EncodedFileSink(tsqlEncoders(config, table, path.ends_with(".gz"))), m_path(std::move(path)),
      m_table(std::move(table)), m_config(config), m_beforeLoadSql(std::move(beforeLoadSql)),
      m_afterLoadSql(std::move(afterLoadSql)), m_gzip(m_path.ends_with(".gz"))
{
}

void TsqlSink::open()
{
    if (const auto problem = deliveryTextProblem(m_config, "the tsql:"))
        throw SinkError(SinkError::Kind::Configuration, *problem);
    openFile(m_path);
}

void TsqlSink::prepare(IfExists ifExists)
{
    refuseExisting(m_path, ifExists);
}

std::string TsqlSink::compressedIfGzip(std::string text) const
{
    if (!m_gzip)
        return text;
    EncodedBatch member;
    GzipCompressor().compress(text, member);
    return std::string(member.text());
}

std::string TsqlSink::startText() const
{
    std::string text = TsqlScript::head(m_table, m_beforeLoadSql);
    if (const WorldRows *rows = worldRows())
        text += tsqlWorldTables(*rows, m_table);
    if (defectKeySource())
        text += tsqldefectkey::createTable(m_table);
    return compressedIfGzip(std::move(text));
}

void TsqlSink::finish()
{
    ensureStarted();
    forEachDefectKeyChunk(m_config.generation.batchSize, [this](std::span<const DefectKeyRow> rows) {
        if (!rows.empty())
            file().write(compressedIfGzip(tsqldefectkey::transaction(m_table, rows)));
    });
    file().write(compressedIfGzip(TsqlScript::tail(m_table, m_afterLoadSql)));
    file().commit();
}

std::string TsqlSink::describe() const
{
    return "T-SQL script " + m_path + " (table " + m_table + ")";
}

} // namespace cdr
