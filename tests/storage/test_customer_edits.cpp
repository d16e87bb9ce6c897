#include "StorageTestSupport.h"

#include "storage/SqlCustomerRepository.h"
#include "storage/SqlSalesRepository.h"

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

std::vector<std::string> idsOf(const std::vector<Order>& v)
{
    std::vector<std::string> out;
    for (const auto& x : v)
        out.push_back(x.id);
    return out;
}

} // namespace

TEST_CASE("keyset paging: ordered ids and the rows of a window", "[storage][customers]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlCustomerRepository repo(ws);

    // Names "Alpha Co" and "beta ltd": case-insensitive order puts Alpha first either way; descending reverses.
    CHECK(repo.orderedIds({}, CustomerColumn::Id, true) == std::vector<std::string>{"c1", "c2"});
    CHECK(repo.orderedIds({}, CustomerColumn::Id, false) == std::vector<std::string>{"c2", "c1"});
    // Owner names: c1 → 李雷, c2 → Han; "Han" < "李雷" by code point.
    CHECK(repo.orderedIds({}, CustomerColumn::Owner, true) == std::vector<std::string>{"c2", "c1"});
    // Industry: c2 has none, so it is last in both directions.
    CHECK(repo.orderedIds({}, CustomerColumn::Industry, true) == std::vector<std::string>{"c1", "c2"});
    CHECK(repo.orderedIds({}, CustomerColumn::Industry, false) == std::vector<std::string>{"c1", "c2"});
    CHECK(repo.orderedIds({"beta", std::nullopt}, CustomerColumn::Id, true) == std::vector<std::string>{"c2"});

    // rows() keeps the asked order and skips unknown ids.
    const auto rows = repo.rows({"c2", "nope", "c1"});
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].customer.id == "c2");
    CHECK(rows[0].ownerName == "Han");
    CHECK(rows[1].ownerName == "李雷");
    // c1: ord1 120,000.50 − payments 50,000.00 − 0.01 = 70,000.49; c2's only order is cancelled: 0.
    CHECK(rows[1].openBalance == Money::fromCents(7000049));
    CHECK(rows[0].openBalance == Money());
    CHECK(rows[1].status.active);
}

TEST_CASE("merging two customers keeps every order and activity, and undoes exactly", "[storage][customers]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlCustomerRepository repo(ws);
    repo.saveContact(Contact{"k1", "c2", "王芳", std::string("采购经理"), std::nullopt, std::nullopt, std::nullopt,
                             std::nullopt});

    const Date on = Date::parseOrThrow("2026-11-20");
    const CustomerMerge m = repo.merge("c2", "c1", on);
    CHECK(m.orderIds == std::vector<std::string>{"ord2"});
    CHECK(m.opportunityIds == std::vector<std::string>{"o2"});
    CHECK(m.activityIds == std::vector<std::string>{"a2"});
    CHECK(m.contactIds == std::vector<std::string>{"k1"});
    // c1 now holds both orders, both activities, both opportunities and the contact; c2 none.
    CHECK(idsOf(repo.orders("c1")) == std::vector<std::string>{"ord1", "ord2"});
    CHECK(repo.activities("c1").size() == 2);
    CHECK(repo.opportunities("c1").size() == 2);
    CHECK(repo.contacts("c1").size() == 1);
    CHECK(repo.orders("c2").empty());
    CHECK(repo.status("c2") == CustomerStatus{false, std::string("c1")});
    // Payments follow their orders: pay1 and pay2 are on ord1, ord2 has none.
    CHECK(repo.payments("c1").size() == 2);
    // Merging again, or into a merged customer, is refused.
    CHECK_THROWS_WITH(repo.merge("c2", "c1", on), Catch::Contains("already merged"));
    CHECK_THROWS_WITH(repo.merge("c1", "c2", on), Catch::Contains("merged into another"));
    CHECK_THROWS_WITH(repo.merge("c1", "c1", on), Catch::Contains("itself"));

    repo.unmerge(m, on);
    CHECK(idsOf(repo.orders("c1")) == std::vector<std::string>{"ord1"});
    CHECK(idsOf(repo.orders("c2")) == std::vector<std::string>{"ord2"});
    CHECK(repo.contacts("c2").size() == 1);
    CHECK(repo.status("c2") == CustomerStatus{});
}

TEST_CASE("status, contacts, activities and payments entered in the app", "[storage][customers]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlCustomerRepository repo(ws);
    const Date on = Date::parseOrThrow("2026-11-20");

    repo.setStatus("c1", CustomerStatus{false, std::nullopt}, on);
    CHECK_FALSE(repo.status("c1").active);
    CHECK_FALSE(repo.rows({"c1"})[0].status.active);
    repo.setStatus("c1", CustomerStatus{}, on);
    CHECK(repo.status("c1").active);
    CHECK_THROWS_WITH(repo.setStatus("nope", CustomerStatus{}, on), Catch::Contains("no customer"));

    CHECK_THROWS_WITH(repo.saveContact(Contact{"k2", "c1", "", {}, {}, {}, {}, {}}), Catch::Contains("name"));
    repo.saveContact(Contact{"k2", "c1", "Zhang", {}, std::string("138"), {}, Date::parse("1990-05-04"), {}});
    repo.saveContact(Contact{"k2", "c1", "Zhang Wei", {}, std::string("139"), {}, std::nullopt, {}});
    REQUIRE(repo.contacts("c1").size() == 1);
    CHECK(repo.contacts("c1")[0].name == "Zhang Wei");
    CHECK(repo.contacts("c1")[0].phone == std::optional<std::string>("139"));
    repo.removeContact("k2");
    CHECK(repo.contacts("c1").empty());

    repo.insertActivity(Activity{"a9", "r2", "c1", ActivityKind::Visit, on, std::nullopt, std::string("拜访")});
    CHECK(repo.activities("c1").size() == 2);
    CHECK_THROWS_WITH(repo.insertActivity(Activity{"a9", "r2", "c1", ActivityKind::Call, on, {}, {}}),
                      Catch::Contains("already exists"));
    repo.removeActivity("a9");
    CHECK(repo.activities("c1").size() == 1);

    SqlSalesRepository sales(ws);
    sales.insertPayment(Payment{"pay9", "ord1", on, Money::fromCents(1000)});
    // 70,000.49 − 10.00 = 69,990.49.
    CHECK(repo.rows({"c1"})[0].openBalance == Money::fromCents(6999049));
    sales.removePayment("pay9");
    CHECK(repo.rows({"c1"})[0].openBalance == Money::fromCents(7000049));

    // A customer with history cannot be removed; a new one can.
    CHECK_THROWS_WITH(repo.remove("c1"), Catch::Contains("deactivate"));
    repo.insert(Customer{"c9", "New", "r2", {}, on, 30, {}, {}, {}});
    repo.remove("c9");
    CHECK_FALSE(repo.byId("c9"));
}
