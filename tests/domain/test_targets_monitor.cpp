// Monitoring targets against actuals (SPEC §3), over TargetsFixture.h, worked by hand.
#include "TargetsFixture.h"

#include "domain/Actuals.h"
#include "domain/Error.h"
#include "domain/TargetMonitor.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

OwnerRef U(const char* id)
{
    return { OwnerKind::Unit, id };
}
OwnerRef P(const char* id)
{
    return { OwnerKind::Rep, id };
}

Target target(OwnerRef owner, const char* period, std::int64_t amount, Segment seg = Segment::All,
              Metric metric = Metric::Revenue)
{
    Target t;
    t.owner = owner;
    t.metric = metric;
    t.period = period;
    t.segment = seg;
    t.amount = amount;
    return t;
}

struct World
{
    World()
        : ds(make())
        , index(ds)
        , engine(index, settings)
        , lookup(ds.targets)
        , monitor(engine, lookup, settings)
    {
    }
    static Dataset make()
    {
        Dataset ds = targets_fixture::company();
        ds.targets = { target(U("T1"), "2025", 100000),
                       target(P("a1"), "2025-03", 50000),
                       target(P("a1"), "2025-04", 30000),
                       target(P("a1"), "2025-03", 40000, Segment::Existing),
                       target(P("a2"), "2025-05", 100000),
                       target(P("a2"), "2025", 15000, Segment::New),
                       target(P("b1"), "2025-01", 10000),
                       target(P("c1"), "2025-03", 0),
                       target(U("C"), "2025", 5, Segment::All, Metric::NewCustomers) };
        return ds;
    }
    Dataset ds;
    DatasetIndex index;
    WorkspaceSettings settings;
    ActualsEngine engine;
    TargetLookup lookup;
    TargetMonitor monitor;
};

Date d(int y, int m, int dd)
{
    return Date::fromYmd(y, m, dd);
}

} // namespace

TEST_CASE("targets monitor: attainment, gap and run rate")
{
    World w;
    // a1's 2025Q1 target = its month rows inside the quarter: only 2025-03 (500.00). Actual Q1: o1 600.00.
    const Period q1 = Period::quarter(2025, 1);
    auto t = w.monitor.targetFor(P("a1"), Metric::Revenue, q1, Segment::All);
    REQUIRE(t == 50000);
    TargetStatus s = w.monitor.status(P("a1"), Metric::Revenue, q1, Segment::All, *t, std::nullopt);
    CHECK(s.actual == 60000);
    CHECK(s.attainment == Rational(6, 5));
    CHECK(s.gap == -10000);
    CHECK(s.runRate == 60000); // the whole period has elapsed

    // March 2025: 1 March is a Saturday; working days 3–7, 10–14, 17–21, 24–28, 31 = 21.
    // As of 2025-03-10 (Monday): elapsed 3–7 and 10 = 6 days; o1 (10 March) counts: 60000 / 6 × 21 = 210000.
    const Period mar = Period::month(2025, 3);
    TargetStatus m = w.monitor.status(P("a1"), Metric::Revenue, mar, Segment::All, 50000, d(2025, 3, 10));
    CHECK(m.workingDays == 21);
    CHECK(m.elapsedWorkingDays == 6);
    CHECK(m.actual == 60000);
    CHECK(m.runRate == 210000);
    // As of Sunday 9 March: 5 days elapsed, nothing sold yet → run rate 0.
    TargetStatus sun = w.monitor.status(P("a1"), Metric::Revenue, mar, Segment::All, 50000, d(2025, 3, 9));
    CHECK(sun.actual == 0);
    CHECK(sun.runRate == 0);
    CHECK(sun.gap == 50000);
    // Before the period: nothing elapsed → no run rate.
    TargetStatus before = w.monitor.status(P("a1"), Metric::Revenue, mar, Segment::All, 50000, d(2025, 2, 28));
    CHECK(before.actual == 0);
    CHECK_FALSE(before.runRate);
    CHECK(before.attainment == Rational(0));
}

TEST_CASE("targets monitor: run rate rounds once, half away from zero")
{
    World w;
    // May 2025: 1 May is a Thursday; working days 1–2, 5–9, 12–16, 19–23, 26–30 = 22. As of Friday 9 May:
    // 1, 2, 5, 6, 7, 8, 9 = 7 elapsed; o2 200.00 → 20000 / 7 × 22 = 62857.14 → 62857.
    TargetStatus s
        = w.monitor.status(P("a2"), Metric::Revenue, Period::month(2025, 5), Segment::All, 100000, d(2025, 5, 9));
    CHECK(s.runRate == 62857);
    CHECK(s.attainment == Rational(1, 5));
    // January 2025: 1 Jan is a Wednesday: 1–3, 6–10, 13–17, 20–24, 27–31 = 23. As of 22 Jan: 3+5+5+3 = 16.
    // b1: o5 (2024) cancelled 10 Jan → −5000; −5000 / 16 × 23 = −7187.5 → −7188 (away from zero).
    TargetStatus b
        = w.monitor.status(P("b1"), Metric::Revenue, Period::month(2025, 1), Segment::All, 10000, d(2025, 1, 22));
    CHECK(b.actual == -5000);
    CHECK(b.runRate == -7188);
    CHECK(b.gap == 15000);
    CHECK(runRateOf(5, 2, 3) == 8); // 7.5 → 8
    CHECK(runRateOf(-5, 2, 3) == -8); // −7.5 → −8
    CHECK_FALSE(attainmentOf(100, 0));
}

