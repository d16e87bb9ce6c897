#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// Whole-file copies of a workspace through SQLite's online backup API (sqlite3_backup_*), which reads
// a consistent snapshot, write-ahead log included, even while another connection writes; checks of a
// file before it is opened or restored; the scheduled backups kept in a `backups/` folder beside the
// workspace. Every function throws StorageError with a message for the user naming the file.
class Backup
{
public:
    // Copies the workspace file `source` (through a connection of its own) to `destination`: written
    // to "<destination>.part", turned into a self-contained single file (rollback journal), then
    // renamed over `destination`. Refuses a destination that is the source itself.
    static void copy(const QString& source, const QString& destination);
    // The same from an open connection (e.g. before migrating, on the connection that will migrate).
    static void copy(const QSqlDatabase& db, const QString& destination);

    // Why `path` cannot be opened as a workspace, cheaply (no full scan): missing header, not an
    // SQLite file, shorter than its header says. Empty when it looks sound or does not exist yet.
    static std::string quickProblem(const QString& path);
    // Why `path` is not a valid workspace this version can restore, or empty: quickProblem, then an
    // integrity check, the foreign keys, a schema newer than this version, tables that are not ours.
    static std::string problem(const QString& path);

    // Replaces the workspace `workspace` with the backup `from`: `from` is copied to a temporary file
    // beside the workspace and checked (problem()); the current workspace is first backed up into
    // its backups folder ("<name>-before-restore-<time>.sqlite", returned); then the checked copy is
    // written into the workspace in one SQLite transaction (online backup API), so a crash leaves
    // either the old or the new content. Throws, leaving the workspace untouched, when `from` is not
    // a valid workspace. No other connection should be open on `workspace` (they would see the
    // change only on their next read).
    static QString restore(const QString& workspace, const QString& from);

    // The folder holding the workspace's backups: "<folder of the workspace>/backups".
    static QString folder(const QString& workspace);
    // The scheduled backups of the workspace in its backups folder, newest first.
    static std::vector<QString> scheduledBackups(const QString& workspace);
    // When the newest scheduled backup was written (from its name), if there is one.
    static std::optional<QDateTime> lastScheduledBackup(const QString& workspace);
    // Writes a scheduled backup "<name>-<yyyyMMdd-HHmmss>.sqlite" when the newest one is older than
    // `intervalHours` (or there is none), then deletes the oldest beyond `keep` (at least 1). Returns
    // the new file, or an empty string when none was due.
    static QString runScheduled(const QString& workspace, int intervalHours, int keep,
                                const QDateTime& now = QDateTime::currentDateTimeUtc());

    // A write failure (disk full, read-only file) rephrased for the user, naming the workspace file;
    // other messages are returned unchanged.
    static std::string describeWriteFailure(const QString& workspace, const std::string& message);
};

} // namespace sd::storage
