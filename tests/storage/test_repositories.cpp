#include "StorageTestSupport.h"

#include "storage/SqlCustomerRepository.h"
#include "storage/SqlOpportunityRepository.h"
#include "storage/SqlOrgRepository.h"
#include "storage/SqlSalesRepository.h"
#include "storage/SqlSettingsRepository.h"
#include "storage/SqlTargetRepository.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

std::string num3(int i)
{
    char b[8];
    std::snprintf(b, sizeof b, "%03d", i);
    return b;
}

// The sample company plus customers k000…k119: name "Name <119-i>" (so names sort opposite to ids),
// industry Retail / mining / none by i % 3, owner r1/r2/r3 by i % 3, credit limit i×100 cents
// except every 4th which has none.
Dataset manyCustomers()
{
    Dataset ds = sampleDataset();
    const char* owners[] = {"r1", "r2", "r3"};
    for (int i = 0; i < 120; ++i) {
        Customer c;
        c.id = "k" + num3(i);
        c.name = "Name " + num3(119 - i);
        if (i % 3 == 0)
            c.industry = "Retail";
        else if (i % 3 == 1)
            c.industry = "mining";
        c.ownerRepId = owners[i % 3];
        c.createdOn = d("2025-01-01").addDays(i);
        if (i % 4 != 0)
            c.creditLimit = Money::fromCents(i * 100);
        ds.customers.push_back(c);
    }
    ds.customers.push_back(Customer{"z1", "Discount 50% Ltd", "r1", std::nullopt, d("2025-06-01"), 30, std::nullopt,
                                    std::nullopt, std::nullopt});
    return ds;
}

std::vector<std::string> ids(const std::vector<CustomerRow>& rows)
{
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(r.customer.id);
    return out;
}

} // namespace

TEST_CASE("customers page, sort and search", "[storage][repositories]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(manyCustomers());
    SqlCustomerRepository repo(ws);

    // 2 sample customers + 120 + z1.
    CHECK(repo.count({}) == 123);

    SECTION("pages by id concatenate to the whole list")
    {
        std::vector<std::string> all;
        for (long long offset = 0; offset < 123; offset += 50) {
            const auto page = repo.page({}, CustomerColumn::Id, true, offset, 50);
            CHECK(page.size() == static_cast<size_t>(std::min<long long>(50, 123 - offset)));
            for (const auto& r : page)
                all.push_back(r.customer.id);
        }
        REQUIRE(all.size() == 123);
        CHECK(all[0] == "c1");
        CHECK(all[1] == "c2");
        CHECK(all[2] == "k000");
        CHECK(all[121] == "k119");
        CHECK(all[122] == "z1");
        CHECK(repo.page({}, CustomerColumn::Id, true, 123, 50).empty());
    }
    SECTION("sorted by name")
    {
        // "Alpha Co" < "Discount 50% Ltd" < "Name 000" (k119) < "Name 001" (k118) … < "beta ltd" (lower case last).
        CHECK(ids(repo.page({}, CustomerColumn::Name, true, 0, 4))
              == std::vector<std::string>{"c1", "z1", "k119", "k118"});
        CHECK(ids(repo.page({}, CustomerColumn::Name, false, 0, 3)) == std::vector<std::string>{"c2", "k000", "k001"});
    }
    SECTION("sorted by owner name, ties by id")
    {
        // Owner names: r1 "Boss", r2 "李雷", r3 "Han". Ascending: Boss (c… none; k000, k003, …, z1) first.
        const auto page = repo.page({}, CustomerColumn::Owner, true, 0, 3);
        CHECK(ids(page) == std::vector<std::string>{"k000", "k003", "k006"});
        CHECK(page[0].ownerName == "Boss");
    }
    SECTION("empty values sort last both ways")
    {
        // Credit limits: c1 -0.05, k(i) i×100 cents unless i % 4 == 0; c2, k000, k004, …, z1 have none.
        CHECK(ids(repo.page({}, CustomerColumn::CreditLimit, true, 0, 3))
              == std::vector<std::string>{"c1", "k001", "k002"});
        CHECK(ids(repo.page({}, CustomerColumn::CreditLimit, false, 0, 2))
              == std::vector<std::string>{"k119", "k118"});
        // c2, 30 k-customers and z1 (32) have none: the last page holds them, by id descending.
        const auto tail = repo.page({}, CustomerColumn::CreditLimit, false, 120, 10);
        CHECK(ids(tail) == std::vector<std::string>{"k004", "k000", "c2"});
    }
    SECTION("search matches id, name or industry ignoring ASCII case")
    {
        // Industry "Retail" for i % 3 == 0: 40 customers.
        CHECK(repo.count({"rEtAiL", std::nullopt}) == 40);
        // Id "k01x": k010 … k019.
        CHECK(repo.count({"K01", std::nullopt}) == 10);
        // '%' and '_' are literal: only "Discount 50% Ltd".
        CHECK(repo.count({"%", std::nullopt}) == 1);
        CHECK(repo.count({"_", std::nullopt}) == 0);
        CHECK(repo.count({"制造", std::nullopt}) == 1);
        CHECK(repo.count({"  ", std::nullopt}) == 123);
        // Combined with an owner: Retail customers are i % 3 == 0, all owned by r1.
        CHECK(repo.count({"retail", std::string("r1")}) == 40);
        CHECK(repo.count({"retail", std::string("r2")}) == 0);
        CHECK(ids(repo.page({"mining", std::string("r2")}, CustomerColumn::CreatedOn, false, 0, 2))
              == std::vector<std::string>{"k118", "k115"});
    }
    SECTION("rows carry the owner's name and the open balance")
    {
        const auto page = repo.page({}, CustomerColumn::Id, true, 0, 2);
        REQUIRE(page.size() == 2);
        CHECK(page[0].ownerName == "李雷");
        // c1: ord1 120000.50 less payments 50000.00 + 0.01 = 70000.49.
        CHECK(page[0].openBalance == m("70000.49"));
        // c2: its only order is cancelled.
        CHECK(page[1].openBalance == m("0.00"));
    }
}

