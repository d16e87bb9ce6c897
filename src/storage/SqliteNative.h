#pragma once

#include "storage/SqlRow.h"

#include <QSqlDatabase>
#include <QString>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sd::storage {

// The sqlite3 handle behind a QSQLITE connection (Qt documents driver()->handle() for this).
// Throws StorageError when the connection is not a QSQLITE one.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// A first import into an empty workspace whose references the importer resolved: foreign-key enforcement off
// for the connection (SQLite ignores the switch inside a transaction, so call it before the import's
// transaction begins), and the CHECK constraints skipped (every checked column is bound from an enum or a flag).
// Journal and synchronous settings are left alone: a killed import rolls back as before.
// Returns whether it was switched off; sqliteEndBulkLoad() switches it on again.
bool sqliteBeginBulkLoad(const QSqlDatabase& db);
void sqliteEndBulkLoad(const QSqlDatabase& db);

// A large import's index builds (CREATE INDEX after the rows): SQLite's sorter spills to temporary files in runs of
// the page cache's size instead of sorting each index as one in-memory list of separately allocated records, which
// temp_store=MEMORY makes it do (a third faster, and the sort no longer holds a whole index in memory). Call it
// outside a transaction (the switch is refused inside one); returns the previous temp_store (0, 1 or 2), or -1 when
// nothing was changed. sqliteRestoreTempStore() puts it back.
int sqliteSortOnDisk(const QSqlDatabase& db);
void sqliteRestoreTempStore(const QSqlDatabase& db, int tempStore);

// A large first import into a new workspace file: a rollback journal (journal_mode=DELETE) instead of the WAL for
// the import's transaction. The pages the transaction appends to the file are not journaled, so each page is
// written once instead of twice (into the WAL, then by the checkpoint); a killed import still rolls back (the hot
// journal is replayed on the next open). SQLite only leaves WAL mode when this is the file's one connection; with
// others open it stays in WAL and nothing changes. Call it outside a transaction; returns whether it switched.
// sqliteRestoreWal() switches back.
bool sqliteRollbackJournalForBulkLoad(const QSqlDatabase& db);
void sqliteRestoreWal(const QSqlDatabase& db);

// A statement on the native SQLite API of a Qt connection: UTF-8 text bound and read without
// QVariant/QString conversions, for the bulk import and the dataset loader.
class SqliteStatement : public SqlStatement
{
public:
    SqliteStatement(const QSqlDatabase& db, const QString& sql, const char* what);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bindText(int index, std::string_view utf8) override;
    void bindInt64(int index, std::int64_t value) override;
    void bindNull(int index) override;
    void exec() override;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    const char* m_what;
    std::vector<std::string> m_buffers; // one per parameter, reused so binding does not allocate
};

// A forward-only cursor on the native SQLite API.
class SqliteCursor : public SqlCursor
{
public:
    SqliteCursor(const QSqlDatabase& db, const QString& sql, const char* what);
    ~SqliteCursor() override;
    SqliteCursor(const SqliteCursor&) = delete;
    SqliteCursor& operator=(const SqliteCursor&) = delete;

    bool next() override;
    bool isNull(int column) const override;
    std::string_view text(int column) const override;
    std::int64_t int64(int column) const override;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    const char* m_what;
};

} // namespace sd::storage
