#pragma once

#include "config/config.h"
#include "encode/batchencoder.h"
#include "sink/batchtext.h"

#include <memory>
#include <string>

namespace cdr {

// A batch as T-SQL (TsqlScript): one transaction holding guarded INSERTs of at most TsqlScript::kRowsPerInsert rows,
// then GO. Values are the CSV output's text (BatchText) as T-SQL literals (appendTsqlLiteral). An empty batch is
// empty text.
class TsqlBatchEncoder : public BatchEncoder {
public:
    TsqlBatchEncoder(std::shared_ptr<const Config> config, std::string table);
    void encode(std::span<const CdrRecord> records, EncodedBatch &out) override;

private:
    std::shared_ptr<const Config> m_config; // BatchText keeps a reference to it
    std::string m_table;
    BatchText m_fields;
    std::string m_text;
};

} // namespace cdr
