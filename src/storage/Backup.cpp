#include "storage/Backup.h"

#include "storage/Migrator.h"
#include "storage/SqliteNative.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <set>

namespace sd::storage {

namespace {

QString tx(const char* text)
{
    return QCoreApplication::translate("sd::storage::Backup", text);
}

std::string str(const QString& s)
{
    return s.toStdString();
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

const char* const kTimeFormat = "yyyyMMdd-HHmmss";

// The tables every workspace has had since schema 1.
const char* const kRequiredTables[] = {"settings",      "org_units", "reps",     "products",   "customers",
                                       "opportunities", "orders",    "payments", "activities", "targets"};

// A native connection closed on scope exit.
struct Connection
{
    sqlite3* db = nullptr;
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() { close(); }
    void close()
    {
        if (db)
            sqlite3_close_v2(db);
        db = nullptr;
    }
    QString error() const
    {
        return db ? QString::fromUtf8(sqlite3_errmsg(db))
                  : tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "out of memory"));
    }
};

// Opens `path` with `flags`; the message names the file.
void openNative(Connection& c, const QString& path, int flags)
{
    const QByteArray name = path.toUtf8();
    if (sqlite3_open_v2(name.constData(), &c.db, flags, nullptr) != SQLITE_OK)
        throw StorageError(
            str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot open %1: %2")).arg(shown(path), c.error())));
    sqlite3_busy_timeout(c.db, 5000);
}

// The rows of a one-column query as text; throws with the file named.
std::vector<QString> column(Connection& c, const QString& path, const char* sql, size_t limit = 1000)
{
    sqlite3_stmt* stmt = nullptr;
    std::vector<QString> out;
    if (sqlite3_prepare_v2(c.db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        throw StorageError(str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "%1 is not a Salesdesk workspace (%2)"))
                                   .arg(shown(path), c.error())));
    }
    int rc = SQLITE_ROW;
    while (out.size() < limit && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        out.push_back(text ? QString::fromUtf8(text) : QString());
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw StorageError(str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "%1 is not a Salesdesk workspace (%2)"))
                                   .arg(shown(path), c.error())));
    return out;
}

void removeWithJournals(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

// Copies the "main" database of `src` into `dst` with the online backup API, retrying while busy.
int backupInto(sqlite3* dst, sqlite3* src)
{
    sqlite3_backup* backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup)
        return sqlite3_errcode(dst);
    int rc = SQLITE_OK;
    for (int busy = 0; busy < 600;) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            ++busy;
            sqlite3_sleep(50);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
    }
    const int finish = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? finish : rc;
}

void copyFrom(sqlite3* src, const QString& sourceName, const QString& destination)
{
    const QString part = destination + QStringLiteral(".part");
    removeWithJournals(part);
    {
        Connection dst;
        openNative(dst, part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        const int rc = backupInto(dst.db, src);
        if (rc != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errstr(rc));
            dst.close();
            removeWithJournals(part);
            throw StorageError(str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot back up %1 to %2: %3"))
                                       .arg(shown(sourceName), shown(destination), why)));
        }
        // A backup is one self-contained file: no write-ahead log beside it.
        char* error = nullptr;
        if (sqlite3_exec(dst.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &error) != SQLITE_OK) {
            const QString why = QString::fromUtf8(error ? error : "");
            sqlite3_free(error);
            dst.close();
            removeWithJournals(part);
            throw StorageError(str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot back up %1 to %2: %3"))
                                       .arg(shown(sourceName), shown(destination), why)));
        }
    }
    QFile::remove(destination + QStringLiteral("-wal"));
    QFile::remove(destination + QStringLiteral("-shm"));
    std::error_code ec;
    std::filesystem::rename(part.toStdString(), destination.toStdString(), ec);
    if (ec) {
        removeWithJournals(part);
        throw StorageError(str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot back up %1 to %2: %3"))
                                   .arg(shown(sourceName), shown(destination), QString::fromStdString(ec.message()))));
    }
}

bool samePath(const QString& a, const QString& b)
{
    const QFileInfo fa(a), fb(b);
    const QString ca = fa.exists() ? fa.canonicalFilePath() : fa.absoluteFilePath();
    const QString cb = fb.exists() ? fb.canonicalFilePath() : fb.absoluteFilePath();
    return ca == cb;
}

unsigned bigEndian(const unsigned char* p, int n)
{
    unsigned v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | p[i];
    return v;
}

QRegularExpression scheduledPattern(const QString& workspace)
{
    return QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(QFileInfo(workspace).completeBaseName())
                              + QStringLiteral("-(\\d{8}-\\d{6})\\.sqlite$"));
}

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(QString::fromLatin1(kTimeFormat));
}

} // namespace

void Backup::copy(const QString& source, const QString& destination)
{
    if (samePath(source, destination))
        throw StorageError(
            str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot back up %1 onto itself")).arg(shown(source))));
    const QFileInfo info(source);
    if (!info.exists() || !info.isFile())
        throw StorageError(
            str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot back up %1: the file does not exist"))
                    .arg(shown(source))));
    if (const std::string problem = quickProblem(source); !problem.empty())
        throw StorageError(problem);
    Connection src;
    openNative(src, source, SQLITE_OPEN_READONLY);
    copyFrom(src.db, source, destination);
}

