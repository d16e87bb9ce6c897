// Actuals of SPEC §6, worked by hand.
#include "domain/Actuals.h"
#include "domain/TargetLookup.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Date d(const char* s) { return Date::parseOrThrow(s); }
Money m(const char* s) { return Money::parseOrThrow(s); }

Dataset fixture()
{
    Dataset ds;
    ds.orgUnits = {{"co", std::nullopt, "Co", OrgKind::Company}, {"t1", "co", "Team 1", OrgKind::Team}};
    ds.reps = {{"r1", "A", "t1", Role::Rep, Level::Mid, d("2020-01-01"), std::nullopt, true, std::nullopt},
               {"r2", "B", "t1", Role::Rep, Level::Mid, d("2020-01-01"), std::nullopt, true, std::nullopt},
               {"r9", "M", "co", Role::SeniorManager, Level::Senior, d("2020-01-01"), std::nullopt, true, std::nullopt}};
    ds.products = {{"p", "P", "standard"}};
    ds.customers = {{"c1", "C1", "r1", {}, d("2025-01-01"), 30, {}, {}, {}},
                    {"c2", "C2", "r1", {}, d("2025-01-01"), 30, {}, {}, {}},
                    {"c3", "C3", "r2", {}, d("2025-01-01"), 30, {}, {}, {}}};
    ds.orders = {
        // o1: booked and cancelled in January → nets to zero in January.
        {"o1", "c1", "r1", "p", d("2026-01-10"), m("100.00"), m("40.00"), {}, d("2026-01-20")},
        // o2: booked in January, cancelled in February → +50 in Jan, −50 in Feb.
        {"o2", "c1", "r1", "p", d("2026-01-15"), m("50.00"), m("20.00"), {}, d("2026-02-03")},
        // o3: split 0.5/0.5 between r1 and r2 plus a 0.1 overlay for r9.
        {"o3", "c2", "r1", "p", d("2026-01-20"), m("100.01"), m("30.01"), {}, {}},
        // o4: c1's first order that was never cancelled.
        {"o4", "c1", "r2", "p", d("2026-02-10"), m("10.00"), m("1.00"), {}, {}},
        {"o5", "c3", "r2", "p", d("2025-12-31"), m("20.00"), m("2.00"), {}, {}},
    };
    ds.orderCredits = {{"o3", "r2", Rational(1, 2), false}, {"o3", "r1", Rational(1, 2), false},
                       {"o3", "r9", Rational(1, 10), true}};
    ds.payments = {{"pay1", "o3", d("2026-01-25"), m("0.05")}, {"pay2", "o4", d("2026-03-01"), m("10.00")}};
    return ds;
}

} // namespace

TEST_CASE("credit lines split by §2 and overlay rounded once")
{
    Dataset ds = fixture();
    DatasetIndex idx(ds);
    WorkspaceSettings s;
    ActualsEngine a(idx, s);
    const auto& lines = a.creditLines(*idx.order("o3"));
    REQUIRE(lines.size() == 3);
    // 100.01 over 0.5/0.5 in ascending rep id: quotas 50.005 each → 50.00 + 50.00, one cent left, tie → r1.
    CHECK(lines[0].repId == "r1");
    CHECK(lines[0].amountCents == 5001);
    CHECK(lines[1].repId == "r2");
    CHECK(lines[1].amountCents == 5000);
    // gross profit 30.01 → 15.01 / 15.00
    CHECK(lines[0].grossProfitCents == 1501);
    CHECK(lines[1].grossProfitCents == 1500);
    // overlay 100.01 × 0.1 = 10.001 → 10.00; 30.01 × 0.1 = 3.001 → 3.00
    CHECK(lines[2].repId == "r9");
    CHECK(lines[2].overlay);
    CHECK(lines[2].amountCents == 1000);
    CHECK(lines[2].grossProfitCents == 300);
}

