// The storage layer on a real PostgreSQL server (issue 9's backend, first step): the same migration files,
// import writer and dataset loader as the SQLite workspace, through PostgresDialect. The server is started
// by the test itself (tests/support/PgTestServer.h); without PostgreSQL installed the tests say so and pass.
#include "PgTestServer.h"
#include "StorageTestSupport.h"

#include "storage/DatasetLoader.h"
#include "storage/ImportWriter.h"
#include "storage/Migrator.h"
#include "storage/PgDump.h"
#include "storage/PostgresDialect.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

// A migrated database on the test server, its connection removed at the end.
struct PgDatabase
{
    QString name;
    QString connection;
    PostgresDialect dialect;

    PgDatabase()
    {
        ensureApp();
        auto& server = sd::test::PgTestServer::instance();
        name = server.createDatabase();
        connection = QStringLiteral("sd-pg-") + name;
        server.connect(name, connection);
    }
    ~PgDatabase() { QSqlDatabase::removeDatabase(connection); }
    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    void migrate()
    {
        QSqlDatabase d = db();
        dialect.configureConnection(d);
        Migrator(d, dialect).migrate(dialect.schemaVersion(d));
    }
    long long count(const char* sql) const
    {
        QSqlQuery q(db());
        REQUIRE(q.exec(QString::fromUtf8(sql)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

bool serverAvailable()
{
    ensureApp();
    auto& server = sd::test::PgTestServer::instance();
    if (!server.available())
        WARN("PostgreSQL tests not run: " << server.unavailableReason());
    return server.available();
}

template <class T> std::vector<std::string> sorted(std::vector<std::string> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

TEST_CASE("PostgreSQL: every migration applies to an empty database, once", "[storage][postgres]")
{
    if (!serverAvailable())
        return;
    PgDatabase pg;
    CHECK(pg.dialect.schemaVersion(pg.db()) == 0);
    pg.migrate();
    CHECK(pg.dialect.schemaVersion(pg.db()) == Workspace::latestSchemaVersion());
    // The thirteen CSV entities of INTERCHANGE.md have their tables.
    CHECK(pg.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN "
                   "('org_units', 'reps', 'products', 'customers', 'opportunities', 'stage_history', 'orders', "
                   "'order_credits', 'payments', 'activities', 'targets', 'kpi_values', 'reviews')")
          == 13);
    pg.migrate(); // nothing left to apply
    CHECK(pg.dialect.schemaVersion(pg.db()) == Workspace::latestSchemaVersion());
}

TEST_CASE("PostgreSQL: an import batch round-trips through the same writer and loader", "[storage][postgres]")
{
    if (!serverAvailable())
        return;
    PgDatabase pg;
    pg.migrate();
    const Dataset batch = sampleDataset(); // rows out of dependency order: the deferred foreign keys allow it
    ImportWriter(pg.db(), pg.dialect).write(batch);
    ImportWriter(pg.db(), pg.dialect).write(batch); // a re-import upserts: nothing doubles

    const Dataset loaded = DatasetLoader(pg.db(), pg.dialect).load(PartAll);
    CHECK(sorted<OrgUnit>(describeAll(loaded.orgUnits)) == sorted<OrgUnit>(describeAll(batch.orgUnits)));
    CHECK(sorted<Rep>(describeAll(loaded.reps)) == sorted<Rep>(describeAll(batch.reps)));
    CHECK(sorted<Product>(describeAll(loaded.products)) == sorted<Product>(describeAll(batch.products)));
    CHECK(sorted<Customer>(describeAll(loaded.customers)) == sorted<Customer>(describeAll(batch.customers)));
    CHECK(sorted<Opportunity>(describeAll(loaded.opportunities))
          == sorted<Opportunity>(describeAll(batch.opportunities)));
    CHECK(sorted<Order>(describeAll(loaded.orders)) == sorted<Order>(describeAll(batch.orders)));
    CHECK(sorted<OrderCredit>(describeAll(loaded.orderCredits))
          == sorted<OrderCredit>(describeAll(batch.orderCredits)));
    CHECK(sorted<Payment>(describeAll(loaded.payments)) == sorted<Payment>(describeAll(batch.payments)));
    CHECK(sorted<Activity>(describeAll(loaded.activities)) == sorted<Activity>(describeAll(batch.activities)));
    CHECK(sorted<Target>(describeAll(loaded.targets)) == sorted<Target>(describeAll(batch.targets)));
    CHECK(sorted<KpiValue>(describeAll(loaded.kpiValues)) == sorted<KpiValue>(describeAll(batch.kpiValues)));
    CHECK(sorted<Review>(describeAll(loaded.reviews)) == sorted<Review>(describeAll(batch.reviews)));
}

TEST_CASE("PostgreSQL: a batch with a dangling reference is refused whole", "[storage][postgres]")
{
    if (!serverAvailable())
        return;
    PgDatabase pg;
    pg.migrate();
    Dataset batch = sampleDataset();
    batch.payments.push_back(Payment{"pay9", "no-such-order", d("2026-03-01"), m("1.00")});
    CHECK_THROWS_AS(ImportWriter(pg.db(), pg.dialect).write(batch), StorageError);
    CHECK(pg.count("SELECT COUNT(*) FROM customers") == 0); // all or nothing
}

TEST_CASE("PostgreSQL: upsert and case-insensitive search through the dialect", "[storage][postgres]")
{
    if (!serverAvailable())
        return;
    PgDatabase pg;
    pg.migrate();
    ImportWriter(pg.db(), pg.dialect).write(sampleDataset());
    const QString upsert = pg.dialect.upsertSql(
        QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("key")});
    for (const char* value : {"{}", R"({"currency": "USD"})"}) {
        QSqlQuery q(pg.db());
        REQUIRE(q.prepare(upsert));
        q.addBindValue(QStringLiteral("workspace"));
        q.addBindValue(QString::fromUtf8(value));
        REQUIRE(q.exec());
    }
    CHECK(pg.count("SELECT COUNT(*) FROM settings") == 1);
    QSqlQuery q(pg.db());
    REQUIRE(q.prepare(QStringLiteral("SELECT id FROM customers WHERE ")
                      + pg.dialect.likeInsensitive(QStringLiteral("name"))));
    q.addBindValue(QStringLiteral("BETA%"));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("c2"));
}

TEST_CASE("PostgreSQL: the backup before a schema upgrade is a pg_dump, or skipped only when asked",
          "[storage][postgres][upgrade]")
{
    TempWorkspace tmp(Backend::Postgres);
    if (!tmp.available())
        return;
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    REQUIRE(ws.isServer());
    CHECK_FALSE(ws.displayName().contains(QStringLiteral("password")));
    QTemporaryDir folder;
    qputenv("SALESDESK_PG_BACKUP_DIR", folder.path().toUtf8());
    QSqlDatabase db = ws.database();
    const PostgresDialect dialect(*ws.server());
    const QString dump = dialect.backupBeforeUpgrade(db, 3);
    CHECK(dump.startsWith(folder.path()));
    CHECK(dump.contains(QStringLiteral("-v3-")));
    CHECK(QFileInfo(dump).size() > 1000); // pg_dump's custom format with the sample company's rows
    PgDump::setBackupBeforeUpgrade(false); // salesctl --no-backup
    CHECK(dialect.backupBeforeUpgrade(db, 3).isEmpty());
    PgDump::setBackupBeforeUpgrade(true);
    // A dialect that does not know its server cannot dump, so it refuses instead of upgrading unprotected.
    CHECK_THROWS_AS(PostgresDialect().backupBeforeUpgrade(db, 3), StorageError);
    qunsetenv("SALESDESK_PG_BACKUP_DIR");
}