void Backup::copy(const QSqlDatabase& db, const QString& destination)
{
    if (samePath(db.databaseName(), destination))
        throw StorageError(
            str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot back up %1 onto itself")).arg(shown(destination))));
    copyFrom(sqliteHandle(db), db.databaseName(), destination);
}

std::string Backup::quickProblem(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return str(
            tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "%1 is a folder, not a workspace file")).arg(shown(path)));
    if (info.size() == 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return str(
            tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot read %1: %2")).arg(shown(path), file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup",
                                        "%1 is not a Salesdesk workspace: it is not an SQLite database file"))
                       .arg(shown(path)));
    const auto* h = reinterpret_cast<const unsigned char*>(header.constData());
    unsigned pageSize = bigEndian(h + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const unsigned pages = bigEndian(h + 28, 4);
    const bool countValid = bigEndian(h + 24, 4) == bigEndian(h + 92, 4);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walHasData = wal.exists() && wal.size() > 0;
    const qint64 expected = static_cast<qint64>(pageSize) * pages;
    if (countValid && pages > 0 && !walHasData && info.size() < expected)
        return str(tx(QT_TRANSLATE_NOOP(
                          "sd::storage::Backup",
                          "%1 is truncated: it holds %2 bytes of the %3 its header announces (an incomplete copy?)"))
                       .arg(shown(path))
                       .arg(info.size())
                       .arg(expected));
    return {};
}

std::string Backup::problem(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "%1 does not exist")).arg(shown(path)));
    if (info.isFile() && info.size() == 0)
        return str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "%1 is empty, not a workspace")).arg(shown(path)));
    if (std::string quick = quickProblem(path); !quick.empty())
        return quick;
    try {
        Connection c;
        openNative(c, path, SQLITE_OPEN_READONLY);
        const std::vector<QString> version = column(c, path, "PRAGMA user_version");
        const int schema = version.empty() ? 0 : version.front().toInt();
        const int latest = Migrator::latestVersion();
        if (schema > latest)
            return str(
                tx(QT_TRANSLATE_NOOP("sd::storage::Backup",
                                     "%1 was written by a newer Salesdesk (schema %2; this version knows up to %3)"))
                    .arg(shown(path))
                    .arg(schema)
                    .arg(latest));
        const std::vector<QString> tables = column(c, path, "SELECT name FROM sqlite_master WHERE type = 'table'");
        if (tables.empty())
            return str(
                tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "%1 is not a Salesdesk workspace: it holds no tables"))
                    .arg(shown(path)));
        const std::set<QString> present(tables.begin(), tables.end());
        for (const char* table : kRequiredTables)
            if (!present.count(QString::fromLatin1(table)))
                return str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup",
                                                "%1 is not a Salesdesk workspace: it has no table \"%2\""))
                               .arg(shown(path), QString::fromLatin1(table)));
        const std::vector<QString> integrity = column(c, path, "PRAGMA integrity_check(5)");
        if (integrity.empty() || integrity.front() != QStringLiteral("ok"))
            return str(
                tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "%1 is damaged (integrity check: %2)"))
                    .arg(shown(path), QStringList(integrity.begin(), integrity.end()).join(QStringLiteral("; "))));
        const std::vector<QString> broken = column(c, path, "SELECT \"table\" FROM pragma_foreign_key_check", 100000);
        if (!broken.empty())
            return str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup",
                                            "%1 is damaged: %2 rows refer to missing rows (first in table \"%3\")"))
                           .arg(shown(path))
                           .arg(broken.size())
                           .arg(broken.front()));
    } catch (const StorageError& e) {
        return e.what();
    }
    return {};
}

