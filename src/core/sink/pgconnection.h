#pragma once

#include <libpq-fe.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace cdr {

// libpq connection parameters: keyword, value (host, dbname, sslmode, ...).
using LibpqParameters = std::vector<std::pair<std::string, std::string>>;

struct PgConnectionCloser {
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
// An owned libpq connection.
using PgConnection = std::unique_ptr<PGconn, PgConnectionCloser>;

// Connects with libpq keyword/value pairs (host, dbname, user, password, port, sslmode, ...). Never null: check
// PQstatus() for success.
PgConnection connectWithParameters(const LibpqParameters &parameters);

} // namespace cdr
