#include "sink/sqlitesink.h"

#include "model/schema.h"
#include "sink/batchtext.h"
#include "sink/connectionname.h"
#include "sink/existingtable.h"
#include "sink/sinkerror.h"
#include "sink/sqlitedefectkey.h"
#include "sink/sqliterowbinder.h"
#include "sink/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace cdr {

namespace {

// Page cache sizes in KiB. A table whose indexes are maintained while rows arrive (a resumed table) keeps its
// B-trees in a big cache. Into a table whose indexes are deferred, rows are only appended, which needs a few pages.
// CREATE INDEX sizes its in-memory sort runs after the cache, and small runs sort fastest: the three indexes of
// 10 M rows took 13 s of CPU and 14 MB with a 4 MB cache, 27 s and 268 MB with 128 MB (sqlite3 shell, same table).
constexpr int kMaintainedIndexesCacheKiB = 131072;
constexpr int kAppendOnlyCacheKiB = 8192;
constexpr int kIndexBuildCacheKiB = 4096;

} // namespace

struct SqliteSink::Impl {
    std::string path;
    std::string table;
    SqlDialect dialect{SqlDialect::Kind::Sqlite};
    BatchText text;
    QString connectionName;
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    bool indexesDeferred = false;
    std::unique_ptr<SqliteDefectKey> defectKey; // prepared on the first batch of a connection
    std::vector<DefectKeyRow> keyRows;

    std::string keyTable() const { return dialect.quoteTable(table + "_defects"); }

    Impl(std::string p, std::string t, const Config &config) : path(std::move(p)), table(std::move(t)), text(config) {}

    // SQLite's text for SQLITE_FULL, "database or disk is full", leaves the user guessing which; on a file
    // database without a page limit it is the disk.
    std::string errorText(int code) const
    {
        if ((code & 0xff) == SQLITE_FULL)
            return std::string(std::strerror(ENOSPC)) + " (" + sqlite3_errstr(code) + ")";
        return db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    }

    SinkError error(int code, const std::string &what) const
    {
        const std::string message = "SQLite " + path + ": " + what + ": " + errorText(code);
        const int primary = code & 0xff;
        const bool transient = primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
        return SinkError(transient ? SinkError::Kind::Transient : SinkError::Kind::Fatal, message);
    }

    [[noreturn]] void fail(int code, const std::string &what) const { throw error(code, what); }

    // After a failed statement or COMMIT: SQLite has already rolled back on some errors (SQLITE_FULL, SQLITE_IOERR)
    // and not on others (SQLITE_BUSY); a ROLLBACK with no transaction would replace the error message.
    void rollbackIfOpen() const
    {
        if (!sqlite3_get_autocommit(db))
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }

    void exec(const std::string &sql, const char *what) const
    {
        const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            fail(rc, what);
    }

