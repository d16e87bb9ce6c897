// The team-move rule (docs/daily.md, issue 7: "past results stay with the team they were earned in") wherever a
// unit's results are summed from reps: ActualsEngine::ownerActual (targets monitoring, salesctl targets show, funnel
// --owner unit:…), the customer segments of SPEC §3, TargetMonitor and the dashboard. Worked by hand.

#include "domain/Dashboard.h"
#include "domain/SegmentActuals.h"
#include "domain/TargetMonitor.h"
#include "domain/UnitAttribution.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Date d(int y, int m, int dd)
{
    return Date::fromYmd(y, m, dd);
}

Order order(const char* id, const char* customer, Date on, std::int64_t cents)
{
    Order o;
    o.id = id;
    o.customerId = customer;
    o.repId = "r1";
    o.productId = "p1";
    o.orderDate = on;
    o.amount = Money::fromCents(cents);
    o.grossProfit = Money::fromCents(cents / 2);
    return o;
}

// co ── t1, t2. r1 was in t1 until 2026-03-08 and is in t2 from 03-09 (its org_unit_id); r2 always in t1.
//   o0 c3 2025-06-01 700.00 (t1)   oA c1 2026-03-02 1,000.00 (t1)   oD c3 2026-03-10 400.00 (t2)
//   oB c2 2026-03-20 500.00 (t2)   pA oA 03-05 300.00 (t1)          pB oA 03-25 200.00 (t2)
Dataset moved()
{
    Dataset ds;
    ds.orgUnits = {OrgUnit{"co", std::nullopt, "Company", OrgKind::Company},
                   OrgUnit{"t1", "co", "Team 1", OrgKind::Team}, OrgUnit{"t2", "co", "Team 2", OrgKind::Team}};
    for (auto [id, unit] : {std::pair{"r1", "t2"}, std::pair{"r2", "t1"}}) {
        Rep r;
        r.id = id;
        r.name = id;
        r.orgUnitId = unit;
        r.hireDate = d(2025, 1, 1);
        ds.reps.push_back(r);
    }
    for (const char* id : {"c1", "c2", "c3"}) {
        Customer c;
        c.id = id;
        c.name = id;
        c.ownerRepId = "r1";
        c.createdOn = d(2025, 1, 1);
        ds.customers.push_back(c);
    }
    ds.orders = {order("o0", "c3", d(2025, 6, 1), 70000), order("oA", "c1", d(2026, 3, 2), 100000),
                 order("oB", "c2", d(2026, 3, 20), 50000), order("oD", "c3", d(2026, 3, 10), 40000)};
    ds.payments = {Payment{"pA", "oA", d(2026, 3, 5), Money::fromCents(30000)},
                   Payment{"pB", "oA", d(2026, 3, 25), Money::fromCents(20000)}};
    ds.targets = {Target{OwnerRef{OwnerKind::Unit, "t1"}, Metric::Revenue, "2026-03", Segment::All, 200000}};
    ds.unitHistory = {UnitMembership{"r1", "t1", d(2025, 1, 1), d(2026, 3, 8)}};
    return ds;
}

const OwnerRef co{OwnerKind::Unit, "co"};
const OwnerRef t1{OwnerKind::Unit, "t1"};
const OwnerRef t2{OwnerKind::Unit, "t2"};

} // namespace

TEST_CASE("unit attribution: the unit on a day and the days in a unit", "[daily]")
{
    const Dataset ds = moved();
    const DatasetIndex index(ds);
    const UnitAttribution units(index, ds.unitHistory);
    const Rep& r1 = *index.rep("r1");
    CHECK(units.unitOn(r1, d(2026, 3, 8)) == "t1");
    CHECK(units.unitOn(r1, d(2026, 3, 9)) == "t2");
    CHECK(units.inUnitOn(r1, "co", d(2026, 3, 8)));
    const auto inT1 = units.daysIn(r1, "t1", d(2026, 3, 1), d(2026, 3, 31));
    REQUIRE(inT1.size() == 1);
    CHECK(inT1[0] == std::pair{d(2026, 3, 1), d(2026, 3, 8)});
    CHECK(units.daysIn(r1, "co", d(2026, 3, 1), d(2026, 3, 31)).size() == 1);
    CHECK(units.repsDuring("t2", d(2026, 3, 1), d(2026, 3, 8)).empty());
}

