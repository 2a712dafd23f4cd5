#include "sink/odbcnative.h"

#include <sql.h>
#include <sqlext.h>

namespace cdr {

namespace odbcnative {

std::string diagnostics(short handleType, void *handle, std::string *sqlState)
{
    std::string text;
    for (SQLSMALLINT record = 1; record <= 3; ++record) {
        SQLCHAR state[6] = {};
        SQLINTEGER native = 0;
        SQLCHAR message[1024] = {};
        SQLSMALLINT length = 0;
        const SQLRETURN rc = SQLGetDiagRec(handleType, handle, record, state, &native, message, sizeof message, &length);
        if (!SQL_SUCCEEDED(rc))
            break;
        if (record == 1 && sqlState)
            *sqlState = reinterpret_cast<const char *>(state);
        if (!text.empty())
            text += "; ";
        text += std::string(reinterpret_cast<const char *>(state)) + ": " + reinterpret_cast<const char *>(message);
    }
    return text;
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