TEST_CASE("targets monitor: segment actuals by the customer's status at the period start")
{
    World w;
    const Period mar = Period::month(2025, 3);
    // k1 had o0 (2024-06-01) before 2025-03-01: existing. a1's March: 60000 existing, 0 new.
    CHECK(w.monitor.actualFor(P("a1"), Metric::Revenue, mar, Segment::Existing, std::nullopt) == 60000);
    CHECK(w.monitor.actualFor(P("a1"), Metric::Revenue, mar, Segment::New, std::nullopt) == 0);
    // k3's only order before 2025 (o5) was cancelled: never existing, so b1's −5000 is in `new`.
    const Period y = Period::year(2025);
    CHECK(w.monitor.actualFor(P("b1"), Metric::Revenue, y, Segment::Existing, std::nullopt) == 0);
    CHECK(w.monitor.actualFor(P("b1"), Metric::Revenue, y, Segment::New, std::nullopt) == -5000);
    // a2's k2 is new in 2025; new customers are never existing ones.
    CHECK(w.monitor.actualFor(P("a2"), Metric::Revenue, y, Segment::New, std::nullopt) == 20000);
    CHECK(w.monitor.actualFor(U("C"), Metric::NewCustomers, y, Segment::Existing, std::nullopt) == 0);
    // New customers in 2025: k2 (o2) and k4 (o4); k1 was first in 2024, k3's first order never stood.
    CHECK(w.monitor.actualFor(U("C"), Metric::NewCustomers, y, Segment::New, std::nullopt) == 2);
}

TEST_CASE("targets monitor: every owner with a target, sorted, within a scope")
{
    World w;
    auto all = w.monitor.statuses(Period::year(2025), std::nullopt, std::nullopt, std::nullopt);
    // Year 2025: C new_customers (explicit), T1 (explicit), a1 all (months 03+04 = 80000) and existing
    // (40000), a2 all (100000) and new (15000), b1 (10000), c1 (0). Units first, then reps by id.
    REQUIRE(all.size() == 8);
    CHECK(all[0].owner == U("C"));
    CHECK(all[0].metric == Metric::NewCustomers);
    CHECK(all[0].actual == 2);
    CHECK(all[0].attainment == Rational(2, 5));
    CHECK(all[1].owner == U("T1"));
    CHECK(all[1].actual == 80000); // a1 60000 + a2 20000
    CHECK(all[2].owner == P("a1"));
    CHECK(all[2].target == 80000);
    CHECK(all[3].owner == P("a1"));
    CHECK(all[3].segment == Segment::Existing);
    CHECK(all[5].segment == Segment::New);
    CHECK(all[7].owner == P("c1"));
    CHECK_FALSE(all[7].attainment); // a zero target

    auto r1 = w.monitor.statuses(Period::year(2025), std::nullopt, U("R1"), Metric::Revenue);
    // T1, a1 ×2, a2 ×2, b1 — not C, not c1.
    REQUIRE(r1.size() == 6);
    CHECK(r1.front().owner == U("T1"));
    CHECK(r1.back().owner == P("b1"));
    auto one = w.monitor.statuses(Period::year(2025), std::nullopt, P("a2"), std::nullopt);
    CHECK(one.size() == 2);
    CHECK_THROWS_WITH(w.monitor.statuses(Period::year(2025), std::nullopt, U("X"), std::nullopt),
                      Catch::Contains("unknown owner unit:X"));
}

TEST_CASE("targets monitor: a week's target from its months' working days")
{
    World w;
    // 2025-W10 = Monday 3 March … Sunday 9 March. a1's March 500.00 over 21 days: 2380.95 → floors 49980,
    // 20 cents to the first 20 days → 3–7 March get 2381 each: 11905. Existing 400.00: 40000/21 = 1904.76
    // → floors 39984, 16 cents to the first 16 days → 5 × 1905 = 9525.
    const Period w10 = *Period::parse("2025-W10");
    CHECK(w.monitor.targetFor(P("a1"), Metric::Revenue, w10, Segment::All) == 11905);
    CHECK(w.monitor.targetFor(P("a1"), Metric::Revenue, w10, Segment::Existing) == 9525);
    auto rows = w.monitor.statuses(w10, std::nullopt, P("a1"), std::nullopt);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].actual == 0); // o1 is on Monday 10 March (W11)
}

TEST_CASE("targets monitor: month, quarter and year-to-date views")
{
    World w;
    auto v = w.monitor.views(P("a1"), Metric::Revenue, Segment::All, d(2025, 3, 10));
    REQUIRE(v.month);
    REQUIRE(v.quarter);
    REQUIRE(v.year);
    CHECK(v.month->target == 50000);
    CHECK(v.quarter->target == 50000); // only March inside Q1
    CHECK(v.year->target == 80000); // March + April
    CHECK(v.year->actual == 60000);
    CHECK(v.year->to == d(2025, 3, 10));
    auto none = w.monitor.views(P("c1"), Metric::Collections, Segment::All, d(2025, 3, 10));
    CHECK_FALSE(none.month);
}
