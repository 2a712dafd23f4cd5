#include "sink/pgconcurrentddl.h"

#include <spdlog/spdlog.h>

#include <libpq-fe.h>

#include <memory>

namespace cdr {

namespace {

struct ConnectionCloser {
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
using Connection = std::unique_ptr<PGconn, ConnectionCloser>;

Connection connect(const std::vector<std::pair<std::string, std::string>> &parameters)
{
    std::vector<const char *> keywords, values;
    for (const auto &[key, value] : parameters) {
        keywords.push_back(key.c_str());
        values.push_back(value.c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    return Connection(PQconnectdbParams(keywords.data(), values.data(), 0));
}

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
                                         const std::vector<std::pair<std::string, std::string>> &parameters)
{
    std::vector<Connection> connections;
    std::vector<std::string> notRun;
    std::vector<std::size_t> sent;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        Connection conn = connect(parameters);
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
