#include "sink/pgconnection.h"

namespace cdr {

PgConnection connectWithParameters(const LibpqParameters &parameters)
{
    std::vector<const char *> keywords, values;
    for (const auto &[key, value] : parameters) {
        keywords.push_back(key.c_str());
        values.push_back(value.c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    return PgConnection(PQconnectdbParams(keywords.data(), values.data(), 0));
}

} // namespace cdr
