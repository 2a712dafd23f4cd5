#include "sink/odbcnative.h"

#include <sql.h>
#include <sqlext.h>

namespace cdr {

namespace odbcnative {

namespace {

void appendRecords(short handleType, void *handle, sinkfailure::Diagnosis *out)
{
    for (SQLSMALLINT record = 1; record <= 8; ++record) {
        SQLCHAR state[6] = {};
        SQLINTEGER native = 0;
        SQLCHAR message[1024] = {};
        SQLSMALLINT length = 0;
        const SQLRETURN rc = SQLGetDiagRec(handleType, handle, record, state, &native, message, sizeof message, &length);
        if (!SQL_SUCCEEDED(rc))
            break;
        const std::string stateText = reinterpret_cast<const char *>(state);
        out->records.push_back({stateText, long(native)});
        if (!out->message.empty())
            out->message += "; ";
        out->message += stateText;
        if (native != 0)
            out->message += " (" + std::to_string(native) + ")";
        out->message += std::string(": ") + reinterpret_cast<const char *>(message);
    }
}

} // namespace

sinkfailure::Diagnosis diagnose(short handleType, void *handle, void *hdbc)
{
    sinkfailure::Diagnosis diagnosis;
    if (handle)
        appendRecords(handleType, handle, &diagnosis);
    if (hdbc && (handleType != SQL_HANDLE_DBC || handle != hdbc))
        appendRecords(SQL_HANDLE_DBC, hdbc, &diagnosis);
    diagnosis.connectionDead = hdbc && connectionDead(hdbc);
    return diagnosis;
}

bool connectionDead(void *hdbc)
{
    SQLUINTEGER dead = SQL_CD_FALSE;
    const SQLRETURN rc = SQLGetConnectAttr(hdbc, SQL_ATTR_CONNECTION_DEAD, &dead, SQL_IS_UINTEGER, nullptr);
    return SQL_SUCCEEDED(rc) && dead == SQL_CD_TRUE;
}

sinkfailure::Diagnosis probeConnect(const std::string &connectionString, int loginTimeoutS)
{
    sinkfailure::Diagnosis diagnosis;
    SQLHENV env = SQL_NULL_HENV;
    SQLHDBC dbc = SQL_NULL_HDBC;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env))) {
        diagnosis.message = "cannot allocate an ODBC environment";
        return diagnosis;
    }
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, reinterpret_cast<SQLPOINTER>(SQL_OV_ODBC3), 0);
    if (SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_DBC, env, &dbc))) {
        SQLSetConnectAttr(dbc, SQL_ATTR_LOGIN_TIMEOUT, reinterpret_cast<SQLPOINTER>(SQLULEN(loginTimeoutS)), 0);
        std::string text = connectionString;
        const SQLRETURN rc = SQLDriverConnect(dbc, nullptr, reinterpret_cast<SQLCHAR *>(text.data()), SQLSMALLINT(text.size()),
                                              nullptr, 0, nullptr, SQL_DRIVER_NOPROMPT);
        if (SQL_SUCCEEDED(rc))
            SQLDisconnect(dbc);
        else
            appendRecords(SQL_HANDLE_DBC, dbc, &diagnosis);
        SQLFreeHandle(SQL_HANDLE_DBC, dbc);
    }
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    return diagnosis;
}

std::string dbmsName(void *hdbc)
{
    SQLCHAR name[256] = {};
    SQLSMALLINT length = 0;
    if (!SQL_SUCCEEDED(SQLGetInfo(hdbc, SQL_DBMS_NAME, name, sizeof name, &length)))
        return {};
    return reinterpret_cast<const char *>(name);
}

bool setAutocommit(void *hdbc, bool on)
{
    return SQL_SUCCEEDED(SQLSetConnectAttr(hdbc, SQL_ATTR_AUTOCOMMIT,
                                           reinterpret_cast<SQLPOINTER>(on ? SQL_AUTOCOMMIT_ON : SQL_AUTOCOMMIT_OFF),
                                           SQL_IS_UINTEGER));
}

bool endTransaction(void *hdbc, bool commit)
{
    return SQL_SUCCEEDED(SQLEndTran(SQL_HANDLE_DBC, hdbc, commit ? SQL_COMMIT : SQL_ROLLBACK));
}

} // namespace odbcnative

} // namespace cdr