    // First column of the first row as an integer; `present` says whether there was a non-NULL value.
    std::int64_t scalar(const std::string &sql, bool *present = nullptr) const
    {
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
        if (rc != SQLITE_OK)
            fail(rc, "query failed");
        rc = sqlite3_step(stmt);
        const bool has = rc == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL;
        const std::int64_t value = has ? sqlite3_column_int64(stmt, 0) : 0;
        sqlite3_finalize(stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            fail(rc, "query failed");
        if (present)
            *present = has;
        return value;
    }

    void setCacheSize(int kib) const
    {
        exec("PRAGMA cache_size=-" + std::to_string(kib), "setting the cache size");
    }

    void createIndexes()
    {
        setCacheSize(kIndexBuildCacheKiB);
        for (const std::string &sql : dialect.createIndexes(table))
            exec(sql, "creating an index");
        indexesDeferred = false;
        setCacheSize(kMaintainedIndexesCacheKiB);
    }

    void bindRow(std::size_t row)
    {
        SqliteRowBinder::Fields fields;
        for (std::size_t column = 0; column < kCdrColumnCount; ++column)
            fields[column] = text.field(row, column);
        SqliteRowBinder::bind(insert, fields);
    }

    // First column of the first row as text ("" for none).
    std::string textOf(const std::string &sql) const
    {
        const std::vector<std::vector<std::string>> result = rows(sql, 1);
        return result.empty() ? std::string() : result.front().front();
    }

    // Every row of a query, its first `columns` columns as text (NULL as "").
    std::vector<std::vector<std::string>> rows(const std::string &sql, int columns) const
    {
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
        if (rc != SQLITE_OK)
            fail(rc, "query failed");
        std::vector<std::vector<std::string>> result;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            std::vector<std::string> &row = result.emplace_back();
            for (int c = 0; c < columns; ++c) {
                const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                row.emplace_back(value ? value : "");
            }
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            fail(rc, "query failed");
        return result;
    }

    // WAL lets readers work during a load and makes commits cheap; a file system or VFS without shared memory (a
    // network share, unix-dotfile) refuses it, and SQLite then keeps its rollback journal.
    void enableWal() const
    {
        std::string mode = textOf("PRAGMA journal_mode=WAL");
        for (char &c : mode)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        if (mode != "wal")
            spdlog::warn("SQLite {}: the file system (or VFS) refused WAL; the journal mode is '{}'. Every batch is "
                         "still one transaction, but readers wait for each commit and commits are slower",
                         path, mode);
    }
};

SqliteSink::SqliteSink(std::string path, std::string table, const Config &config)
    : m_impl(std::make_unique<Impl>(std::move(path), std::move(table), config))
{
    expectValues(runValueLimits(config, config.generation.records));
}

SqliteSink::~SqliteSink()
{
    close();
}

void SqliteSink::open()
{
    Impl &d = *m_impl;
    d.connectionName = uniqueConnectionName("sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.connectionName);
        db.setDatabaseName(QString::fromStdString(d.path));
        if (d.path.starts_with("file:")) // a URI, e.g. file:/nfs/cdr.sqlite?vfs=unix-dotfile
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        if (!db.open())
            throw SinkError(SinkError::Kind::Configuration,
                            "cannot open SQLite database " + d.path + ": " + db.lastError().text().toStdString());
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            throw SinkError(SinkError::Kind::Fatal, "the QSQLITE driver gives no sqlite3 handle");
        d.db = *static_cast<sqlite3 *const *>(handle.constData());
    }
    sqlite3_busy_timeout(d.db, 5000);
    // WAL + synchronous=NORMAL: a committed batch survives a crash of the program.
    d.exec("PRAGMA page_size=16384", "setting the page size");
    d.enableWal();
    d.exec("PRAGMA synchronous=NORMAL", "setting synchronous");
    d.setCacheSize(kMaintainedIndexesCacheKiB);
}

void SqliteSink::prepare(IfExists ifExists)
{
    Impl &d = *m_impl;
    const auto dot = d.table.find('.');
    const std::string master = dot == std::string::npos ? "sqlite_master"
                                                       : d.dialect.quoteIdentifier(d.table.substr(0, dot)) + ".sqlite_master";
    const std::string bare = dot == std::string::npos ? d.table : d.table.substr(dot + 1);
    bool exists = false;
    d.scalar("SELECT 1 FROM " + master + " WHERE type = 'table' AND name = '" + bare + "'", &exists);
    bool hasRows = false;
    if (exists)
        d.scalar(d.dialect.hasRows(d.table), &hasRows);
    if (exists && hasRows && ifExists == IfExists::Fail)
        throw SinkError(SinkError::Kind::Configuration,
                        "table " + d.table + " in " + d.path + " already holds rows (--if-exists fail)");
    if (exists && ifExists != IfExists::Replace)
        if (const std::optional<TableShapeCheck> check = checkExistingTable())
            requireLoadable(*check, d.table + " in " + d.path);
    if (exists && ifExists == IfExists::Replace) {
        d.exec(d.dialect.dropTable(d.table), "dropping the table");
        hasRows = false;
    }
    if (ifExists == IfExists::Replace) // the replaced records' answer key goes with them, defects on or not
        d.exec("DROP TABLE IF EXISTS " + d.keyTable(), "dropping the answer key table");
    d.exec(d.dialect.createTable(d.table), "creating the table");
    if (defectKeySource())
        d.exec(SqliteDefectKey::createTable(d.keyTable()), "creating the answer key table");
    if (!hasRows) {
        // Empty table: load first, index after (see the class comment for how the indexes always get built).
        for (const IndexDef &index : kCdrIndexes)
            d.exec("DROP INDEX IF EXISTS " + d.dialect.quoteIdentifier(d.dialect.indexName(d.table, index.name)),
                   "deferring an index");
        d.indexesDeferred = true;
        d.setCacheSize(kAppendOnlyCacheKiB);
    } else {
        d.createIndexes();
    }
}

std::optional<TableShapeCheck> SqliteSink::checkExistingTable()
{
    Impl &d = *m_impl;
    const std::vector<ColumnDescription> columns =
        describeColumns(TypeSystem::Sqlite, d.rows(d.dialect.tableColumns(d.table), 4));
    if (columns.empty())
        return std::nullopt;
    return checkTableShape(TypeSystem::Sqlite, columns, expectedValues());
}

std::int64_t SqliteSink::maxIdIn(std::int64_t first, std::int64_t last)
{
    return m_impl->scalar(m_impl->dialect.maxId(m_impl->table, first, last));
}

void SqliteSink::writeBatch(std::span<const CdrRecord> records)
{
    Impl &d = *m_impl;
    if (records.empty())
        return;
    if (!d.insert) {
        const std::string sql = d.dialect.insert(d.table, 1);
        const int rc = sqlite3_prepare_v3(d.db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &d.insert, nullptr);
        if (rc != SQLITE_OK)
            d.fail(rc, "preparing the INSERT");
    }
    d.text.formatFields(records);
    d.exec("BEGIN", "starting a transaction");
    for (std::size_t row = 0; row < d.text.rows(); ++row) {
        d.bindRow(row);
        const int rc = sqlite3_step(d.insert);
        sqlite3_reset(d.insert);
        if (rc != SQLITE_DONE) {
            const SinkError error = d.error(rc, "inserting id " + std::to_string(records[row].id));
            d.rollbackIfOpen();
            throw error;
        }
    }
    if (defectKeySource()) { // the key rows of these ids, in the same transaction
        d.keyRows.clear();
        defectKeySource()(records.front().id, records.back().id, d.keyRows);
        if (!d.defectKey)
            d.defectKey = std::make_unique<SqliteDefectKey>(d.db, d.keyTable());
        try {
            d.defectKey->insert(d.keyRows);
        } catch (...) {
            d.rollbackIfOpen();
            throw;
        }
    }
    const int rc = sqlite3_exec(d.db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const SinkError error = d.error(rc, "committing a batch");
        d.rollbackIfOpen();
        throw error;
    }
}

void SqliteSink::finish()
{
    if (m_impl->indexesDeferred) {
        spdlog::info("Building the indexes of {}", m_impl->table);
        m_impl->createIndexes();
    }
}

void SqliteSink::close()
{
    Impl &d = *m_impl;
    d.defectKey.reset();
    if (d.insert) {
        sqlite3_finalize(d.insert);
        d.insert = nullptr;
    }
    if (d.db && d.indexesDeferred) {
        // A cancelled or failed run still leaves an indexed, resumable table.
        try {
            d.createIndexes();
        } catch (const SinkError &error) {
            spdlog::warn("Could not build the indexes of {} (the next run will): {}", d.table, error.what());
        }
    }
    d.db = nullptr;
    if (!d.connectionName.isEmpty()) {
        QSqlDatabase::database(d.connectionName, false).close();
        QSqlDatabase::removeDatabase(d.connectionName);
        d.connectionName.clear();
    }
}

void SqliteSink::runStatement(const std::string &sql)
{
    m_impl->exec(sql, "running the statement");
}

std::string SqliteSink::describe() const
{
    return "SQLite " + m_impl->path + " table " + m_impl->table;
}

} // namespace cdr
