// salesctl backup --out FILE and salesctl restore --from FILE (on the workspace given by --db).

#include "cli/Commands.h"
#include "storage/Backup.h"

#include <QFileInfo>

#include <iostream>

namespace sd::cli {

int runBackup(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--out"});
    if (ctx.words().size() != 1 || !ctx.option("--out"))
        throw CliError(trs("usage: salesctl backup --db WORKSPACE --out FILE [--json]"), 2);
    const QString out = QString::fromStdString(*ctx.option("--out"));
    // Straight from the file (no migration, nothing written to the workspace), a consistent snapshot.
    storage::Backup::copy(ctx.dbPath(), out);
    if (ctx.json()) {
        Json doc;
        doc["workspace"] = ctx.dbPath().toStdString();
        doc["backup"] = out.toStdString();
        doc["bytes"] = countJson(QFileInfo(out).size());
        CliContext::printJson(doc);
    } else {
        std::cout << tr("backed up %1 to %2").arg(ctx.dbPath(), out).toLocal8Bit().constData() << '\n';
    }
    return 0;
}

int runRestore(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--from"});
    if (ctx.words().size() != 1 || !ctx.option("--from"))
        throw CliError(trs("usage: salesctl restore --db WORKSPACE --from FILE [--json]"), 2);
    const QString from = QString::fromStdString(*ctx.option("--from"));
    const QString kept = storage::Backup::restore(ctx.dbPath(), from);
    if (ctx.json()) {
        Json doc;
        doc["workspace"] = ctx.dbPath().toStdString();
        doc["restored_from"] = from.toStdString();
        doc["previous_kept_in"] = kept.isEmpty() ? Json() : Json(kept.toStdString());
        CliContext::printJson(doc);
    } else {
        std::cout << tr("restored %1 from %2").arg(ctx.dbPath(), from).toLocal8Bit().constData() << '\n';
        if (!kept.isEmpty())
            std::cout << tr("the replaced content is kept in %1").arg(kept).toLocal8Bit().constData() << '\n';
    }
    return 0;
}

} // namespace sd::cli