TEST_CASE("a customer's detail lists and edits", "[storage][repositories]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlCustomerRepository repo(ws);

    REQUIRE(repo.byId("c1"));
    CHECK(describe(*repo.byId("c1")) == describe(sampleDataset().customers[0]));
    CHECK_FALSE(repo.byId("nope"));

    const auto opps = repo.opportunities("c1");
    REQUIRE(opps.size() == 1);
    CHECK(opps[0].history.size() == 3);
    CHECK(describeAll(repo.orders("c1")) == std::vector<std::string>{describe(sampleDataset().orders[0])});
    CHECK(describeAll(repo.payments("c1")) == describeAll(sampleDataset().payments));
    CHECK(repo.payments("c2").empty());
    CHECK(describeAll(repo.activities("c2")) == std::vector<std::string>{describe(sampleDataset().activities[1])});

    Customer c3{"c3", "Gamma", "r1", std::nullopt, d("2026-01-01"), 60, m("5000.00"), std::nullopt, std::nullopt};
    repo.insert(c3);
    CHECK(describe(*repo.byId("c3")) == describe(c3));
    CHECK_THROWS_WITH(repo.insert(c3), Catch::Contains("already exists"));
    Customer orphan = c3;
    orphan.id = "c4";
    orphan.ownerRepId = "ghost";
    CHECK_THROWS_WITH(repo.insert(orphan), Catch::Contains("no sales rep with id 'ghost'"));

    c3.name = "Gamma Group";
    c3.industry = "IT";
    c3.creditLimit.reset();
    repo.update(c3);
    CHECK(describe(*repo.byId("c3")) == "c3|Gamma Group|r1|IT|2026-01-01|60|null|null|null");
    Customer missing = c3;
    missing.id = "c9";
    CHECK_THROWS_WITH(repo.update(missing), Catch::Contains("no customer with id 'c9'"));
    CHECK(repo.count({}) == 3);
}

TEST_CASE("opportunity edits keep the stage history consistent", "[storage][repositories]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlOpportunityRepository repo(ws);

    CHECK(describeAll(repo.byOwner("r2")) == std::vector<std::string>{describe(sampleDataset().opportunities[1])});

    // o2: no history, "lead" since its creation on 2026-02-10.
    repo.updateStage("o2", "proposal", d("2026-03-01"));
    CHECK(describe(*repo.byId("o2"))
          == "o2|Small|c2|r3|-10.00|2026-02-10|null|proposal|history:lead@2026-02-10,proposal@2026-03-01,");
    repo.updateStage("o2", "won", d("2026-03-01"));
    CHECK(repo.byId("o2")->history.size() == 3);
    CHECK_THROWS_WITH(repo.updateStage("o2", "lost", d("2026-02-28")), Catch::Contains("cannot be dated before"));
    CHECK(repo.byId("o2")->stage == "won"); // the refused change left nothing behind
    CHECK_THROWS_WITH(repo.updateStage("o9", "won", d("2026-03-01")), Catch::Contains("no opportunity"));

    repo.updateAmount("o2", m("1234.56"));
    repo.updateExpectedClose("o2", d("2026-04-30"));
    CHECK(repo.byId("o2")->amount == m("1234.56"));
    CHECK(repo.byId("o2")->expectedCloseOn == d("2026-04-30"));
    repo.updateExpectedClose("o2", std::nullopt);
    CHECK_FALSE(repo.byId("o2")->expectedCloseOn);
    CHECK_THROWS_AS(repo.updateAmount("o9", m("1.00")), StorageError);
}

