// Daily process in the domain: team moves keep past results with the team they were earned in (UnitHistory),
// the talent ladder against the 12421 composition, and the meeting pack's team rows. Expected values by hand.

#include "domain/Error.h"
#include "domain/MeetingPack.h"
#include "domain/TeamLadder.h"
#include "domain/UnitHistory.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Date d(int y, int m, int dd)
{
    return Date::fromYmd(y, m, dd);
}

OrgUnit unit(const char* id, const char* parent, OrgKind kind)
{
    OrgUnit u;
    u.id = id;
    if (parent)
        u.parentId = parent;
    u.name = id;
    u.kind = kind;
    return u;
}

Rep rep(const char* id, const char* unitId, Level level, Date hired)
{
    Rep r;
    r.id = id;
    r.name = id;
    r.orgUnitId = unitId;
    r.level = level;
    r.hireDate = hired;
    return r;
}

Order order(const char* id, const char* repId, Date on, std::int64_t cents)
{
    Order o;
    o.id = id;
    o.customerId = "k1";
    o.repId = repId;
    o.productId = "p1";
    o.orderDate = on;
    o.amount = Money::fromCents(cents);
    o.grossProfit = Money::fromCents(cents / 2);
    return o;
}

// co ── t1, t2. x was in t1 until 2026-03-08 and is in t2 since 03-09; y always in t1.
Dataset moved()
{
    Dataset ds;
    ds.orgUnits = {unit("co", nullptr, OrgKind::Company), unit("t1", "co", OrgKind::Team),
                   unit("t2", "co", OrgKind::Team)};
    ds.reps = {rep("x", "t2", Level::Mid, d(2024, 1, 1)), rep("y", "t1", Level::Junior, d(2025, 1, 1))};
    Customer k;
    k.id = "k1";
    k.name = "k1";
    k.ownerRepId = "y";
    k.createdOn = d(2024, 1, 1);
    ds.customers = {k};
    ds.orders = {order("o1", "x", d(2026, 3, 2), 150000), order("o2", "x", d(2026, 3, 9), 40000),
                 order("o3", "y", d(2026, 3, 11), 80000), order("o4", "x", d(2026, 3, 8), 1000)};
    return ds;
}

const std::vector<UnitMembership> kMoves{{"x", "t1", d(2024, 1, 1), d(2026, 3, 8)}};

} // namespace

TEST_CASE("a moved rep's past results stay with the team they were earned in", "[daily]")
{
    const Dataset ds = moved();
    const DatasetIndex idx(ds);
    const UnitHistory h(idx, kMoves);
    const Rep& x = *idx.rep("x");
    CHECK(h.unitOn(x, d(2026, 3, 8)) == "t1");
    CHECK(h.unitOn(x, d(2026, 3, 9)) == "t2");
    CHECK(h.inUnitOn(x, "co", d(2020, 1, 1))); // t1 is under co
    // March: x in t1 on 03-01 … 03-08, in t2 from 03-09.
    const auto inT1 = h.daysIn(x, "t1", d(2026, 3, 1), d(2026, 3, 31));
    REQUIRE(inT1.size() == 1);
    CHECK(inT1[0] == std::pair{d(2026, 3, 1), d(2026, 3, 8)});
    CHECK(h.daysIn(x, "t2", d(2026, 3, 1), d(2026, 3, 31)) == std::vector{std::pair{d(2026, 3, 9), d(2026, 3, 31)}});
    CHECK(h.daysIn(x, "co", d(2026, 3, 1), d(2026, 3, 31)) == std::vector{std::pair{d(2026, 3, 1), d(2026, 3, 31)}});

    const WorkspaceSettings s;
    const ActualsEngine actuals(idx, s);
    // t1 March: o1 1500.00 + o4 10.00 (x before the move) + o3 800.00 (y) = 2310.00; t2: o2 400.00; co: all 2710.00.
    CHECK(h.unitActual(actuals, Metric::Revenue, "t1", d(2026, 3, 1), d(2026, 3, 31)) == 231000);
    CHECK(h.unitActual(actuals, Metric::Revenue, "t2", d(2026, 3, 1), d(2026, 3, 31)) == 40000);
    CHECK(h.unitActual(actuals, Metric::Revenue, "co", d(2026, 3, 1), d(2026, 3, 31)) == 271000);
    // Without the history row the current org_unit_id decides: x's March counts in t2 only.
    const UnitHistory none(idx, {});
    CHECK(none.unitActual(actuals, Metric::Revenue, "t1", d(2026, 3, 1), d(2026, 3, 31)) == 80000);
    CHECK(h.repsDuring("t1", d(2026, 3, 9), d(2026, 3, 15)).size() == 1);
    CHECK(h.repsDuring("t1", d(2026, 3, 8), d(2026, 3, 15)).size() == 2);
}

