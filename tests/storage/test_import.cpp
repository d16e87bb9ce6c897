#include "StorageTestSupport.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

long long countOf(const Workspace& ws, const std::string& table)
{
    for (const auto& [name, n] : ws.tableCounts())
        if (name == table)
            return n;
    FAIL("no table " << table);
    return -1;
}

} // namespace

TEST_CASE("every entity round-trips through applyImport and loadDataset", "[storage][import]")
{
    SD_ON_EACH_BACKEND(tmp);
    const Dataset in = sampleDataset();
    {
        Workspace ws(tmp.path());
        ws.applyImport(in);
    }
    Workspace ws(tmp.path()); // read back through a fresh connection
    const Dataset out = ws.loadDataset();

    // Lists come back in ascending id order, every field as written.
    CHECK(describeAll(out.orgUnits)
          == std::vector<std::string>{"C|null|Acme|company", "R1|C|East|region", "T1|R1|华东一组|team"});
    CHECK(describeAll(out.reps)
          == std::vector<std::string>{"r1|Boss|C|senior_manager|senior|2020-01-15|null|1|null",
                                      "r2|李雷|T1|rep|junior|2025-03-01|r3|1|null",
                                      "r3|Han|R1|regional_manager|mid|2021-07-01|r1|0|2026-06-30"});
    CHECK(describeAll(out.products) == describeAll(in.products));
    CHECK(describeAll(out.customers)
          == std::vector<std::string>{"c1|Alpha Co|r2|制造|2025-04-01|45|-0.05|1980-02-29|2001-10-01",
                                      "c2|beta ltd|r3|null|2025-05-02|30|null|null|null"});
    CHECK(describeAll(out.opportunities)
          == std::vector<std::string>{
              "o1|Big deal|c1|r2|120000.50|2026-01-05|2026-03-31|won|history:lead@2026-01-05,proposal@2026-02-01,"
              "won@2026-02-01,",
              "o2|Small|c2|r3|-10.00|2026-02-10|null|lead|history:"});
    CHECK(describeAll(out.orders) == describeAll(in.orders));
    CHECK(describeAll(out.orderCredits)
          == std::vector<std::string>{"ord1|r2|0.333333|0", "ord1|r3|0.666667|0", "ord1|r1|0.1|1"});
    CHECK(out.orderCredits[0].share == Rational(333333, 1000000)); // exact, not a binary fraction
    CHECK(describeAll(out.payments) == describeAll(in.payments));
    CHECK(describeAll(out.activities)
          == std::vector<std::string>{"a1|r2|c1|demo|2026-01-20|o1|演示, \"quoted\"; semi",
                                      "a2|r3|c2|email|2026-02-11|null|null"});
    CHECK(describeAll(out.targets)
          == std::vector<std::string>{"rep:r2|new_customers|2026Q1|new|5", "unit:C|revenue|2026|all|100000000"});
    CHECK(describeAll(out.kpiValues) == std::vector<std::string>{"r2|2026Q3|csat|4.75"});
    CHECK(describeAll(out.reviews)
          == std::vector<std::string>{"r2|2026Q3|supervisor|r3|85.5", "r2|2026Q3|peer|null|90",
                                      "r3|2026Q3|self|r3|70"});

    CHECK(ws.ids(Entity::OrgUnit) == std::unordered_set<std::string>{"C", "R1", "T1"});
    CHECK(ws.ids(Entity::Order) == std::unordered_set<std::string>{"ord1", "ord2"});
    CHECK(ws.ids(Entity::Activity).size() == 2);
    CHECK(countOf(ws, "stage_history") == 3);
}

TEST_CASE("loadDataset reads only the requested parts", "[storage][import]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    const Dataset d = ws.loadDataset(PartOrg | PartPayments);
    CHECK(d.orgUnits.size() == 3);
    CHECK(d.reps.size() == 3);
    CHECK(d.products.size() == 2);
    CHECK(d.payments.size() == 2);
    CHECK(d.customers.empty());
    CHECK(d.opportunities.empty());
    CHECK(d.orders.empty());
    CHECK(d.reviews.empty());
}