TEST_CASE("a rep moved between teams: revenue before stays with the old team, after goes to the new", "[daily]")
{
    const Dataset ds = moved();
    const DatasetIndex index(ds);
    const WorkspaceSettings settings;
    const ActualsEngine actuals(index, settings);
    REQUIRE(actuals.unitAttribution());
    const Date first = d(2026, 3, 1);
    const Date last = d(2026, 3, 31);

    // Revenue of March: t1 keeps oA 1,000.00 (booked 03-02); t2 gets oD 400.00 + oB 500.00 = 900.00; the company
    // and the rep 1,900.00 whatever the move.
    CHECK(actuals.ownerActual(Metric::Revenue, t1, first, last) == 100000);
    CHECK(actuals.ownerActual(Metric::Revenue, t2, first, last) == 90000);
    CHECK(actuals.ownerActual(Metric::Revenue, co, first, last) == 190000);
    CHECK(actuals.ownerActual(Metric::Revenue, OwnerRef{OwnerKind::Rep, "r1"}, first, last) == 190000);
    // 2025: o0 700.00 was earned in t1.
    CHECK(actuals.ownerActual(Metric::Revenue, t1, d(2025, 1, 1), d(2025, 12, 31)) == 70000);
    CHECK(actuals.ownerActual(Metric::Revenue, t2, d(2025, 1, 1), d(2025, 12, 31)) == 0);
    // Collections: pA 300.00 on 03-05 in t1, pB 200.00 on 03-25 in t2.
    CHECK(actuals.ownerActual(Metric::Collections, t1, first, last) == 30000);
    CHECK(actuals.ownerActual(Metric::Collections, t2, first, last) == 20000);
    // New customers: c1's first order oA (03-02) in t1, c2's oB (03-20) in t2; c3 had o0 in 2025.
    CHECK(actuals.ownerActual(Metric::NewCustomers, t1, first, last) == 1);
    CHECK(actuals.ownerActual(Metric::NewCustomers, t2, first, last) == 1);
    // Segments (SPEC §3, status at 03-01): c3 is existing, so t2's 900.00 is 400.00 existing + 500.00 new; t1's
    // 1,000.00 is all new.
    CHECK(segmentActual(actuals, Metric::Revenue, t2, Segment::Existing, first, last, first) == 40000);
    CHECK(segmentActual(actuals, Metric::Revenue, t2, Segment::New, first, last, first) == 50000);
    CHECK(segmentActual(actuals, Metric::Revenue, t1, Segment::Existing, first, last, first) == 0);

    // Targets monitoring (salesctl targets show, the Targets view): t1's March 1,000.00 against 2,000.00 = 50%.
    const TargetLookup targets(ds.targets);
    const TargetMonitor monitor(actuals, targets, settings);
    const auto statuses = monitor.statuses(Period::month(2026, 3), last, t1, Metric::Revenue);
    REQUIRE(statuses.size() == 1);
    CHECK(statuses[0].actual == 100000);
    CHECK(*statuses[0].attainment == Rational(1, 2));

    // The dashboard reads the memberships loaded with the dataset: the same 1,000.00 for t1.
    const DashboardFigures fig = computeDashboard(index, settings, t1, last);
    REQUIRE(fig.revenue.month);
    CHECK(fig.revenue.month->actual == 100000);
    const DashboardFigures fig2 = computeDashboard(index, settings, t2, last);
    REQUIRE_FALSE(fig2.revenue.month);
    // Open receivables follow the rep to its current team: oA's 500.00 left is t2's, with oB 500.00, oD 400.00 and
    // o0 700.00 (never paid) = 2,100.00.
    CHECK(fig.balanceCents == 0);
    CHECK(fig2.balanceCents == 50000 + 50000 + 40000 + 70000);
}

TEST_CASE("without kept memberships a unit's actual is the sum over its current reps", "[daily]")
{
    Dataset ds = moved();
    ds.unitHistory.clear();
    const DatasetIndex index(ds);
    const WorkspaceSettings settings;
    const ActualsEngine actuals(index, settings);
    CHECK_FALSE(actuals.unitAttribution());
    CHECK(actuals.ownerActual(Metric::Revenue, t1, d(2026, 3, 1), d(2026, 3, 31)) == 0);
    CHECK(actuals.ownerActual(Metric::Revenue, t2, d(2026, 3, 1), d(2026, 3, 31)) == 190000);
}
