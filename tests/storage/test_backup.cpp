// Backups through SQLite's online backup API, restore that refuses anything but a valid workspace, scheduled
// backups kept N, and the workspace opener on files that are not workspaces (issue 8, points 2 and 5).

#include "StorageTestSupport.h"

#include "storage/Backup.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <catch2/catch.hpp>

#include <cstdlib>

#include <unistd.h>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

long long customerCount(const QString& path)
{
    Workspace ws(path);
    for (const auto& [table, n] : ws.tableCounts())
        if (table == "customers")
            return n;
    return -1;
}

// A workspace holding the sample dataset (3 customers or so), closed.
void makeWorkspace(const QString& path)
{
    Workspace ws(path);
    ws.applyImport(sampleDataset());
}

// Raw SQL on a file through a connection of its own.
void rawSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("backup-raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& s : statements) {
            QSqlQuery q(db);
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray pngBytes()
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png.append(QByteArray(200, '\x01'));
    return png;
}

} // namespace

TEST_CASE("a backup taken while the data is still in the write-ahead log holds it all", "[storage][backup]")
{
    TempWorkspace tmp;
    const QString backup = tmp.dir.filePath(QStringLiteral("copy.sqlite"));
    const QString raw = tmp.dir.filePath(QStringLiteral("raw.sqlite"));
    const long long expected = static_cast<long long>(sampleDataset().customers.size());
    {
        Workspace ws(tmp.path());
        ws.applyImport(sampleDataset());
        // Still open: the rows sit in w.sqlite-wal, not yet in w.sqlite.
        REQUIRE(QFileInfo(tmp.path() + QStringLiteral("-wal")).size() > 0);
        QFile::copy(tmp.path(), raw); // what a plain file copy gets
        Backup::copy(tmp.path(), backup);
    }
    CHECK_FALSE(QFile::exists(backup + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(backup + QStringLiteral(".part")));
    CHECK(Backup::problem(backup).empty());
    CHECK(customerCount(backup) == expected);
    // The plain copy misses the log's pages: its schema or its rows are not there.
    CHECK(Backup::problem(raw) != std::string());
}

TEST_CASE("a backup refuses to overwrite its own source and names a missing one", "[storage][backup]")
{
    TempWorkspace tmp;
    makeWorkspace(tmp.path());
    CHECK_THROWS_WITH(Backup::copy(tmp.path(), tmp.path()), Catch::Contains("onto itself"));
    CHECK_THROWS_WITH(
        Backup::copy(tmp.dir.filePath(QStringLiteral("none.sqlite")), tmp.dir.filePath(QStringLiteral("b"))),
        Catch::Contains("none.sqlite") && Catch::Contains("does not exist"));
}

TEST_CASE("restore replaces the workspace with a checked backup and keeps the replaced content", "[storage][backup]")
{
    TempWorkspace tmp;
    const QString backup = tmp.dir.filePath(QStringLiteral("monday.sqlite"));
    makeWorkspace(tmp.path());
    const long long before = customerCount(tmp.path());
    Backup::copy(tmp.path(), backup);
    {
        Workspace ws(tmp.path());
        Dataset more;
        Customer c = sampleDataset().customers.front();
        c.id = "c-added-after-monday";
        more.customers.push_back(c);
        ws.applyImport(more);
    }
    REQUIRE(customerCount(tmp.path()) == before + 1);

    const QString kept = Backup::restore(tmp.path(), backup);
    CHECK(customerCount(tmp.path()) == before);
    REQUIRE_FALSE(kept.isEmpty());
    CHECK(kept.startsWith(Backup::folder(tmp.path())));
    CHECK(kept.contains(QStringLiteral("before-restore")));
    CHECK(customerCount(kept) == before + 1);
    CHECK_FALSE(QFile::exists(tmp.path() + QStringLiteral(".restore")));
    CHECK(Backup::problem(tmp.path()).empty());
}

TEST_CASE("restore refuses a file that is not a valid workspace and leaves the workspace untouched",
          "[storage][backup]")
{
    TempWorkspace tmp;
    makeWorkspace(tmp.path());
    {
        Workspace settle(tmp.path()); // the log folded into the file, so the hash below is the content
    }
    const QByteArray hash = hashOf(tmp.path());
    const QString bad = tmp.dir.filePath(QStringLiteral("bad.file"));

    const auto refused = [&](const char* reason) {
        INFO(reason);
        try {
            Backup::restore(tmp.path(), bad);
            FAIL("restored from a bad file");
        } catch (const StorageError& e) {
            CHECK_THAT(e.what(),
                       Catch::Contains("restore refused") && Catch::Contains("bad.file") && Catch::Contains(reason));
        }
        CHECK(hashOf(tmp.path()) == hash);
        CHECK_FALSE(QDir(Backup::folder(tmp.path())).exists());
    };

    SECTION("a text file")
    {
        writeBytes(bad, "id,name\nc1,Acme\n");
        refused("not an SQLite database");
    }
    SECTION("a PNG image")
    {
        writeBytes(bad, pngBytes());
        refused("not an SQLite database");
    }
    SECTION("an empty file")
    {
        writeBytes(bad, QByteArray());
        refused("empty");
    }
    SECTION("a truncated workspace")
    {
        QByteArray bytes;
        {
            QFile f(tmp.path());
            REQUIRE(f.open(QIODevice::ReadOnly));
            bytes = f.readAll();
        }
        writeBytes(bad, bytes.left(bytes.size() / 2));
        refused("truncated");
    }
    SECTION("a damaged workspace")
    {
        QByteArray bytes;
        {
            QFile f(tmp.path());
            REQUIRE(f.open(QIODevice::ReadOnly));
            bytes = f.readAll();
        }
        // Garbage over every page but the first (the schema page stays readable).
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(0x5a ^ (i & 0xff));
        writeBytes(bad, bytes);
        refused("bad.file");
    }
    SECTION("an SQLite database that is not a workspace")
    {
        rawSql(bad, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")});
        refused("no table");
    }
    SECTION("a workspace from a newer Salesdesk")
    {
        QFile::copy(tmp.path(), bad);
        rawSql(bad, {QStringLiteral("PRAGMA user_version = 999")});
        refused("newer Salesdesk");
    }
    SECTION("a file that does not exist")
    {
        refused("does not exist");
    }
}

TEST_CASE("scheduled backups are written when due and only the newest N are kept", "[storage][backup]")
{
    TempWorkspace tmp;
    makeWorkspace(tmp.path());
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0, 0), QTimeZone::utc());

    CHECK_FALSE(Backup::lastScheduledBackup(tmp.path()).has_value());
    const QString first = Backup::runScheduled(tmp.path(), 24, 2, t0);
    CHECK(first == Backup::folder(tmp.path()) + QStringLiteral("/w-20260302-090000.sqlite"));
    CHECK(Backup::problem(first).empty());
    CHECK(Backup::lastScheduledBackup(tmp.path()) == t0);
    // 23 hours later: not due (every 24 hours).
    CHECK(Backup::runScheduled(tmp.path(), 24, 2, t0.addSecs(23 * 3600)).isEmpty());
    const QString second = Backup::runScheduled(tmp.path(), 24, 2, t0.addSecs(24 * 3600));
    const QString third = Backup::runScheduled(tmp.path(), 24, 2, t0.addSecs(48 * 3600));
    CHECK_FALSE(second.isEmpty());
    // Keep 2: the oldest went.
    CHECK(Backup::scheduledBackups(tmp.path()) == std::vector<QString>{third, second});
    CHECK_FALSE(QFile::exists(first));
    // Backups of other files and manual ones in the folder are left alone.
    writeBytes(Backup::folder(tmp.path()) + QStringLiteral("/w-before-restore-20260101-000000.sqlite"), "x");
    Backup::runScheduled(tmp.path(), 24, 1, t0.addSecs(72 * 3600));
    CHECK(Backup::scheduledBackups(tmp.path()).size() == 1);
    CHECK(QFile::exists(Backup::folder(tmp.path()) + QStringLiteral("/w-before-restore-20260101-000000.sqlite")));
}