TEST_CASE("re-importing the same ids updates the rows", "[storage][import]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());

    Dataset again;
    Customer c1 = sampleDataset().customers[0];
    c1.name = "Alpha Group";
    c1.industry.reset();
    c1.creditLimit = Money::fromCents(100000);
    again.customers = {c1};
    Payment p = sampleDataset().payments[1];
    p.amount = Money::fromCents(2);
    again.payments = {p};
    ws.applyImport(again);

    const Dataset out = ws.loadDataset(PartCustomers | PartPayments | PartOpportunities);
    REQUIRE(out.customers.size() == 2);
    CHECK(describe(out.customers[0]) == "c1|Alpha Group|r2|null|2025-04-01|45|1000.00|1980-02-29|2001-10-01");
    CHECK(describe(out.customers[1]) == describe(sampleDataset().customers[1]));
    REQUIRE(out.payments.size() == 2);
    CHECK(out.payments[1].amount == Money::fromCents(2));
    // Opportunities not in the batch keep their history.
    CHECK(out.opportunities[0].history.size() == 3);
}

TEST_CASE("an opportunity in a batch gets exactly the batch's stage history", "[storage][import]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    Dataset first = sampleDataset();
    first.opportunities[0].history = {{"lead", d("2026-02-10")}};
    ws.applyImport(first);

    Dataset again;
    Opportunity o1 = sampleDataset().opportunities[1];
    o1.history = {{"lead", d("2026-01-05")}, {"lost", d("2026-03-01")}};
    o1.stage = "lost";
    Opportunity o2 = sampleDataset().opportunities[0];
    o2.history.clear(); // an empty history clears the stored one
    again.opportunities = {o1, o2};
    ws.applyImport(again);

    const Dataset out = ws.loadDataset(PartOpportunities);
    REQUIRE(out.opportunities.size() == 2);
    CHECK(describe(out.opportunities[0])
          == "o1|Big deal|c1|r2|120000.50|2026-01-05|2026-03-31|lost|history:lead@2026-01-05,lost@2026-03-01,");
    CHECK(out.opportunities[1].history.empty());
    CHECK(countOf(ws, "stage_history") == 2);
}

TEST_CASE("rows without ids are replaced by their natural key", "[storage][import]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());

    Dataset again;
    again.targets = {Target{OwnerRef{OwnerKind::Unit, "C"}, Metric::Revenue, "2026", Segment::All, 90000000},
                     Target{OwnerRef{OwnerKind::Unit, "C"}, Metric::Revenue, "2026", Segment::New, 10000000}};
    again.kpiValues = {KpiValue{"r2", "2026Q3", "csat", r("4.5")}, KpiValue{"r2", "2026Q4", "csat", r("3")}};
    again.reviews = {Review{"r2", "2026Q3", "customer", std::nullopt, r("60.25")}};
    // Credits of ord1 replaced by a single full share.
    again.orderCredits = {OrderCredit{"ord1", "r3", r("1"), false}};
    ws.applyImport(again);

    const Dataset out = ws.loadDataset(PartTargets | PartKpi | PartOrders);
    CHECK(describeAll(out.targets)
          == std::vector<std::string>{"rep:r2|new_customers|2026Q1|new|5", "unit:C|revenue|2026|all|90000000",
                                      "unit:C|revenue|2026|new|10000000"});
    CHECK(describeAll(out.kpiValues) == std::vector<std::string>{"r2|2026Q3|csat|4.5", "r2|2026Q4|csat|3"});
    // (r2, 2026Q3) had two reviews; the batch's one replaces both; r3's are untouched.
    CHECK(describeAll(out.reviews)
          == std::vector<std::string>{"r2|2026Q3|customer|null|60.25", "r3|2026Q3|self|r3|70"});
    CHECK(describeAll(out.orderCredits) == std::vector<std::string>{"ord1|r3|1|0"});
}

