#pragma once

#include "config/config.h"
#include "delivery/encodedfilesink.h"

#include <string>

namespace cdr {

// -o tsql:FILE.sql: the run as a T-SQL script sqlcmd runs as it is (TsqlScript::head(), the batches as
// TsqlBatchEncoder writes them, TsqlScript::tail()). FILE.sql.gz is gzip-compressed, one member for the head, one
// per batch, one for the tail. beforeLoadSql and afterLoadSql go verbatim after the DDL and at the end. With
// world tables (RecordSink::writeWorldTablesFrom) they follow the head (tsqlWorldTables()), before the records; with
// the defects answer key too (writeDefectKeyFrom) <table>_defects is created there and its rows follow the last
// batch, before the tail, one transaction per --batch-size ids (tsqldefectkey).
class TsqlSink : public EncodedFileSink {
public:
    TsqlSink(std::string path, std::string table, const Config &config, std::string beforeLoadSql = {},
             std::string afterLoadSql = {});

    void open() override;
    void prepare(IfExists ifExists) override;
    void finish() override;
    bool storesDefectKey() const override { return true; }
    std::string describe() const override;

protected:
    std::string startText() const override;

private:
    std::string compressedIfGzip(std::string text) const;

    std::string m_path;
    std::string m_table;
    const Config &m_config;
    std::string m_beforeLoadSql, m_afterLoadSql;
    bool m_gzip;
};

} // namespace cdr
