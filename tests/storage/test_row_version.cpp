// Row versions (schema 9): every update raises the row's version — the repositories', the import's upserts and
// the settings; an edit or undo based on a version that is no longer current is refused with StaleEdit carrying
// the current value, and writes nothing (no change, no history, no audit row).

#include "StorageTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlCustomerRepository.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/SqlOpportunityRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

long long version(const Workspace& ws, const VersionedRow& row) { return rowVersion(ws.database(), row).value_or(-1); }

OpportunityEdit amountEdit(const char* id, const char* cents, std::optional<long long> expected)
{
    OpportunityEdit e;
    e.opportunityId = id;
    e.field = ChangeField::Amount;
    e.newValue = cents;
    e.effectiveOn = d("2026-03-01");
    e.changedBy = "wang";
    e.expectedVersion = expected;
    return e;
}

} // namespace

TEST_CASE("imports, repository updates and settings raise row versions", "[reliability][rowversion]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    Dataset ds = sampleDataset();
    ws.applyImport(ds);
    CHECK(version(ws, customerRow("c1")) == 0); // inserted
    CHECK(version(ws, opportunityRow("o1")) == 0);

    // The same rows imported again are updates (upserts): each row's version goes up by one.
    ds.customers[0].name = "Alpha Company";
    ws.applyImport(ds);
    CHECK(version(ws, customerRow("c1")) == 1);
    CHECK(version(ws, opportunityRow("o1")) == 1);

    SqlCustomerRepository customers(ws);
    Customer c = *customers.byId("c1");
    c.name = "Alpha Ltd";
    customers.update(c);
    CHECK(version(ws, customerRow("c1")) == 2);

    SqlOpportunityRepository(ws).updateAmount("o1", m("10.00"));
    CHECK(version(ws, opportunityRow("o1")) == 2);

    ws.saveSettingsJson("{}");
    CHECK(version(ws, settingsRow()) == 0);
    ws.saveSettingsJson(R"({"stall_days":30})");
    CHECK(version(ws, settingsRow()) == 1);
}

TEST_CASE("an edit based on a stale version is refused with the current value", "[reliability][rowversion]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlFunnelChangeRepository mine(ws);
    const long long seen = mine.rowVersion("o2");
    CHECK(seen == 0);

    // Someone else (here: the same file through a second connection, as another window would) changes o2.
    {
        Workspace other(tmp.path());
        SqlFunnelChangeRepository(other).apply(amountEdit("o2", "5000", std::nullopt));
    }
    CHECK(mine.rowVersion("o2") == 1);
    const auto changesBefore = mine.changesOf("o2").size();
    const auto auditBefore = AuditLog(ws).count({});
    try {
        mine.apply(amountEdit("o2", "7000", seen));
        FAIL("a stale edit was saved");
    } catch (const StaleEdit& e) {
        CHECK(e.entity() == "opportunity");
        CHECK(e.key() == "o2");
        CHECK(e.expectedVersion() == 0);
        CHECK(e.currentVersion() == 1);
        CHECK(e.currentValue() == "5000"); // the other writer's amount, in cents
        CHECK(std::string(e.what()).find("changed by someone else") != std::string::npos);
    }
    // Nothing of the refused edit is left.
    CHECK(mine.changesOf("o2").size() == changesBefore);
    CHECK(AuditLog(ws).count({}) == auditBefore);
    CHECK(SqlOpportunityRepository(ws).byId("o2")->amount == m("50.00"));

    // Based on the current version it goes through.
    mine.apply(amountEdit("o2", "7000", 1));
    CHECK(mine.rowVersion("o2") == 2);

    // An undo expecting a version someone has moved on from is refused too.
    {
        Workspace other(tmp.path());
        SqlOpportunityRepository(other).updateExpectedClose("o2", d("2026-12-31"));
    }
    CHECK_THROWS_AS(mine.revertLast("o2", 2), StaleEdit);
    CHECK(SqlOpportunityRepository(ws).byId("o2")->amount == m("70.00"));
    mine.revertLast("o2", 3);
    CHECK(SqlOpportunityRepository(ws).byId("o2")->amount == m("50.00"));
}

TEST_CASE("a nested ScopedTransaction joins the outer one", "[reliability][rowversion]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    {
        ScopedTransaction outer(ws.database());
        ws.saveSettingsJson(R"({"stall_days":1})"); // opens its own, which joins
        // no commit: the outer rollback takes the settings and their audit rows back
    }
    CHECK(ws.loadSettingsJson() == "{}");
    CHECK(AuditLog(ws).count({}) == 0);
}
