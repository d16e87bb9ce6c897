#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace sd::storage {

class SqlCursor;
class SqlStatement;

// Everything that is not portable SQL, behind one interface: connection pragmas, where the schema
// version is kept, the upsert syntax, bulk-write tuning, case-insensitive matching, backups.
// SqliteDialect implements it for the embedded file, PostgresDialect for a shared server.
// Every function throws StorageError on a database error.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The Qt SQL driver name ("QSQLITE", "QPSQL").
    virtual QString driverName() const = 0;
    // Connection options set before open() (busy timeout, …).
    virtual QString connectOptions() const = 0;
    // Per-connection settings after the schema version was checked, before migrating (journal mode, …).
    virtual void configureConnection(QSqlDatabase& db) const = 0;
    // Turns foreign key enforcement on for the connection, after the migrations (which may rebuild
    // tables, as SQLite's ALTER TABLE recipe needs, with enforcement off).
    virtual void enforceForeignKeys(QSqlDatabase& db) const = 0;

    // The stored schema version (0 for a new database).
    virtual int schemaVersion(const QSqlDatabase& db) const = 0;
    // Sets it; called inside each migration's transaction.
    virtual void setSchemaVersion(QSqlDatabase& db, int version) const = 0;
    // Makes the database file self-contained (e.g. checkpoints a write-ahead log) so that copying
    // the file copies everything; a server dialect backs up differently and may do nothing here.
    virtual void prepareFileCopy(QSqlDatabase& db) const = 0;

    // "INSERT INTO table (cols) VALUES (?, …) ON CONFLICT (keys) DO UPDATE SET …": inserts a row,
    // or updates the non-key columns of the row with the same key.
    virtual QString upsertSql(const QString& table, const QStringList& columns,
                              const QStringList& keyColumns) const = 0;
    // Called first in a bulk-write transaction (e.g. defers foreign key checks to the commit, so
    // a batch may hold rows in any order).
    virtual void beginBulkWrite(QSqlDatabase& db) const = 0;
    // After a failed commit in a bulk write: the rows whose references do not resolve, as text for
    // the user ("reps 'r9' refers to a missing org_units row; …"), or empty when that is not the problem.
    virtual QString foreignKeyProblems(QSqlDatabase& db) const = 0;
    // Before committing a bulk write: the rows whose references do not resolve, in the same words, while the
    // transaction can still be examined (a server ends it at a failed commit); empty when all resolve or when the
    // dialect leaves it to foreignKeyProblems() after the commit (the default).
    virtual QString checkDeferredForeignKeys(QSqlDatabase& db) const;
    // The fastest way the driver offers to run one statement many times (bulk import) and to stream
    // a large result (dataset loading). The defaults go through QSqlQuery; a dialect may use the
    // database's native API on the same connection. The connection must outlive them.
    virtual std::unique_ptr<SqlStatement> prepareBulk(const QSqlDatabase& db, const QString& sql,
                                                      const char* what) const;
    virtual std::unique_ptr<SqlCursor> openCursor(const QSqlDatabase& db, const QString& sql, const char* what) const;
    // Drops the secondary indexes of `table` (not its primary key) and returns the statements that
    // recreate them: a bulk load into an empty table builds its indexes once at the end instead of
    // row by row. Within the caller's transaction. The default drops nothing.
    virtual QStringList dropIndexesForBulkLoad(QSqlDatabase& db, const QString& table) const;
    // A condition matching `column` against a LIKE pattern bound at `?`, case-insensitive for
    // ASCII, with '\' as the escape character.
    virtual QString likeInsensitive(const QString& column) const = 0;
    // One statement of a migration file as this database needs it (the files are written for SQLite,
    // in portable SQL but for the few spellings a dialect rewrites here). The default changes nothing.
    virtual QString adaptMigrationStatement(const QString& statement) const { return statement; }

    // Backs the database up before it is upgraded from schema `fromVersion` (SQLite: a copy beside the file,
    // PostgreSQL: pg_dump); returns where the backup went. Throws StorageError when it cannot, so that the
    // upgrade does not run.
    virtual QString backupBeforeUpgrade(QSqlDatabase& db, int fromVersion) const = 0;
    // Held around reading the schema version and migrating, so that two clients of a newer version starting at
    // once upgrade a shared database once (PostgreSQL: a session advisory lock). The defaults do nothing.
    virtual void lockSchemaUpgrade(QSqlDatabase& db) const;
    virtual void unlockSchemaUpgrade(QSqlDatabase& db) const;
    // The application's tables (not the database's own, not the schema-version table), sorted by name.
    virtual QStringList userTables(const QSqlDatabase& db) const;
    // The tables `table` refers to through foreign keys (itself included when it refers to itself).
    virtual QStringList referencedTables(const QSqlDatabase& db, const QString& table) const = 0;
    // After rows with explicit keys were copied into `table` (salesctl migrate): an auto-numbered key continues
    // after the highest copied one. The default does nothing (SQLite numbers from max(rowid)).
    virtual void afterCopyInto(QSqlDatabase& db, const QString& table) const;
    // Begins a read-only transaction that sees one consistent snapshot of the whole database (a copy's source).
    virtual void beginSnapshot(QSqlDatabase& db) const;

protected:
    // "INSERT … ON CONFLICT (keys) DO UPDATE SET c = excluded.c …" (DO NOTHING when every column is a key),
    // the upsert SQLite 3.24+ and PostgreSQL 9.5+ share.
    static QString onConflictUpsertSql(const QString& table, const QStringList& columns, const QStringList& keyColumns);
};

} // namespace sd::storage
