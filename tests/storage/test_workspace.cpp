#include "StorageTestSupport.h"

#include "storage/Migrator.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Runs raw SQL on a file through a connection of its own (as an older or newer app would).
void rawSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + path;
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

int rawUserVersion(const QString& path)
{
    const QString name = QStringLiteral("raw-version-") + path;
    int v = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        v = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

} // namespace

TEST_CASE("a new workspace file is migrated to the latest schema", "[storage][migrations]")
{
    TempWorkspace tmp;
    REQUIRE(Workspace::latestSchemaVersion() >= 1);
    {
        Workspace ws(tmp.path());
        CHECK(ws.schemaVersion() == Workspace::latestSchemaVersion());
        const auto counts = ws.tableCounts();
        REQUIRE(counts.size() == 13);
        CHECK(counts.front().first == "org_units");
        CHECK(counts.back().first == "reviews");
        for (const auto& [table, n] : counts)
            CHECK(n == 0);

        QSqlQuery q(ws.database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("wal"));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        REQUIRE(q.exec(QStringLiteral("PRAGMA synchronous")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1); // NORMAL
    }
    CHECK(rawUserVersion(tmp.path()) == Workspace::latestSchemaVersion());
    // A new file has nothing to back up, and reopening a current file neither.
    { Workspace again(tmp.path()); }
    CHECK_FALSE(QFile::exists(tmp.path() + QStringLiteral(".bak-v0")));
}

TEST_CASE("two workspaces on the same file have their own connections", "[storage]")
{
    TempWorkspace tmp;
    Workspace a(tmp.path());
    Workspace b(tmp.path());
    CHECK(a.connectionName() != b.connectionName());
    a.applyImport(sampleDataset());
    CHECK(b.ids(Entity::Customer).size() == 2);
}

TEST_CASE("a workspace written by a newer version is refused and left untouched", "[storage][migrations]")
{
    TempWorkspace tmp;
    { Workspace ws(tmp.path()); }
    rawSql(tmp.path(), {QStringLiteral("PRAGMA user_version = 999")});
    const QByteArray before = readAll(tmp.path());
    try {
        Workspace ws(tmp.path());
        FAIL("a newer workspace was opened");
    } catch (const StorageError& e) {
        CHECK_THAT(e.what(), Catch::Contains("this workspace was written by a newer Salesdesk (schema 999; this "
                                             "version knows up to "
                                             + std::to_string(Workspace::latestSchemaVersion()) + ")"));
    }
    CHECK(readAll(tmp.path()) == before);
    CHECK(rawUserVersion(tmp.path()) == 999);
    CHECK_FALSE(QFile::exists(tmp.path() + QStringLiteral(".bak-v999")));
}

TEST_CASE("an older file with data is backed up before it is migrated", "[storage][migrations]")
{
    TempWorkspace tmp;
    // Version 0 with a table of its own: what an older tool left behind.
    rawSql(tmp.path(), {QStringLiteral("CREATE TABLE legacy (x TEXT)"),
                        QStringLiteral("INSERT INTO legacy (x) VALUES ('keep me')")});
    {
        Workspace ws(tmp.path());
        CHECK(ws.schemaVersion() == Workspace::latestSchemaVersion());
    }
    const QString backup = tmp.path() + QStringLiteral(".bak-v0");
    REQUIRE(QFile::exists(backup));
    CHECK(rawUserVersion(backup) == 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
        db.setDatabaseName(backup);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT x FROM legacy")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("keep me"));
        CHECK_FALSE(db.tables().contains(QStringLiteral("customers")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));

    // An existing backup of the same version is kept; the new one gets a free name.
    const QString other = tmp.dir.filePath(QStringLiteral("other.sqlite"));
    rawSql(other, {QStringLiteral("CREATE TABLE legacy (x TEXT)")});
    {
        QFile old(other + QStringLiteral(".bak-v0"));
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an earlier backup");
    }
    { Workspace ws(other); }
    CHECK(readAll(other + QStringLiteral(".bak-v0")) == QByteArray("an earlier backup"));
    CHECK(rawUserVersion(other + QStringLiteral(".bak-v0-2")) == 0);
}

TEST_CASE("a file that is not a workspace gives a clear error", "[storage]")
{
    TempWorkspace tmp;
    {
        QFile f(tmp.path());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("id,name\nc1,Alpha\n this is a CSV file, not a database ........................................");
    }
    CHECK_THROWS_AS(Workspace(tmp.path()), StorageError);
    CHECK_THROWS_WITH(Workspace(tmp.dir.filePath(QStringLiteral("missing/dir/w.sqlite"))),
                      Catch::Contains("does not exist"));
}

TEST_CASE("workspace settings JSON is stored under one key", "[storage]")
{
    TempWorkspace tmp;
    {
        Workspace ws(tmp.path());
        CHECK(ws.loadSettingsJson() == "{}");
        ws.saveSettingsJson(R"({"currency":"CNY"})");
        ws.saveSettingsJson(R"({"currency":"EUR","stall_days":20,"name":"销售"})");
    }
    Workspace ws(tmp.path());
    CHECK(ws.loadSettingsJson() == R"({"currency":"EUR","stall_days":20,"name":"销售"})");
}

TEST_CASE("migration scripts are split into statements outside quotes and comments", "[storage][migrations]")
{
    const QStringList s = Migrator::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b''c');\n/* block; */ INSERT INTO a VALUES "
        "('1');\n\n"));
    REQUIRE(s.size() == 2);
    CHECK(s[0] == QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b''c')"));
    CHECK(s[1] == QStringLiteral("INSERT INTO a VALUES ('1')"));
}

TEST_CASE("one workspace per thread reads the same file", "[storage]")
{
    TempWorkspace tmp;
    {
        Workspace ws(tmp.path());
        ws.applyImport(sampleDataset());
    }
    std::atomic<int> opportunities{0}, failures{0};
    auto work = [&] {
        try {
            Workspace ws(tmp.path());
            for (int i = 0; i < 20; ++i)
                opportunities += static_cast<int>(ws.loadDataset(PartOpportunities).opportunities.size());
        } catch (const std::exception&) {
            ++failures;
        }
    };
    std::thread a(work), b(work);
    a.join();
    b.join();
    CHECK(failures == 0);
    CHECK(opportunities == 2 * 20 * 2);
}
