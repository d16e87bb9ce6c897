// A customer's profile edit is recorded in customer_changes for the meeting pack's customer sheet: one row per
// changed field (customers.csv names, text values), and an edit put back the same day (an undo) leaves no row.

#include "StorageTestSupport.h"

#include "storage/SqlCustomerRepository.h"
#include "storage/SqlDailyRepository.h"

#include <catch2/catch.hpp>

#include <QDate>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

TEST_CASE("customer profile edits are recorded for the meeting pack, and an undo removes them", "[customers][daily]")
{
    TempWorkspace tmp;
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlDailyRepository daily(ws); // adds the schema-6 tables
    SqlCustomerRepository repo(ws);
    const QDate t = QDate::currentDate();
    const Date today = Date::fromYmd(t.year(), t.month(), t.day());

    const Customer before = *repo.byId("c2"); // beta ltd, r3, no industry, 30 days, no limit
    Customer after = before;
    after.name = "Beta Ltd";
    after.industry = "零售";
    after.paymentTermsDays = 60;
    after.creditLimit = m("50000.00");
    repo.update(after);
    auto changes = daily.load().customerChanges;
    REQUIRE(changes.size() == 4);
    std::map<std::string, CustomerChange> byField;
    for (const CustomerChange& c : changes) {
        CHECK(c.customerId == "c2");
        CHECK(c.changedOn == today);
        byField[c.field] = c;
    }
    CHECK(byField.at("name").oldValue == std::optional<std::string>("beta ltd"));
    CHECK(byField.at("name").newValue == std::optional<std::string>("Beta Ltd"));
    CHECK_FALSE(byField.at("industry").oldValue);
    CHECK(byField.at("industry").newValue == std::optional<std::string>("零售"));
    CHECK(byField.at("payment_terms_days").oldValue == std::optional<std::string>("30"));
    CHECK(byField.at("payment_terms_days").newValue == std::optional<std::string>("60"));
    CHECK(byField.at("credit_limit").newValue == std::optional<std::string>("50000.00"));

    // A second edit of the terms is one more row; putting it back removes that row only.
    Customer again = after;
    again.paymentTermsDays = 90;
    repo.update(again);
    CHECK(daily.load().customerChanges.size() == 5);
    repo.update(after);
    CHECK(daily.load().customerChanges.size() == 4);
    // Undo of the first edit: nothing left. Saving unchanged records nothing.
    repo.update(before);
    CHECK(daily.load().customerChanges.empty());
    repo.update(before);
    CHECK(daily.load().customerChanges.empty());
}
