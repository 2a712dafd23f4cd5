#pragma once

#include "config/config.h"
#include "encode/batchencoder.h"
#include "sink/batchtext.h"

#include <memory>
#include <string_view>

namespace cdr {

// A batch as bcp character data: the CSV output's field values (BatchText, unquoted), each followed by
// kFieldTerminator, the row's last by kRowTerminator; an empty field (NULL in every database target) stays empty,
// which bcp -k and BULK INSERT ... KEEPNULLS load as NULL. No field holds a tab, CR or LF (deliveryTextProblem()).
class BcpBatchEncoder : public BatchEncoder {
public:
    static constexpr std::string_view kFieldTerminator = "\t";
    static constexpr std::string_view kRowTerminator = "\r\n";

    explicit BcpBatchEncoder(std::shared_ptr<const Config> config);
    void encode(std::span<const CdrRecord> records, EncodedBatch &out) override;

private:
    std::shared_ptr<const Config> m_config; // BatchText keeps a reference to it
    BatchText m_fields;
};

} // namespace cdr
