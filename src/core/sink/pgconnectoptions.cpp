#include "sink/pgconnectoptions.h"

#include <algorithm>

namespace cdr {

namespace {

// A libpq conninfo value: single-quoted, backslash and quote escaped (QPSQL quotes its own values the same way).
std::string conninfoValue(const std::string &value)
{
    std::string quoted = "'";
    for (char c : value) {
        if (c == '\\' || c == '\'')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

} // namespace

LibpqParameters withDefaultParameters(LibpqParameters parameters, int connectTimeoutS)
{
    const auto has = [&](const std::string &key) {
        return std::any_of(parameters.begin(), parameters.end(), [&](const auto &parameter) { return parameter.first == key; });
    };
    if (!has("connect_timeout"))
        parameters.emplace_back("connect_timeout", std::to_string(connectTimeoutS));
    if (!has("application_name"))
        parameters.emplace_back("application_name", "cdrgen");
    return parameters;
}

QString qpsqlConnectOptions(const LibpqParameters &parameters)
{
    std::string joined;
    for (const auto &[key, value] : parameters)
        joined += (joined.empty() ? "" : ";") + key + "=" + conninfoValue(value);
    return QString::fromStdString(joined);
}

} // namespace cdr
