#pragma once

#include "config/config.h"
#include "delivery/encodedfilesink.h"

#include <string>

namespace cdr {

// -o bcp:DIR: in DIR (created when missing) the data file in bcp character format (BcpBatchEncoder), its XML format
// file, create_table.sql, create_indexes.sql, load.sh, load.cmd and bulk_insert.sql (BcpFiles), and with world
// tables (RecordSink::writeWorldTablesFrom) world_tables.sql, which load.sh runs; with the defects answer key too
// (writeDefectKeyFrom) <table>_defects.dat and its format file <table>_defects.xml (bcpdefectkey), the table's DDL
// in world_tables.sql. Each file is written through QSaveFile; finish() writes the small files and the key, then
// commits the data file, so a failed or cancelled run leaves no data file.
class BcpSink : public EncodedFileSink {
public:
    BcpSink(std::string directory, std::string table, const Config &config);

    void open() override;
    void prepare(IfExists ifExists) override;
    void finish() override;
    bool storesDefectKey() const override { return true; }
    std::string describe() const override;

private:
    std::string pathOf(const std::string &name) const;
    void writeDefectKey();

    std::string m_directory;
    std::string m_table;
    const Config &m_config;
};

} // namespace cdr
