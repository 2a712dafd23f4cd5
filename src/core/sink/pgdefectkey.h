#pragma once

#include "defects/defectkeyrow.h"
#include "sink/sqldialect.h"

#include <span>
#include <string>

namespace cdr {

// The answer key rows of <table>_defects through PostgreSQL COPY (text format): PostgresSink sends them in the
// transaction of the batch with the same ids.
namespace pgdefectkey {

std::string copyStatement(const SqlDialect &dialect, const std::string &keyTable);
// The rows as COPY text data (tab-separated, \N for NULL, one line each), replacing `data`.
void encode(std::span<const DefectKeyRow> rows, std::string &data);

} // namespace pgdefectkey

} // namespace cdr
