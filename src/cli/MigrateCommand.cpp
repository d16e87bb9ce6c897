// salesctl migrate --from FILE|URL --to URL|FILE: a whole workspace copied to a PostgreSQL server or back
// (storage/WorkspaceCopy; docs/team-server.md).

#include "cli/Commands.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCopy.h"
#include "storage/WorkspaceUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <optional>

namespace sd::cli {

namespace {

QString shown(const QString& location)
{
    if (!storage::WorkspaceUrl::isServerUrl(location))
        return location;
    return storage::WorkspaceUrl::parse(location).toString(false);
}

std::string hex(std::uint64_t v)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

} // namespace

int runMigrate(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--from", "--to"});
    if (ctx.words().size() != 1 || !ctx.option("--from") || !ctx.option("--to"))
        throw CliError(trs("usage: salesctl migrate --from FILE|postgresql://… --to postgresql://…|FILE [--json]"), 2);
    const QString from = QString::fromStdString(*ctx.option("--from"));
    const QString to = QString::fromStdString(*ctx.option("--to"));
    const bool fromServer = storage::WorkspaceUrl::isServerUrl(from);
    const bool toServer = storage::WorkspaceUrl::isServerUrl(to);
    if (!fromServer && !QFileInfo(from).isFile())
        throw CliError(tr("no workspace file %1").arg(from).toStdString());
    if (!fromServer && !toServer && QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath())
        throw CliError(trs("--from and --to name the same workspace"), 2);
    if (fromServer && toServer && shown(from) == shown(to))
        throw CliError(trs("--from and --to name the same workspace"), 2);

    // A target file made here is removed again when the copy fails: all or nothing.
    const bool createdFile = !toServer && !QFileInfo::exists(to);
    std::vector<storage::TableCopy> tables;
    try {
        storage::Workspace source(from);
        storage::Workspace target(to);
        tables = storage::WorkspaceCopy(source, target).run();
    } catch (...) {
        if (createdFile)
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(to + QLatin1String(suffix));
        throw;
    }

    long long total = 0;
    for (const auto& t : tables)
        total += t.rows;
    if (ctx.json()) {
        Json doc;
        doc["from"] = shown(from).toStdString();
        doc["to"] = shown(to).toStdString();
        doc["schema"] = storage::Workspace::latestSchemaVersion();
        Json list = Json::array();
        for (const auto& t : tables)
            list.push_back(Json{{"table", t.table}, {"rows", countJson(t.rows)}, {"checksum", hex(t.checksum)},
                                {"money", moneyJson(t.moneyCents)}});
        doc["tables"] = list;
        doc["rows"] = countJson(total);
        CliContext::printJson(doc);
    } else {
        for (const auto& t : tables)
            if (t.rows > 0)
                std::printf("  %-32s %10lld\n", t.table.c_str(), t.rows);
        std::cout << tr("copied %1 rows in %2 tables from %3 to %4 (counts and checksums verified)")
                         .arg(total)
                         .arg(tables.size())
                         .arg(shown(from), shown(to))
                         .toLocal8Bit()
                         .constData()
                  << '\n';
    }
    return 0;
}

} // namespace sd::cli