TEST_CASE("the meeting pack's team rows count results where they were earned", "[daily]")
{
    Dataset ds = moved();
    ds.targets = {Target{OwnerRef{OwnerKind::Unit, "t1"}, Metric::Revenue, "2026-03", Segment::All, 500000}};
    const DatasetIndex idx(ds);
    DailyRecords records;
    records.unitHistory = kMoves;
    const MeetingPack pack = buildMeetingPack(idx, WorkspaceSettings{}, records, "t1", Period::week(2026, 11));
    CHECK(pack.monday == d(2026, 3, 9));
    CHECK(pack.sunday == d(2026, 3, 15));
    // x left t1 on the week's Monday: only y is in the pack.
    REQUIRE(pack.reps.size() == 1);
    CHECK(pack.reps[0]->id == "y");
    REQUIRE(pack.targets.size() == 8); // t1 and y, week/month/quarter/year, revenue only
    // Week: o3 800.00 (o2 is x's, in t2 by then). Month to 03-15: o1 1500 + o4 10 + o3 800 = 2310.00 → 0.462.
    CHECK(pack.targets[0].span == PackSpan::Week);
    CHECK(pack.targets[0].actual == 80000);
    CHECK(pack.targets[1].period == "2026-03");
    CHECK(pack.targets[1].actual == 231000);
    CHECK(pack.targets[1].attainment == Rational(231000, 500000));
    CHECK(pack.targets[1].gap == 269000);
    CHECK_THROWS_AS(buildMeetingPack(idx, WorkspaceSettings{}, records, "nope", Period::week(2026, 11)), DomainError);
    CHECK_THROWS_AS(buildMeetingPack(idx, WorkspaceSettings{}, records, "t1", Period::month(2026, 3)), DomainError);
}

TEST_CASE("talent ladder tiers and the 12421 target composition", "[daily]")
{
    const Date asOf = d(2026, 6, 30);
    Rep r = rep("r", "t1", Level::Senior, d(2020, 1, 1));
    CHECK(ladderTier(r, Rational(1), asOf, 5) == 1);      // senior at target
    CHECK(ladderTier(r, Rational(99, 100), asOf, 5) == 2); // senior below target
    CHECK(ladderTier(r, std::nullopt, asOf, 5) == 2);      // no target: not a top performer
    r.level = Level::Mid;
    CHECK(ladderTier(r, Rational(6, 5), asOf, 5) == 2);
    CHECK(ladderTier(r, Rational(1, 2), asOf, 5) == 3);
    r.level = Level::Junior;
    CHECK(ladderTier(r, Rational(2), asOf, 5) == 4);
    // 6 whole months: hired 2025-12-30 → 2026-06-30 is 6 months (not a newcomer); hired 12-31 → 5 months.
    r.hireDate = d(2025, 12, 30);
    CHECK(ladderTier(r, std::nullopt, asOf, 5) == 4);
    r.hireDate = d(2025, 12, 31);
    r.level = Level::Senior;
    CHECK(ladderTier(r, Rational(2), asOf, 5) == 5);
    CHECK(ladderTier(r, Rational(2), asOf, 3) == 3); // a shorter composition: clamped to its last tier

    // A team of 7 against 1:2:4:2:1 (Σ 10): quotas 0.7, 1.4, 2.8, 1.4, 0.7 → floors 0, 1, 2, 1, 0 (4); the 3 left
    // go to the largest remainders 0.8 (tier 3), then 0.7 (tier 1, first of the tie), 0.7 (tier 5) → 1, 1, 3, 1, 1.
    Dataset ds;
    ds.orgUnits = {unit("co", nullptr, OrgKind::Company), unit("t1", "co", OrgKind::Team)};
    for (const char* id : {"a", "b", "c", "e", "f", "g", "h"})
        ds.reps.push_back(rep(id, "t1", Level::Mid, d(2020, 1, 1)));
    ds.reps[0].level = Level::Senior; // a: senior, no target → tier 2
    ds.reps[6].hireDate = d(2026, 5, 1); // h: newcomer
    Rep gone = rep("z", "t1", Level::Mid, d(2020, 1, 1));
    gone.leftOn = d(2026, 1, 31);
    ds.reps.push_back(gone); // left before the day: not counted
    const DatasetIndex idx(ds);
    const auto ladders = teamLadders(idx, WorkspaceSettings{}, asOf);
    REQUIRE(ladders.size() == 1);
    CHECK(ladders[0].target == std::vector<std::int64_t>{1, 1, 3, 1, 1});
    CHECK(ladders[0].actual == std::vector<std::int64_t>{0, 1, 5, 0, 1});
    CHECK(ladders[0].reps.front().rep->id == "a");
    CHECK(ladders[0].reps.back().rep->id == "h");
}