QString Backup::restore(const QString& workspace, const QString& from)
{
    if (samePath(workspace, from))
        throw StorageError(
            str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot restore %1 from itself")).arg(shown(workspace))));
    const auto refuse = [&](const std::string& why) {
        return StorageError(
            str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "restore refused, the workspace %1 was not changed: %2"))
                    .arg(shown(workspace), QString::fromStdString(why))));
    };
    if (const std::string why = problem(from); !why.empty())
        throw refuse(why);

    const QString temp = workspace + QStringLiteral(".restore");
    try {
        copy(from, temp);
    } catch (const StorageError& e) {
        throw refuse(e.what());
    }
    if (const std::string why = problem(temp); !why.empty()) {
        removeWithJournals(temp);
        throw refuse(why);
    }

    QString kept;
    const QFileInfo current(workspace);
    if (current.exists() && current.size() > 0) {
        const QString dir = folder(workspace);
        if (!QDir().mkpath(dir)) {
            removeWithJournals(temp);
            throw refuse(str(
                tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot create the backup folder %1")).arg(shown(dir))));
        }
        kept = dir + QStringLiteral("/") + current.completeBaseName() + QStringLiteral("-before-restore-")
            + stamp(QDateTime::currentDateTimeUtc()) + QStringLiteral(".sqlite");
        try {
            copy(workspace, kept);
        } catch (const StorageError& e) {
            // A damaged workspace may not back up through SQLite: keep its raw bytes (and its log) instead.
            spdlog::warn("backup before restore through SQLite failed ({}); keeping a raw copy", e.what());
            QFile::remove(kept);
            const bool ok = QFile::copy(workspace, kept)
                && (!QFileInfo::exists(workspace + QStringLiteral("-wal"))
                    || QFile::copy(workspace + QStringLiteral("-wal"), kept + QStringLiteral("-wal")));
            if (!ok) {
                removeWithJournals(temp);
                throw refuse(str(
                    tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot keep a copy of it in %1")).arg(shown(kept))));
            }
        }
    }

    bool written = false;
    if (!kept.isEmpty()) {
        // Into the live file in one transaction (through its write-ahead log): all or nothing.
        try {
            Connection src, dst;
            openNative(src, temp, SQLITE_OPEN_READONLY);
            openNative(dst, workspace, SQLITE_OPEN_READWRITE);
            const int rc = backupInto(dst.db, src.db);
            if (rc != SQLITE_OK)
                spdlog::warn("restoring into {} failed: {}; replacing the file", workspace.toStdString(),
                             sqlite3_errstr(rc));
            written = rc == SQLITE_OK;
        } catch (const StorageError& e) {
            spdlog::warn("restoring into {} failed: {}; replacing the file", workspace.toStdString(), e.what());
        }
    }
    if (!written) {
        // No usable workspace file to write into: the checked copy takes its place (rename is atomic).
        QFile::remove(workspace + QStringLiteral("-wal"));
        QFile::remove(workspace + QStringLiteral("-shm"));
        std::error_code ec;
        std::filesystem::rename(temp.toStdString(), workspace.toStdString(), ec);
        if (ec) {
            removeWithJournals(temp);
            throw StorageError(str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot restore %1: %2"))
                                       .arg(shown(workspace), QString::fromStdString(ec.message()))));
        }
    }
    removeWithJournals(temp);
    spdlog::info("workspace {} restored from {} (previous content kept in {})", workspace.toStdString(),
                 from.toStdString(), kept.toStdString());
    return kept;
}

QString Backup::folder(const QString& workspace)
{
    return QFileInfo(workspace).absolutePath() + QStringLiteral("/backups");
}

std::vector<QString> Backup::scheduledBackups(const QString& workspace)
{
    const QRegularExpression pattern = scheduledPattern(workspace);
    const QDir dir(folder(workspace));
    std::vector<QString> out;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        if (pattern.match(name).hasMatch())
            out.push_back(dir.filePath(name));
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return a > b; });
    return out;
}

std::optional<QDateTime> Backup::lastScheduledBackup(const QString& workspace)
{
    const std::vector<QString> all = scheduledBackups(workspace);
    if (all.empty())
        return std::nullopt;
    const auto match = scheduledPattern(workspace).match(QFileInfo(all.front()).fileName());
    QDateTime t = QDateTime::fromString(match.captured(1), QString::fromLatin1(kTimeFormat));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QString Backup::runScheduled(const QString& workspace, int intervalHours, int keep, const QDateTime& now)
{
    if (const auto last = lastScheduledBackup(workspace); last && last->secsTo(now) < qint64(intervalHours) * 3600)
        return {};
    const QString dir = folder(workspace);
    if (!QDir().mkpath(dir))
        throw StorageError(
            str(tx(QT_TRANSLATE_NOOP("sd::storage::Backup", "cannot create the backup folder %1")).arg(shown(dir))));
    const QString target = dir + QStringLiteral("/") + QFileInfo(workspace).completeBaseName() + QStringLiteral("-")
        + stamp(now) + QStringLiteral(".sqlite");
    copy(workspace, target);
    const std::vector<QString> all = scheduledBackups(workspace);
    for (size_t i = static_cast<size_t>(std::max(1, keep)); i < all.size(); ++i)
        QFile::remove(all[i]);
    spdlog::info("scheduled backup of {} written to {}", workspace.toStdString(), target.toStdString());
    return target;
}

std::string Backup::describeWriteFailure(const QString& workspace, const std::string& message)
{
    const QString m = QString::fromStdString(message);
    if (m.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive))
        return str(tx(QT_TRANSLATE_NOOP(
                          "sd::storage::Backup",
                          "the disk holding %1 is full: the change was not saved and the workspace is unchanged. "
                          "Free some space and try again. (%2)"))
                       .arg(shown(workspace), m));
    if (m.contains(QStringLiteral("readonly database"), Qt::CaseInsensitive)
        || m.contains(QStringLiteral("read-only"), Qt::CaseInsensitive))
        return str(
            tx(QT_TRANSLATE_NOOP("sd::storage::Backup",
                                 "%1 is read-only: the change was not saved and the workspace is unchanged. (%2)"))
                .arg(shown(workspace), m));
    return message;
}

} // namespace sd::storage