TEST_CASE("the workspace opener names the file and the problem of a file that is not a workspace",
          "[storage][backup][badfile]")
{
    TempWorkspace tmp;
    const QString bad = tmp.dir.filePath(QStringLiteral("bad.sqlite"));
    const auto refused = [&](const char* reason) {
        const QByteArray hash = hashOf(bad);
        try {
            Workspace ws(bad);
            FAIL("opened a bad file");
        } catch (const StorageError& e) {
            CHECK_THAT(e.what(), Catch::Contains("bad.sqlite") && Catch::Contains(reason));
        }
        CHECK(hashOf(bad) == hash); // nothing written to it
    };
    SECTION("a text file")
    {
        writeBytes(bad, "just some notes\n");
        refused("not an SQLite database");
    }
    SECTION("a PNG image")
    {
        writeBytes(bad, pngBytes());
        refused("not an SQLite database");
    }
    SECTION("a truncated workspace")
    {
        makeWorkspace(tmp.path());
        {
            Workspace settle(tmp.path());
        }
        QFile f(tmp.path());
        REQUIRE(f.open(QIODevice::ReadOnly));
        writeBytes(bad, f.readAll().left(3 * 4096));
        refused("truncated");
    }
}

TEST_CASE("a read-only workspace file or folder is refused with a message, nothing changed",
          "[storage][backup][badfile]")
{
    TempWorkspace tmp;
    makeWorkspace(tmp.path());
    {
        Workspace settle(tmp.path());
    }
    if (geteuid() == 0) {
        // root writes to files whatever their mode: a read-only mount is what refuses root.
        const QString mnt = tmp.dir.filePath(QStringLiteral("ro"));
        QDir().mkpath(mnt);
        const std::string m = mnt.toStdString();
        if (std::system(("mount -t tmpfs -o size=4m tmpfs '" + m + "' 2>/dev/null").c_str()) != 0) {
            WARN("cannot mount a tmpfs: the read-only check is skipped");
            return;
        }
        const QString ws = mnt + QStringLiteral("/w.sqlite");
        QFile::copy(tmp.path(), ws);
        const QByteArray hash = hashOf(ws);
        REQUIRE(std::system(("mount -o remount,ro '" + m + "'").c_str()) == 0);
        CHECK_THROWS_WITH(Workspace(ws), Catch::Contains("w.sqlite") && Catch::Contains("read-only"));
        CHECK(hashOf(ws) == hash);
        CHECK(std::system(("umount '" + m + "'").c_str()) == 0);
        return;
    }
    const QByteArray hash = hashOf(tmp.path());
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner);
    CHECK_THROWS_WITH(Workspace(tmp.path()), Catch::Contains("w.sqlite") && Catch::Contains("read-only"));
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(tmp.dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    CHECK_THROWS_WITH(Workspace(tmp.path()), Catch::Contains("folder") && Catch::Contains("read-only"));
    QFile::setPermissions(tmp.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK(hashOf(tmp.path()) == hash);
}

TEST_CASE("a full disk during an import is reported naming the workspace, and nothing is written",
          "[storage][backup][badfile]")
{
    TempWorkspace tmp;
    makeWorkspace(tmp.path());
    const long long before = customerCount(tmp.path());
    {
        Workspace ws(tmp.path());
        // No page may be added: as a full disk, SQLite answers SQLITE_FULL.
        QSqlQuery q(ws.database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(q.next());
        const long long pages = q.value(0).toLongLong();
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = ") + QString::number(pages)));
        Dataset many;
        for (int i = 0; i < 2000; ++i) {
            Customer c = sampleDataset().customers.front();
            c.id = "bulk-" + std::to_string(i);
            c.name = std::string(200, 'x');
            many.customers.push_back(c);
        }
        CHECK_THROWS_WITH(ws.applyImport(many),
                          Catch::Contains("w.sqlite") && Catch::Contains("is full") && Catch::Contains("unchanged"));
    }
    CHECK(customerCount(tmp.path()) == before);
    CHECK(Backup::problem(tmp.path()).empty());
}