TEST_CASE("a failed import leaves the workspace unchanged", "[storage][import]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    const auto countsBefore = ws.tableCounts();
    const Dataset before = ws.loadDataset();

    Dataset bad;
    Customer renamed = sampleDataset().customers[0];
    renamed.name = "Should not stay";
    Customer orphan = sampleDataset().customers[1];
    orphan.id = "c9";
    orphan.ownerRepId = "nobody"; // no such rep
    bad.customers = {renamed, orphan};
    bad.products = {Product{"p9", "New", "x"}};
    Opportunity o = sampleDataset().opportunities[1];
    o.history.clear();
    bad.opportunities = {o};
    try {
        ws.applyImport(bad);
        FAIL("an import with a dangling reference was written");
    } catch (const StorageError& e) {
        CHECK_THAT(e.what(), Catch::Contains("customers 'c9' refers to a missing reps row"));
    }
    CHECK(ws.tableCounts() == countsBefore);
    const Dataset after = ws.loadDataset();
    CHECK(describeAll(after.customers) == describeAll(before.customers));
    CHECK(describeAll(after.opportunities) == describeAll(before.opportunities));
    CHECK(after.products.size() == 2);

    // The workspace still takes a good batch afterwards.
    Dataset good;
    good.products = {Product{"p9", "New", "x"}};
    ws.applyImport(good);
    CHECK(ws.ids(Entity::Product).size() == 3);
}

TEST_CASE("a batch may reference rows that come later in it", "[storage][import]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    Dataset ds = sampleDataset();
    // Reverse everything: payments before their orders' customers' reps' units, and so on.
    std::reverse(ds.orgUnits.begin(), ds.orgUnits.end());
    std::reverse(ds.reps.begin(), ds.reps.end());
    ws.applyImport(ds);
    CHECK(ws.loadDataset(PartOrg).orgUnits.size() == 3);
}

TEST_CASE("a large first import that fails leaves an empty workspace with its indexes", "[storage][import]")
{
    TempWorkspace tmp;
    Workspace ws(tmp.path());
    auto indexCount = [&] {
        QSqlQuery q(ws.database());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const int indexesBefore = indexCount();
    REQUIRE(indexesBefore > 20);

    // 25,000 activities: enough for the bulk path (indexes dropped and rebuilt at the end).
    Dataset ds = sampleDataset();
    for (int i = 0; i < 25000; ++i)
        ds.activities.push_back(Activity{"x" + std::to_string(i), "r1", "c1", ActivityKind::Call, d("2026-01-02"),
                                         std::nullopt, std::nullopt});
    ds.activities.back().customerId = "ghost";
    auto journalMode = [&] {
        QSqlQuery q(ws.database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    CHECK_THROWS_WITH(ws.applyImport(ds), Catch::Contains("activities 'x24999' refers to a missing customers row"));
    for (const auto& [table, n] : ws.tableCounts())
        CHECK(n == 0);
    CHECK(indexCount() == indexesBefore);
    CHECK(journalMode() == QStringLiteral("wal")); // the rollback journal of the first import is switched back

    ds.activities.back().customerId = "c2";
    ws.applyImport(ds);
    CHECK(indexCount() == indexesBefore);
    CHECK(ws.ids(Entity::Activity).size() == 25002);
    CHECK(journalMode() == QStringLiteral("wal"));
    CHECK_FALSE(QFileInfo::exists(tmp.path() + QStringLiteral("-journal")));
}

TEST_CASE("a large first import with another connection open keeps the WAL and still writes everything",
          "[storage][import]")
{
    TempWorkspace tmp;
    Workspace ws(tmp.path());
    Workspace reader(tmp.path()); // the application's own connection while its import job writes
    CHECK(reader.tableCounts().size() > 5);
    Dataset ds = sampleDataset();
    for (int i = 0; i < 25000; ++i)
        ds.activities.push_back(Activity{"x" + std::to_string(i), "r1", "c1", ActivityKind::Call, d("2026-01-02"),
                                         std::nullopt, std::nullopt});
    ws.applyImport(ds);
    CHECK(reader.ids(Entity::Activity).size() == 25002);
    QSqlQuery q(ws.database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
}

TEST_CASE("settings saved with an import are kept or dropped with it", "[storage][import]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.saveSettingsJson(R"({"stall_days":30})");

    Dataset bad = sampleDataset();
    bad.customers[0].ownerRepId = "ghost";
    CHECK_THROWS_AS(ws.applyImport(bad, R"({"stall_days":10})"), StorageError);
    CHECK(ws.loadSettingsJson() == R"({"stall_days":30})");
    CHECK(ws.ids(Entity::Customer).empty());

    ws.applyImport(sampleDataset(), R"({"stall_days":10})");
    CHECK(ws.loadSettingsJson() == R"({"stall_days":10})");
    CHECK(ws.ids(Entity::Customer) == std::unordered_set<std::string>{"c1", "c2"});
}
