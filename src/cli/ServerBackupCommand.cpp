// salesctl backup / restore when --db names a PostgreSQL server: the backup is a pg_dump (custom format); a
// restore over a shared server is an administrator's pg_restore (docs/team-server.md), refused here.

#include "cli/Commands.h"
#include "storage/PgDump.h"
#include "storage/WorkspaceUrl.h"

#include <QFileInfo>

#include <iostream>

namespace sd::cli {

int runServerBackup(const CliContext& ctx)
{
    const storage::WorkspaceUrl url = storage::WorkspaceUrl::parse(ctx.dbPath());
    if (ctx.words()[0] == "restore")
        throw CliError(tr("%1 is a shared server: restore it with pg_restore as its administrator (see "
                          "docs/team-server.md, \"Backups\"), not with salesctl restore")
                           .arg(url.toString())
                           .toStdString());
    ctx.checkKnownOptions({"--out"});
    if (ctx.words().size() != 1 || !ctx.option("--out"))
        throw CliError(trs("usage: salesctl backup --db postgresql://… --out FILE [--json]"), 2);
    const QString out = QString::fromStdString(*ctx.option("--out"));
    storage::PgDump::dump(url, out);
    if (ctx.json()) {
        Json doc;
        doc["workspace"] = url.toString().toStdString();
        doc["backup"] = out.toStdString();
        doc["format"] = "pg_dump custom";
        doc["bytes"] = countJson(QFileInfo(out).size());
        CliContext::printJson(doc);
    } else {
        std::cout << tr("backed up %1 to %2 (pg_dump; restore with pg_restore)").arg(url.toString(), out)
                         .toLocal8Bit()
                         .constData()
                  << '\n';
    }
    return 0;
}

} // namespace sd::cli
