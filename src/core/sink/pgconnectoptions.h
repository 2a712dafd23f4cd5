#pragma once

#include "sink/pgconnection.h"

#include <QString>

namespace cdr {

// The libpq parameters of a postgresql:// target's query (sslmode, sslrootcert, options, ...), then cdrgen's
// defaults for the ones it does not set: connect_timeout (database.connect_timeout_s) and application_name.
// Every PostgreSQL connection of a run uses them, so TLS verification and the other settings apply to all.
LibpqParameters withDefaultParameters(LibpqParameters urlParameters, int connectTimeoutS);

// The same as QPSQL connect options: key='value';... (QPSQL sets host, port, user, dbname and password itself).
QString qpsqlConnectOptions(const LibpqParameters &parameters);

} // namespace cdr
