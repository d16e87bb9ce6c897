#include "storage/PgDump.h"

#include "storage/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>

namespace sd::storage {

namespace {

std::atomic<bool> s_backupBeforeUpgrade{true};

QString safeName(QString s)
{
    for (QChar& c : s)
        if (!c.isLetterOrNumber() && c != u'_' && c != u'.')
            c = u'_';
    return s;
}

} // namespace

QString PgDump::findTool(const QString& tool)
{
    const QString bin = qEnvironmentVariable("SALESDESK_PGBIN");
    if (!bin.isEmpty() && QFileInfo(bin + u'/' + tool).isExecutable())
        return bin + u'/' + tool;
    QDir base(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toDouble() > b.toDouble(); }); // newest first
    for (const QString& v : versions) {
        const QString candidate = base.filePath(v + QStringLiteral("/bin/") + tool);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(tool);
}

void PgDump::dump(const WorkspaceUrl& url, const QString& file)
{
    const QString tool = findTool(QStringLiteral("pg_dump"));
    if (tool.isEmpty())
        throw StorageError("pg_dump is not installed (Debian package postgresql-client); cannot back up "
                           + url.toString().toStdString());
    const QString part = file + QStringLiteral(".part");
    QFile::remove(part);
    QProcess process;
    QStringList env = QProcess::systemEnvironment();
    env << url.libpqEnvironment();
    process.setEnvironment(env);
    process.start(tool, {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                         QStringLiteral("--file=") + part});
    const bool finished = process.waitForFinished(-1);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QFile::remove(part);
        const QString error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        throw StorageError("pg_dump of " + url.toString().toStdString() + " failed: "
                           + (error.isEmpty() ? process.errorString() : error).toStdString());
    }
    QFile::remove(file);
    if (!QFile::rename(part, file))
        throw StorageError("cannot write the backup " + file.toStdString());
    spdlog::info("server workspace {} dumped to {}", url.toString().toStdString(), file.toStdString());
}

QString PgDump::migrationBackupPath(const WorkspaceUrl& url, int fromVersion)
{
    QString folder = qEnvironmentVariable("SALESDESK_PG_BACKUP_DIR");
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/salesdesk/server-backups");
    if (!QDir().mkpath(folder))
        throw StorageError("cannot create the backup folder " + folder.toStdString());
    const QString host = url.host().isEmpty() ? QStringLiteral("local") : url.host();
    return folder + u'/' + safeName(host) + u'-' + safeName(url.database()) + QStringLiteral("-v")
        + QString::number(fromVersion) + u'-'
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".dump");
}

void PgDump::setBackupBeforeUpgrade(bool on) { s_backupBeforeUpgrade = on; }

bool PgDump::backupBeforeUpgrade() { return s_backupBeforeUpgrade; }

} // namespace sd::storage
