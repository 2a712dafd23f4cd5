#include "model/schema.h"

namespace cdr {

std::string csvHeader()
{
    std::string header;
    for (const Column &column : kCdrColumns) {
        if (!header.empty())
            header += ',';
        header += column.name;
    }
    return header;
}

} // namespace cdr
