#include "sink/sinkfailure.h"

#include <QTest>

// One row per line of the table in docs/databases.md ("How ODBC errors are classified").
class TestErrorClassification : public QObject {
    Q_OBJECT
    using Kind = cdr::SinkError::Kind;

    static cdr::sinkfailure::Diagnosis diagnosis(const QString &state, long native, const QString &message, bool dead)
    {
        cdr::sinkfailure::Diagnosis d;
        if (!state.isEmpty() || native != 0)
            d.records.push_back({state.toStdString(), native});
        d.message = message.toStdString();
        d.connectionDead = dead;
        return d;
    }

private slots:
    void classifiesEachTableRow_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<long>("native");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("dead");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("hint"); // a word the hint must contain, empty when no hint is expected

        // Connection liveness first: a dead connection is always reconnect-and-resume.
        QTest::newRow("dead connection, generic S1000") << "S1000" << 0L << "The connection has been lost" << true << int(Kind::Transient) << "";
        QTest::newRow("dead connection, data state") << "22001" << 0L << "String data, right truncation" << true << int(Kind::Transient) << "";
        // Setup errors: exit 2 at once with a hint.
        QTest::newRow("IM002 DSN not found") << "IM002" << 0L << "[unixODBC][Driver Manager]Data source name not found and no default driver specified" << false << int(Kind::Configuration) << "odbcinst";
        QTest::newRow("IM003 driver not loaded") << "IM003" << 0L << "Specified driver could not be loaded" << false << int(Kind::Configuration) << "odbcinst";
        QTest::newRow("IM004 class IM") << "IM004" << 0L << "Driver's SQLAllocHandle on SQL_HANDLE_ENV failed" << false << int(Kind::Configuration) << "odbcinst";
        QTest::newRow("01000 can't open lib") << "01000" << 0L << "[unixODBC][Driver Manager]Can't open lib 'ODBC Driver 17 for SQL Server' : file not found" << false << int(Kind::Configuration) << "odbcinst";
        QTest::newRow("08001 certificate verify failed") << "08001" << -1L << "[Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:0A000086:SSL routines::certificate verify failed:unable to get local issuer certificate]" << false << int(Kind::Configuration) << "TrustServerCertificate";
        QTest::newRow("08001 self signed certificate") << "08001" << -1L << "SSL routines: self signed certificate in certificate chain" << false << int(Kind::Configuration) << "TrustServerCertificate";
        QTest::newRow("08001 self-signed certificate") << "08001" << -1L << "SSL Provider: self-signed certificate" << false << int(Kind::Configuration) << "TrustServerCertificate";
        QTest::newRow("FreeTDS SERVER and DSN") << "HY000" << 0L << "[FreeTDS][SQL Server]Only one between SERVER, SERVERNAME and DSN can be specified" << false << int(Kind::Configuration) << "FreeTDS";
        QTest::newRow("FreeTDS no server") << "HY000" << 0L << "[FreeTDS][SQL Server]Could not find Servername or server parameter" << false << int(Kind::Configuration) << "FreeTDS";
        QTest::newRow("FreeTDS ApplicationIntent") << "HY000" << 0L << "[FreeTDS][SQL Server]Invalid ApplicationIntent x" << false << int(Kind::Configuration) << "FreeTDS";
        QTest::newRow("psqlODBC connection string parse error") << "08001" << 0L << "Connection string parse error" << false << int(Kind::Configuration) << "DB_OPTIONS";
        // Transient SQL Server / Azure SQL numbers, retried.
        QTest::newRow("1205 deadlock victim") << "40001" << 1205L << "Transaction was deadlocked" << false << int(Kind::Transient) << "";
        QTest::newRow("4060 cannot open database") << "42000" << 4060L << "Cannot open database \"cdr\" requested by the login. The login failed." << false << int(Kind::Transient) << "";
        QTest::newRow("10928 resource limit") << "42000" << 10928L << "Resource ID : 1. The request limit for the database is 60 and has been reached." << false << int(Kind::Transient) << "";
        QTest::newRow("10929 resource limit") << "42000" << 10929L << "Resource ID : 1. The min guarantee is 0." << false << int(Kind::Transient) << "";
        QTest::newRow("40197 service error") << "HY000" << 40197L << "The service has encountered an error processing your request." << false << int(Kind::Transient) << "";
        QTest::newRow("40501 service busy") << "HY000" << 40501L << "The service is currently busy." << false << int(Kind::Transient) << "";
        QTest::newRow("40613 database unavailable") << "HY000" << 40613L << "Database 'cdr' on server 'x' is not currently available." << false << int(Kind::Transient) << "";
        QTest::newRow("49918 not enough resources") << "HY000" << 49918L << "Cannot process request. Not enough resources to process request." << false << int(Kind::Transient) << "";
        QTest::newRow("49919 too many operations") << "HY000" << 49919L << "Cannot process create or update request." << false << int(Kind::Transient) << "";
        QTest::newRow("49920 too many operations") << "HY000" << 49920L << "Cannot process request. Too many operations in progress." << false << int(Kind::Transient) << "";
        // Bad login: fail at once (exit 1).
        QTest::newRow("28000 class 28") << "28000" << 0L << "Invalid authorization specification" << false << int(Kind::Authentication) << "";
        QTest::newRow("18456 login failed") << "28000" << 18456L << "Login failed for user 'sa'." << false << int(Kind::Authentication) << "";
        QTest::newRow("18456 under 42000") << "42000" << 18456L << "Login failed for user 'sa'." << false << int(Kind::Authentication) << "";
        QTest::newRow("18486 account locked") << "28000" << 18486L << "Login failed for user 'sa' because the account is currently locked out." << false << int(Kind::Authentication) << "";
        QTest::newRow("18487 password expired") << "28000" << 18487L << "Login failed for user 'sa'. Reason: The password of the account has expired." << false << int(Kind::Authentication) << "";
        QTest::newRow("18488 password must change") << "28000" << 18488L << "Login failed for user 'sa'. Reason: The password of the account must be changed." << false << int(Kind::Authentication) << "";
        QTest::newRow("PostgreSQL password under 08001") << "08001" << 0L << "FATAL: password authentication failed for user \"x\"" << false << int(Kind::Authentication) << "";
        QTest::newRow("Login failed for user, no state") << "" << 0L << "Login failed for user 'sa'." << false << int(Kind::Authentication) << "";
        QTest::newRow("MySQL access denied") << "HY000" << 1045L << "Access denied for user 'x'@'h' (using password: YES)" << false << int(Kind::Authentication) << "";
        QTest::newRow("PostgreSQL no password supplied") << "08001" << 0L << "fe_sendauth: no password supplied" << false << int(Kind::Authentication) << "";
        // Data errors: fail at once.
        QTest::newRow("22001 truncation") << "22001" << 8152L << "String or binary data would be truncated." << false << int(Kind::Fatal) << "data error";
        QTest::newRow("22008 datetime overflow") << "22008" << 0L << "Datetime field overflow" << false << int(Kind::Fatal) << "data error";
        QTest::newRow("22007 bad datetime (error 242)") << "22007" << 242L << "The conversion of a varchar data type to a datetime data type resulted in an out-of-range value." << false << int(Kind::Fatal) << "data error";
        QTest::newRow("23000 constraint") << "23000" << 2627L << "Violation of PRIMARY KEY constraint" << false << int(Kind::Fatal) << "data error";
        QTest::newRow("23505 duplicate key") << "23505" << 0L << "duplicate key value violates unique constraint" << false << int(Kind::Fatal) << "data error";
        // Cancelled: not transient.
        QTest::newRow("HY008 cancelled") << "HY008" << 0L << "Operation canceled" << false << int(Kind::Fatal) << "";
        // Transient states.
        QTest::newRow("08S01 link failure") << "08S01" << 0L << "Communication link failure" << false << int(Kind::Transient) << "";
        QTest::newRow("08001 cannot connect") << "08001" << 0L << "Unable to connect: Adaptive Server is unavailable or does not exist" << false << int(Kind::Transient) << "";
        QTest::newRow("08004 rejected") << "08004" << 0L << "Server rejected the connection" << false << int(Kind::Transient) << "";
        QTest::newRow("HYT00 timeout") << "HYT00" << 0L << "Query timeout expired" << false << int(Kind::Transient) << "";
        QTest::newRow("HYT01 connection timeout") << "HYT01" << 0L << "Connection timeout expired" << false << int(Kind::Transient) << "";
        QTest::newRow("S1T00 ODBC 2 timeout") << "S1T00" << 0L << "Timeout expired" << false << int(Kind::Transient) << "";
        QTest::newRow("40001 serialization") << "40001" << 0L << "could not serialize access" << false << int(Kind::Transient) << "";
        QTest::newRow("40003 completion unknown") << "40003" << 0L << "Statement completion unknown" << false << int(Kind::Transient) << "";
        QTest::newRow("40P01 PostgreSQL deadlock") << "40P01" << 0L << "deadlock detected" << false << int(Kind::Transient) << "";
        QTest::newRow("57P01 admin shutdown") << "57P01" << 0L << "terminating connection due to administrator command" << false << int(Kind::Transient) << "";
        QTest::newRow("57P02 crash shutdown") << "57P02" << 0L << "terminating connection because of crash of another server process" << false << int(Kind::Transient) << "";
        QTest::newRow("57P03 cannot connect now") << "57P03" << 0L << "the database system is starting up" << false << int(Kind::Transient) << "";
        QTest::newRow("53300 too many connections") << "53300" << 0L << "sorry, too many clients already" << false << int(Kind::Transient) << "";
        // Messages under a generic state.
        QTest::newRow("S1000 connection lost (psqlODBC)") << "S1000" << 0L << "The connection has been lost" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 database is locked (SQLite)") << "HY000" << 5L << "database is locked" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 could not connect to server") << "HY000" << 0L << "could not connect to server" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 Connection refused") << "HY000" << 0L << "Connection refused" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 server closed the connection unexpectedly") << "HY000" << 0L << "server closed the connection unexpectedly" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 terminating connection due to administrator command") << "HY000" << 0L << "terminating connection due to administrator command" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 no connection to the server") << "HY000" << 0L << "no connection to the server" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 connection to server was lost") << "HY000" << 0L << "connection to server was lost" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 the database system is shutting down") << "HY000" << 0L << "the database system is shutting down" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 Communication link failure") << "HY000" << 0L << "Communication link failure" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 Login timeout expired") << "HY000" << 0L << "Login timeout expired" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 could not send data to server") << "HY000" << 0L << "could not send data to server" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 could not receive data from server") << "HY000" << 0L << "could not receive data from server" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 connection is dead") << "HY000" << 0L << "connection is dead" << false << int(Kind::Transient) << "";
        QTest::newRow("HY000 connection not open") << "HY000" << 0L << "connection not open" << false << int(Kind::Transient) << "";
        // Everything else: fail at once.
        QTest::newRow("42S02 no such table") << "42S02" << 208L << "Invalid object name 'cdr'." << false << int(Kind::Fatal) << "";
        QTest::newRow("HY000 unknown") << "HY000" << 0L << "something unexpected" << false << int(Kind::Fatal) << "";
    }
    void classifiesEachTableRow()
    {
        QFETCH(QString, state);
        QFETCH(long, native);
        QFETCH(QString, message);
        QFETCH(bool, dead);
        QFETCH(int, kind);
        QFETCH(QString, hint);
        const cdr::sinkfailure::Verdict verdict = cdr::sinkfailure::classify(diagnosis(state, native, message, dead));
        QCOMPARE(int(verdict.kind), kind);
        if (hint.isEmpty())
            QVERIFY2(verdict.hint.empty(), verdict.hint.c_str());
        else
            QVERIFY2(QString::fromStdString(verdict.hint).contains(hint), verdict.hint.c_str());
    }
    // The same rules through the shorthand the COPY path uses (state and text only).
    void stateOnlyShorthandUsesTheSameRules()
    {
        namespace f = cdr::sinkfailure;
        QCOMPARE(f::classify("22008", "Datetime field overflow", false), Kind::Fatal);
        QCOMPARE(f::classify("HY008", "Operation canceled", false), Kind::Fatal);
        QCOMPARE(f::classify("S1000", "The connection has been lost", false), Kind::Transient);
        QCOMPARE(f::classify("", "anything", true), Kind::Transient);
    }
    // The message shows every state with its native number and the hint; the password never.
    void messageNamesStatesAndHidesThePassword()
    {
        cdr::sinkfailure::Diagnosis d;
        d.records = {{"08001", -1}};
        d.message = "08001 (-1): SSL Provider: certificate verify failed; PWD=s3cret";
        const cdr::SinkError error = cdr::sinkfailure::make(d, "cannot connect", "s3cret");
        const QString text = QString::fromUtf8(error.what());
        QCOMPARE(error.kind(), Kind::Configuration);
        QVERIFY2(text.contains("08001 (-1)") && text.contains("TrustServerCertificate"), error.what());
        QVERIFY2(!text.contains("s3cret"), error.what());
    }
};

QTEST_GUILESS_MAIN(TestErrorClassification)
#include "test_errorclassification.moc"
