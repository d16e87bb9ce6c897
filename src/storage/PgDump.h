#pragma once

#include "storage/WorkspaceUrl.h"

#include <QString>

namespace sd::storage {

// Backups of a server workspace through PostgreSQL's own tools (pg_dump, custom format, restorable with
// pg_restore): before a schema upgrade and for `salesctl --db URL backup`. Throws StorageError with a message
// for the user; the password is passed in the tool's environment, never on its command line.
class PgDump
{
public:
    // The pg_dump (or pg_restore, …) to run: SALESDESK_PGBIN/<tool>, else the newest
    // /usr/lib/postgresql/<N>/bin/<tool>, else <tool> on the PATH; empty when none is installed.
    static QString findTool(const QString& tool);

    // Dumps the whole database of `url` to `file` (custom format): written to "<file>.part", renamed when complete.
    static void dump(const WorkspaceUrl& url, const QString& file);

    // Where the backup before a schema upgrade goes: SALESDESK_PG_BACKUP_DIR, else
    // "<the user's data folder>/server-backups"; the file is "<host>-<database>-v<N>-<yyyyMMdd-HHmmss>.dump".
    static QString migrationBackupPath(const WorkspaceUrl& url, int fromVersion);

    // Whether a schema upgrade of a server workspace backs it up first (default true). `salesctl --no-backup`
    // turns it off for the process: for servers backed up otherwise, or clients without pg_dump.
    static void setBackupBeforeUpgrade(bool on);
    static bool backupBeforeUpgrade();
};

} // namespace sd::storage
