#include "storage/SqliteNative.h"

#include "storage/Workspace.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace sd::storage {

namespace {

[[noreturn]] void fail(sqlite3* db, const char* what)
{
    throw StorageError(std::string("database error while ") + what + ": " + (db ? sqlite3_errmsg(db) : "no connection"));
}

sqlite3_stmt* prepareNative(sqlite3* db, const QString& sql, const char* what)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, text.constData(), static_cast<int>(text.size()), &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        fail(db, what);
    }
    return stmt;
}

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw StorageError("the workspace connection is not an SQLite connection");
    sqlite3* handle = *static_cast<sqlite3* const*>(v.constData());
    if (!handle)
        throw StorageError("the workspace connection is closed");
    return handle;
}

namespace {

void execNative(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string why = message ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        throw StorageError(std::string("database error while running ") + sql + ": " + why);
    }
}

} // namespace

bool sqliteBeginBulkLoad(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!sqlite3_get_autocommit(handle))
        return false; // inside a transaction the switch would be ignored
    execNative(handle, "PRAGMA foreign_keys=OFF");
    // The CHECK (x IN (...)) constraints build a temporary b-tree of the list on every INSERT (an OpenEphemeral per
    // row: a third of the cost of an activity row); the writer binds those columns from enums and flags only.
    execNative(handle, "PRAGMA ignore_check_constraints=ON");
    return true;
}

void sqliteEndBulkLoad(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    execNative(handle, "PRAGMA ignore_check_constraints=OFF");
    execNative(handle, "PRAGMA foreign_keys=ON");
}

int sqliteSortOnDisk(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!sqlite3_get_autocommit(handle))
        return -1;
    sqlite3_stmt* stmt = prepareNative(handle, QStringLiteral("PRAGMA temp_store"), "reading temp_store");
    const int before = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    if (before < 0 || before == 1)
        return -1;
    execNative(handle, "PRAGMA temp_store=FILE");
    return before;
}

void sqliteRestoreTempStore(const QSqlDatabase& db, int tempStore)
{
    if (tempStore < 0 || tempStore > 2)
        return;
    const std::string sql = "PRAGMA temp_store=" + std::to_string(tempStore);
    execNative(sqliteHandle(db), sql.c_str());
}

namespace {

// Sets the journal mode and returns the mode in force afterwards ("" when SQLite refused the statement).
std::string setJournalMode(sqlite3* handle, const char* mode)
{
    const QString sql = QStringLiteral("PRAGMA journal_mode=") + QString::fromLatin1(mode);
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return {};
    std::string result;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        result = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return result;
}

} // namespace

bool sqliteRollbackJournalForBulkLoad(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!sqlite3_get_autocommit(handle))
        return false;
    return setJournalMode(handle, "DELETE") == "delete";
}

void sqliteRestoreWal(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (setJournalMode(handle, "WAL") != "wal")
        throw StorageError("could not switch the workspace back to write-ahead logging after the import");
}

SqliteStatement::SqliteStatement(const QSqlDatabase& db, const QString& sql, const char* what)
    : m_db(sqliteHandle(db))
    , m_stmt(prepareNative(m_db, sql, what))
    , m_what(what)
{
    m_buffers.resize(static_cast<size_t>(sqlite3_bind_parameter_count(m_stmt)));
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

void SqliteStatement::bindText(int index, std::string_view utf8)
{
    std::string& buffer = m_buffers.at(static_cast<size_t>(index));
    buffer.assign(utf8.data(), utf8.size());
    sqlite3_bind_text(m_stmt, index + 1, buffer.data(), static_cast<int>(buffer.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt64(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index + 1, static_cast<sqlite3_int64>(value));
}

void SqliteStatement::bindNull(int index) { sqlite3_bind_null(m_stmt, index + 1); }

void SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const std::string message = sqlite3_errmsg(m_db);
        sqlite3_reset(m_stmt);
        throw StorageError(std::string("database error while ") + m_what + ": " + message);
    }
    sqlite3_reset(m_stmt);
}

SqliteCursor::SqliteCursor(const QSqlDatabase& db, const QString& sql, const char* what)
    : m_db(sqliteHandle(db))
    , m_stmt(prepareNative(m_db, sql, what))
    , m_what(what)
{
}

SqliteCursor::~SqliteCursor() { sqlite3_finalize(m_stmt); }

bool SqliteCursor::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, m_what);
}

bool SqliteCursor::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::string_view SqliteCursor::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::int64_t SqliteCursor::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

} // namespace sd::storage
