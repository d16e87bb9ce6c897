// A whole workspace copied between backends (storage/WorkspaceCopy, `salesctl migrate`): every table, verified,
// all or nothing; a non-empty target refused; auto-numbered keys continue after the copied ones.
#include "StorageTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/SqlSettingsRepository.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCopy.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

// The sample company with a funnel change (change history + audit row) and a setting.
void fill(Workspace& ws)
{
    ws.applyImport(sampleDataset());
    OpportunityEdit e;
    e.opportunityId = "o2";
    e.field = ChangeField::Amount;
    e.newValue = "2500";
    e.effectiveOn = d("2026-03-01");
    e.changedBy = "wang";
    SqlFunnelChangeRepository(ws).apply(e);
    SqlSettingsRepository(ws).setValue("ui.theme", "dark");
}

std::vector<std::string> everything(const Workspace& ws)
{
    const Dataset ds = ws.loadDataset(PartAll);
    std::vector<std::string> out = describeAll(ds.orgUnits);
    auto add = [&](const std::vector<std::string>& v) { out.insert(out.end(), v.begin(), v.end()); };
    add(describeAll(ds.reps));
    add(describeAll(ds.products));
    add(describeAll(ds.customers));
    add(describeAll(ds.opportunities));
    add(describeAll(ds.orders));
    add(describeAll(ds.orderCredits));
    add(describeAll(ds.payments));
    add(describeAll(ds.activities));
    add(describeAll(ds.targets));
    add(describeAll(ds.kpiValues));
    add(describeAll(ds.reviews));
    return out;
}

} // namespace

TEST_CASE("a workspace copied from a file to the server and back keeps every row", "[storage][postgres][copy]")
{
    TempWorkspace file;
    TempWorkspace server(Backend::Postgres);
    if (!server.available())
        return;
    TempWorkspace back;
    const QString backPath = back.dir.filePath(QStringLiteral("back.sqlite"));

    std::vector<TableCopy> there, home;
    {
        Workspace source(file.path());
        fill(source);
        Workspace target(server.path());
        there = WorkspaceCopy(source, target).run();
        CHECK(everything(target) == everything(source));
        CHECK(SqlFunnelChangeRepository(target).changesOf("o2").size() == 1);
        CHECK(SqlSettingsRepository(target).value("ui.theme") == std::optional<std::string>("dark"));
        CHECK(AuditLog(target).count({}) == AuditLog(source).count({}));
        // The audit log's auto-numbered id continues after the copied rows (no duplicate key).
        const long long copiedAudit = AuditLog(target).count({});
        REQUIRE(copiedAudit > 0);
        AuditEntry entry;
        entry.entity = "settings";
        entry.entityId = "ui.theme";
        entry.action = "test";
        CHECK_NOTHROW(AuditLog(target).append(entry));
        CHECK(AuditLog(target).count({}) == copiedAudit + 1);

        // A second copy into the now non-empty server database is refused.
        CHECK_THROWS_WITH(WorkspaceCopy(source, target).run(), Catch::Contains("not empty"));
    }
    {
        Workspace source(server.path());
        Workspace target(backPath);
        home = WorkspaceCopy(source, target).run();
        CHECK(everything(target) == everything(source));
    }
    // Per table the same row counts; money sums equal where nothing changed after the first copy.
    REQUIRE(there.size() == home.size());
    long long rows = 0;
    for (size_t i = 0; i < there.size(); ++i) {
        INFO(there[i].table);
        CHECK(there[i].table == home[i].table);
        if (there[i].table != "settings" && there[i].table != "audit_log")
            CHECK(there[i].checksum == home[i].checksum);
        CHECK(there[i].moneyCents == home[i].moneyCents);
        rows += there[i].rows;
    }
    CHECK(rows > 30);
}

TEST_CASE("a copy that fails on the server leaves the target database empty", "[storage][postgres][copy]")
{
    TempWorkspace file;
    TempWorkspace server(Backend::Postgres);
    if (!server.available())
        return;
    Workspace source(file.path());
    fill(source);
    {
        // A row the server refuses (not valid UTF-8 is impossible here; a text in an integer column is): written
        // behind the schema's back, as SQLite allows any value in any column.
        QSqlQuery q(source.database());
        REQUIRE(q.exec(QStringLiteral("UPDATE customers SET payment_terms_days = 'soon' WHERE id = 'c2'")));
    }
    Workspace target(server.path());
    CHECK_THROWS_AS(WorkspaceCopy(source, target).run(), StorageError);
    QSqlQuery count(target.database());
    REQUIRE(count.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM org_units)")));
    REQUIRE(count.next());
    CHECK(count.value(0).toLongLong() == 0);
}