TEST_CASE("revenue with cancellations in and across periods")
{
    Dataset ds = fixture();
    DatasetIndex idx(ds);
    WorkspaceSettings s;
    ActualsEngine a(idx, s);
    // r1 January: o1 +100 −100, o2 +50, o3 50.01 → 100.01
    CHECK(a.repActual(Metric::Revenue, "r1", d("2026-01-01"), d("2026-01-31")) == 10001);
    // r1 February: o2 cancelled → −50.00
    CHECK(a.repActual(Metric::Revenue, "r1", d("2026-02-01"), d("2026-02-28")) == -5000);
    // r1 Q1: 100.01 − 50.00 = 50.01
    CHECK(a.repActual(Metric::Revenue, "r1", d("2026-01-01"), d("2026-03-31")) == 5001);
    // gross profit r1 January: o2 20.00 + o3 15.01 = 35.01
    CHECK(a.repActual(Metric::GrossProfit, "r1", d("2026-01-01"), d("2026-01-31")) == 3501);
    // overlay manager r9: 10.00
    CHECK(a.repActual(Metric::Revenue, "r9", d("2026-01-01"), d("2026-01-31")) == 1000);
    // unit t1 in January: r1 100.01 + r2 50.00 = 150.01 (r9 sits on the company, not under t1)
    CHECK(a.ownerActual(Metric::Revenue, {OwnerKind::Unit, "t1"}, d("2026-01-01"), d("2026-01-31")) == 15001);
    CHECK(a.ownerActual(Metric::Revenue, {OwnerKind::Unit, "co"}, d("2026-01-01"), d("2026-01-31")) == 16001);
}

TEST_CASE("collections follow the credit shares")
{
    Dataset ds = fixture();
    DatasetIndex idx(ds);
    WorkspaceSettings s;
    ActualsEngine a(idx, s);
    // pay1 0.05 on o3: split 0.5/0.5 → r1 0.03, r2 0.02; overlay r9 0.005 → 0.01
    CHECK(a.repActual(Metric::Collections, "r1", d("2026-01-01"), d("2026-01-31")) == 3);
    CHECK(a.repActual(Metric::Collections, "r2", d("2026-01-01"), d("2026-01-31")) == 2);
    CHECK(a.repActual(Metric::Collections, "r9", d("2026-01-01"), d("2026-01-31")) == 1);
    CHECK(a.repActual(Metric::Collections, "r2", d("2026-03-01"), d("2026-03-31")) == 1000);
}

TEST_CASE("new customers: the first never-cancelled order, by the order's rep")
{
    Dataset ds = fixture();
    DatasetIndex idx(ds);
    WorkspaceSettings s;
    ActualsEngine a(idx, s);
    // c1's orders o1, o2 were cancelled, so its first order is o4 (r2, February).
    CHECK(a.repActual(Metric::NewCustomers, "r1", d("2026-01-01"), d("2026-01-31")) == 1); // c2 via o3 (rep_id r1)
    CHECK(a.repActual(Metric::NewCustomers, "r2", d("2026-02-01"), d("2026-02-28")) == 1); // c1
    CHECK(a.repActual(Metric::NewCustomers, "r2", d("2026-01-01"), d("2026-01-31")) == 0); // c3 was in 2025
    CHECK(a.isExistingCustomer("c3", d("2026-01-01")));
    CHECK_FALSE(a.isExistingCustomer("c1", d("2026-02-01"))); // cancelled orders never make it existing
    CHECK(a.isExistingCustomer("c1", d("2026-03-01")));
}

TEST_CASE("target lookup: explicit row, else the months inside")
{
    FiscalCalendar cal{1};
    std::vector<Target> t = {
        {{OwnerKind::Rep, "r1"}, Metric::Revenue, "2026-01", Segment::All, 1000},
        {{OwnerKind::Rep, "r1"}, Metric::Revenue, "2026-02", Segment::All, 2000},
        {{OwnerKind::Rep, "r2"}, Metric::Revenue, "2026Q1", Segment::All, 5000},
        {{OwnerKind::Rep, "r2"}, Metric::Revenue, "2026-01", Segment::All, 1},
    };
    TargetLookup look(t);
    CHECK(look.targetFor({OwnerKind::Rep, "r1"}, Metric::Revenue, Period::parseOrThrow("2026Q1"), cal) == 3000);
    CHECK(look.targetFor({OwnerKind::Rep, "r2"}, Metric::Revenue, Period::parseOrThrow("2026Q1"), cal) == 5000);
    CHECK_FALSE(look.targetFor({OwnerKind::Rep, "r1"}, Metric::Revenue, Period::parseOrThrow("2026Q2"), cal));
    CHECK_FALSE(look.targetFor({OwnerKind::Rep, "r1"}, Metric::GrossProfit, Period::parseOrThrow("2026Q1"), cal));
    CHECK(look.keysFor(Period::parseOrThrow("2026Q1"), cal).size() == 2);
}
