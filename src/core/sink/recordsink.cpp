#include "sink/recordsink.h"

#include "sink/sinkerror.h"

namespace cdr {

void RecordSink::runStatement(const std::string &)
{
    throw SinkError(SinkError::Kind::Configuration, describe() + " runs no SQL");
}

} // namespace cdr
