#include "sink/fieldnumber.h"

#include "model/schema.h"
#include "sink/sinkerror.h"

#include <string>

namespace cdr {

void badFieldValue(std::size_t column, std::string_view field, std::string_view problem)
{
    throw SinkError(SinkError::Kind::Fatal, "internal error: column " + std::string(kCdrColumns[column].name) +
                                                " value '" + std::string(field) + "' " + std::string(problem));
}

} // namespace cdr
