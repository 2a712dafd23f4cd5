#pragma once

#include "config/config.h"
#include "encode/batchencoder.h"
#include "sink/batchtext.h"

#include <memory>
#include <string>

namespace cdr {

// A batch as T-SQL (TsqlScript): one transaction holding guarded INSERTs of at most TsqlScript::kRowsPerInsert rows,
// then GO. Values are the CSV output's text (BatchText) as T-SQL literals (writeTsqlLiteral). The records need not
// have consecutive ids (a file per day holds some of a batch's). An empty batch is empty text.
class TsqlBatchEncoder : public BatchEncoder {
public:
    TsqlBatchEncoder(std::shared_ptr<const Config> config, std::string table);
    void encode(std::span<const CdrRecord> records, EncodedBatch &out) override;

private:
    std::shared_ptr<const Config> m_config; // BatchText keeps a reference to it
    BatchText m_fields;
    std::string m_guard, m_insertInto; // TsqlScript::guard(), insertInto() of the table
};

} // namespace cdr
