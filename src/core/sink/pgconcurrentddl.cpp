#include "sink/pgconcurrentddl.h"

#include "sink/pgconnection.h"

#include <spdlog/spdlog.h>

namespace cdr {

namespace {

// True when the statement's results are all successful (consumes them).
bool finished(PGconn *conn)
{
    bool ok = true;
    while (PGresult *result = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            spdlog::debug("Concurrent statement failed (it is run again): {}", PQresultErrorMessage(result));
            ok = false;
        }
        PQclear(result);
    }
    return ok;
}

} // namespace

std::vector<std::string> runConcurrently(const std::vector<std::string> &statements,
                                         const LibpqParameters &parameters)
{
    std::vector<PgConnection> connections;
    std::vector<std::string> notRun;
    std::vector<std::size_t> sent;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        PgConnection conn = connectWithParameters(parameters);
        if (PQstatus(conn.get()) != CONNECTION_OK || !PQsendQuery(conn.get(), statements[i].c_str())) {
            notRun.push_back(statements[i]);
            continue;
        }
        connections.push_back(std::move(conn));
        sent.push_back(i);
    }
    for (std::size_t k = 0; k < connections.size(); ++k) {
        if (!finished(connections[k].get()))
            notRun.push_back(statements[sent[k]]);
    }
    return notRun;
}

} // namespace cdr