TEST_CASE("org units, reps, orders, payments, targets and settings repositories", "[storage][repositories]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());

    SqlOrgRepository org(ws);
    CHECK(describeAll(org.children(std::nullopt)) == std::vector<std::string>{"C|null|Acme|company"});
    CHECK(describeAll(org.children(std::string("R1"))) == std::vector<std::string>{"T1|R1|华东一组|team"});
    CHECK(org.orgUnits().size() == 3);
    CHECK(org.reps().size() == 3);
    REQUIRE(org.repsOf("T1").size() == 1);
    CHECK(org.repsOf("T1")[0].id == "r2");
    Rep r4{"r4", "New", "T1", Role::Rep, Level::Junior, d("2026-05-01"), std::string("r3"), true, std::nullopt};
    org.save(r4);
    r4.level = Level::Mid;
    org.save(r4);
    CHECK(describe(*org.rep("r4")) == "r4|New|T1|rep|mid|2026-05-01|r3|1|null");
    org.save(OrgUnit{"T2", std::string("R1"), "Team 2", OrgKind::Team});
    CHECK(org.children(std::string("R1")).size() == 2);
    CHECK_THROWS_AS(org.save(OrgUnit{"T3", std::string("nowhere"), "x", OrgKind::Team}), StorageError);

    SqlSalesRepository sales(ws);
    CHECK(sales.order("ord1")->amount == m("120000.50"));
    CHECK(sales.ordersOfRep("r2", d("2026-02-01"), d("2026-02-01")).size() == 1);
    CHECK(sales.ordersOfRep("r2", d("2026-02-02"), d("2026-12-31")).empty());
    CHECK(describeAll(sales.credits("ord1"))
          == std::vector<std::string>{"ord1|r2|0.333333|0", "ord1|r3|0.666667|0", "ord1|r1|0.1|1"});
    sales.insertPayment(Payment{"pay3", "ord1", d("2026-03-02"), m("10.00")});
    CHECK(describeAll(sales.paymentsOf("ord1"))
          == std::vector<std::string>{"pay1|ord1|2026-03-01|50000.00", "pay3|ord1|2026-03-02|10.00",
                                      "pay2|ord1|2026-03-15|0.01"});
    CHECK_THROWS_WITH(sales.insertPayment(Payment{"pay4", "ord1", d("2026-03-02"), m("0.00")}),
                      Catch::Contains("more than 0"));
    CHECK_THROWS_WITH(sales.insertPayment(Payment{"pay3", "ord1", d("2026-03-02"), m("1.00")}),
                      Catch::Contains("already exists"));
    CHECK_THROWS_WITH(sales.insertPayment(Payment{"pay5", "ord9", d("2026-03-02"), m("1.00")}),
                      Catch::Contains("no order"));

    SqlTargetRepository targets(ws);
    const OwnerRef unitC{OwnerKind::Unit, "C"};
    targets.upsert({Target{unitC, Metric::Revenue, "2026", Segment::All, 1}, // replaces 100000000
                    Target{unitC, Metric::Revenue, "2026-01", Segment::All, 2}});
    CHECK(describeAll(targets.list(std::string("2026"))) == std::vector<std::string>{"unit:C|revenue|2026|all|1"});
    CHECK(targets.ofOwner(unitC).size() == 2);
    CHECK(targets.list().size() == 3);
    CHECK(targets.remove(unitC, Metric::Revenue, "2026-01", Segment::All));
    CHECK_FALSE(targets.remove(unitC, Metric::Revenue, "2026-01", Segment::All));
    CHECK(targets.list().size() == 2);

    SqlSettingsRepository settings(ws);
    CHECK_FALSE(settings.value("ui.theme"));
    settings.setValue("ui.theme", "dark");
    settings.setValue("ui.theme", "light");
    CHECK(settings.value("ui.theme") == std::optional<std::string>("light"));
    settings.setValue("workspace", R"({"stall_days":10})");
    CHECK(ws.loadSettingsJson() == R"({"stall_days":10})");
    settings.remove("ui.theme");
    CHECK_FALSE(settings.value("ui.theme"));
}
