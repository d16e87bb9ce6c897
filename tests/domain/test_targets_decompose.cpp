// The decomposer over the small company of TargetsFixture.h, worked by hand from SPEC §2/§3.
#include "TargetsFixture.h"

#include "domain/Actuals.h"
#include "domain/Error.h"
#include "domain/TargetDecomposition.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

struct World
{
    explicit World(int fiscalStart = 1)
        : ds(targets_fixture::company())
        , index(ds)
    {
        settings.fiscalYearStartMonth = fiscalStart;
        engine = std::make_unique<ActualsEngine>(index, settings);
        decomposer = std::make_unique<TargetDecomposer>(*engine, settings);
    }
    Dataset ds;
    DatasetIndex index;
    WorkspaceSettings settings;
    std::unique_ptr<ActualsEngine> engine;
    std::unique_ptr<TargetDecomposer> decomposer;
};

OwnerRef U(const char* id)
{
    return { OwnerKind::Unit, id };
}
OwnerRef P(const char* id)
{
    return { OwnerKind::Rep, id };
}

DecompositionRequest request(OwnerRef owner, const char* period, std::int64_t amount, OrgMethod method)
{
    DecompositionRequest r;
    r.owner = owner;
    r.period = Period::parseOrThrow(period);
    r.amount = amount;
    r.method = method;
    r.existingShare = Rational(7, 10);
    return r;
}

const DecomposedNode& node(const Decomposition& d, const OwnerRef& o)
{
    for (const DecomposedNode& n : d.nodes)
        if (n.owner == o)
            return n;
    FAIL("no node " << o.toString());
    return d.total;
}

bool hasNotice(const Decomposition& d, const std::string& part)
{
    for (const auto& n : d.notices)
        if (n.find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("targets: org children and capacity of the fixture")
{
    World w;
    const Period y = Period::year(2026);
    CHECK(w.decomposer->childrenOf(U("C"), y) == std::vector<OwnerRef>{ U("R1"), U("R2") });
    CHECK(w.decomposer->childrenOf(U("T1"), y) == std::vector<OwnerRef>{ P("a1"), P("a2") });
    CHECK(w.decomposer->childrenOf(U("T3"), y) == std::vector<OwnerRef>{ P("c1") }); // c2 left 2025-12-31
    CHECK(w.decomposer->childrenOf(U("T3"), Period::year(2025)) == std::vector<OwnerRef>{ P("c1"), P("c2") });
    CHECK(w.decomposer->childrenOf(P("a1"), y).empty());
    // At 2026-01-01: a1 senior, tenure ≥ 12 → 1.3; a2 junior, 1 month → 0.6 × 0.25 = 0.15;
    // b1 mid, 6 months → 0.75; c1 mid → 1. m1 sits on region R1: not counted.
    CHECK(w.decomposer->capacityOf(U("T1"), y) == *Rational::parse("1.45"));
    CHECK(w.decomposer->capacityOf(U("T2"), y) == *Rational::parse("0.75"));
    CHECK(w.decomposer->capacityOf(U("R1"), y) == *Rational::parse("2.2"));
    CHECK(w.decomposer->capacityOf(U("R2"), y) == Rational(1));
}

TEST_CASE("targets: capacity to every rep, tree order")
{
    World w;
    auto r = request(U("C"), "2026", 100000, OrgMethod::Capacity);
    r.toReps = true;
    Decomposition d = w.decomposer->decompose(r);
    // R1 : R2 = 2.2 : 1 → 100000 × 2.2/3.2 = 68750, 31250 (exact).
    // R1 → T1 : T2 = 1.45 : 0.75 → 45312.5, 23437.5: 1 cent left, equal remainders → T1 first.
    // T1 45313 → a1 : a2 = 1.3 : 0.15 = 26/29, 3/29 → 40625.448, 4687.552 → a2 takes the cent.
    std::vector<std::pair<OwnerRef, std::int64_t>> expected{
        { U("R1"), 68750 }, { U("T1"), 45313 }, { P("a1"), 40625 }, { P("a2"), 4688 }, { U("T2"), 23437 },
        { P("b1"), 23437 }, { U("R2"), 31250 }, { U("T3"), 31250 }, { P("c1"), 31250 }
    };
    REQUIRE(d.nodes.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(d.nodes[i].owner == expected[i].first);
        CHECK(d.nodes[i].amount == expected[i].second);
    }
    CHECK(node(d, P("a1")).depth == 3);
    CHECK(node(d, P("a1")).parent == U("T1"));
    CHECK(node(d, U("T1")).leaf == false);
    // a1 40625 over 12 months: 3385.42 → floors 40620, 5 cents to the first five months.
    CHECK(node(d, P("a1")).months[0] == 3386);
    CHECK(node(d, P("a1")).months[5] == 3385);
    // T1's January = a1's + a2's (4688/12 = 390.67: floors 4680, 8 cents to the first 8 months → 391).
    CHECK(node(d, U("T1")).months[0] == 3386 + 391);
    CHECK(d.total.amount == 100000);
}

TEST_CASE("targets: history weights, a negative actual as 0, and the all-zero fallback")
{
    World w;
    // 2025 revenue: T1 = a1 600.00 + a2 200.00 = 80000; T2 = b1: o3 booked and cancelled in 2025 (0),
    // o5 from 2024 cancelled 2025-01-10 (−5000) → −5000 → weight 0.
    Decomposition d = w.decomposer->decompose(request(U("R1"), "2026", 100000, OrgMethod::History));
    CHECK(node(d, U("T1")).amount == 100000);
    CHECK(node(d, U("T2")).amount == 0);
    CHECK(d.notices.empty());
    // C: R1 75000 (80000 − 5000; m1 sold nothing), R2 10000: 88235.29 / 11764.71 → R2 takes the cent.
    Decomposition c = w.decomposer->decompose(request(U("C"), "2026", 100000, OrgMethod::History));
    CHECK(node(c, U("R1")).amount == 88235);
    CHECK(node(c, U("R2")).amount == 11765);
    // No collections at all in 2025: equal, and the result says so.
    auto r = request(U("R1"), "2026", 100000, OrgMethod::History);
    r.metric = Metric::Collections;
    Decomposition z = w.decomposer->decompose(r);
    CHECK(node(z, U("T1")).amount == 50000);
    CHECK(node(z, U("T2")).amount == 50000);
    CHECK(hasNotice(z, "all zero"));
    CHECK(z.historyFellBack);
    CHECK_FALSE(c.historyFellBack);
}

TEST_CASE("targets: seasonality and segment shares from history")
{
    World w;
    auto r = request(U("R1"), "2026", 120000, OrgMethod::Equal);
    r.seasonality = SeasonalityMethod::History;
    r.existingShare.reset();
    Decomposition d = w.decomposer->decompose(r);
    const DecomposedNode& t1 = node(d, U("T1"));
    const DecomposedNode& t2 = node(d, U("T2"));
    REQUIRE(t1.amount == 60000);
    // T1's 2025 months: March 60000 (a1), May 20000 (a2) → 2026-03 45000, 2026-05 15000.
    CHECK(t1.months == std::vector<std::int64_t>{ 0, 0, 45000, 0, 15000, 0, 0, 0, 0, 0, 0, 0 });
    // Existing share: 2025 revenue from customers with an order before 2025-01-01: k1 (o0) → 60000 of 80000 = 3/4.
    CHECK(t1.existingShare == Rational(3, 4));
    CHECK(t1.existing[2] == 33750);
    CHECK(t1.fresh[2] == 11250);
    CHECK(t1.existing[4] == 11250);
    CHECK(t1.fresh[4] == 3750);
    // T2 (b1): Jan −5000 → 0, Feb 0 → all zero: months equal (5000 each), and no usable history for the
    // share (total −5000) → 70/30: 3500 / 1500.
    CHECK(t2.months == std::vector<std::int64_t>(12, 5000));
    CHECK(t2.existingShare == Rational(7, 10));
    CHECK(t2.existing[0] == 3500);
    CHECK(t2.fresh[0] == 1500);
    CHECK(hasNotice(d, "monthly history of unit:T2"));
    CHECK(hasNotice(d, "segments split 70/30"));
    // The owner's grid is the sum of its children's.
    CHECK(d.total.months[2] == 45000 + 5000);
    CHECK(d.total.existing[2] == 33750 + 3500);
}

TEST_CASE("targets: history share per rep, existing before new")
{
    World w;
    auto r = request(U("T1"), "2026", 120000, OrgMethod::Equal);
    r.existingShare.reset();
    Decomposition d = w.decomposer->decompose(r);
    // a1: all of 2025 from k1 (existing since o0 in 2024) → share 1; a2: k2 is new in 2025 → share 0.
    CHECK(node(d, P("a1")).existingShare == Rational(1));
    CHECK(node(d, P("a1")).existingTotal() == 60000);
    CHECK(node(d, P("a2")).existingShare == Rational(0));
    CHECK(node(d, P("a2")).freshTotal() == 60000);
}

TEST_CASE("targets: over-assignment 1.10")
{
    World w;
    auto r = request(U("C"), "2026", 100001, OrgMethod::Equal);
    r.overAssign = *Rational::parse("1.10");
    Decomposition d = w.decomposer->decompose(r);
    // 100001 × 1.1 = 110001.1 → 110001; halves 55000.5 → R1 takes the cent.
    CHECK(d.amount == 100001);
    CHECK(d.assigned == 110001);
    CHECK(node(d, U("R1")).amount == 55001);
    CHECK(node(d, U("R2")).amount == 55000);
    CHECK(d.total.amount == 110001);
}

TEST_CASE("targets: a fiscal year starting in April")
{
    World w(4);
    auto r = request(U("T1"), "2026", 120000, OrgMethod::Capacity);
    Decomposition d = w.decomposer->decompose(r);
    REQUIRE(d.months.size() == 12);
    CHECK(d.months.front().label() == "2025-04");
    CHECK(d.months.back().label() == "2026-03");
    // Tenure at 2025-04-01: a1 ≥ 12 → 1.3; a2 hired 2025-11-15, later → 0.6 × 0.25 = 0.15 (active: hired
    // before 2026-03-31). 120000 × 26/29 = 107586.21, × 3/29 = 12413.79 → a2 takes the cent.
    CHECK(node(d, P("a1")).amount == 107586);
    CHECK(node(d, P("a2")).amount == 12414);
    auto q = request(U("C"), "2026Q1", 30000, OrgMethod::Equal);
    Decomposition dq = w.decomposer->decompose(q);
    REQUIRE(dq.months.size() == 3);
    CHECK(dq.months[0].label() == "2025-04");
    CHECK(dq.months[2].label() == "2025-06");
}

TEST_CASE("targets: a quarter with user seasonality weights")
{
    World w;
    auto r = request(U("C"), "2026Q2", 100000, OrgMethod::Equal);
    r.seasonality = SeasonalityMethod::Weights;
    r.seasonalityWeights = { Rational(1), Rational(2), Rational(2) };
    Decomposition d = w.decomposer->decompose(r);
    // R1 50000 by 1:2:2 → 10000, 20000, 20000 in 2026-04, -05, -06.
    CHECK(d.months[0].label() == "2026-04");
    CHECK(node(d, U("R1")).months == std::vector<std::int64_t>{ 10000, 20000, 20000 });
    // Segments 0.7: 10000 → 7000/3000.
    CHECK(node(d, U("R1")).existing[0] == 7000);
}

TEST_CASE("targets: user weights, to every level")
{
    World w;
    auto r = request(U("C"), "2026", 100000, OrgMethod::Weights);
    r.weights = { { U("R1"), Rational(3) }, { U("R2"), Rational(1) } };
    Decomposition d = w.decomposer->decompose(r);
    CHECK(node(d, U("R1")).amount == 75000);
    CHECK(node(d, U("R2")).amount == 25000);

    r.toReps = true;
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("no weight is given for unit:T1"));
    r.weights.insert({ { U("T1"), Rational(1) },
                       { U("T2"), Rational(1) },
                       { U("T3"), Rational(1) },
                       { P("a1"), Rational(1) },
                       { P("a2"), Rational(0) },
                       { P("b1"), Rational(5) },
                       { P("c1"), Rational(2) } });
    Decomposition all = w.decomposer->decompose(r);
    CHECK(node(all, P("a1")).amount == 37500);
    CHECK(node(all, P("a2")).amount == 0);
    CHECK(node(all, P("c1")).amount == 25000);
}

TEST_CASE("targets: new_customers in whole units")
{
    World w;
    auto r = request(U("C"), "2026", 10, OrgMethod::Equal);
    r.metric = Metric::NewCustomers;
    r.toReps = true;
    Decomposition d = w.decomposer->decompose(r);
    // 10 → 5/5; R1 5 → T1 3 (2.5 tie, first), T2 2; T1 3 → a1 2, a2 1; R2 → T3 → c1 5.
    CHECK(node(d, U("T1")).amount == 3);
    CHECK(node(d, P("a1")).amount == 2);
    CHECK(node(d, P("a2")).amount == 1);
    CHECK(node(d, P("b1")).amount == 2);
    CHECK(node(d, P("c1")).amount == 5);
    // a1's 2 over 12 months: 0.17 each → January and February get 1; 1 by 0.7/0.3 → existing.
    CHECK(node(d, P("a1")).months == std::vector<std::int64_t>{ 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
    CHECK(node(d, P("a1")).existing[0] == 1);
    CHECK(node(d, P("a1")).fresh[0] == 0);
}

TEST_CASE("targets: decomposition errors")
{
    World w;
    auto ok = request(U("C"), "2026", 100000, OrgMethod::Equal);
    auto r = ok;
    r.owner = U("nope");
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("unknown owner unit:nope"));
    r = ok;
    r.owner = P("a1");
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("no org children"));
    r = ok;
    r.period = Period::parseOrThrow("2026-W10");
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("cannot be decomposed"));
    r = ok;
    r.amount = -1;
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("must not be negative"));
    r = ok;
    r.seasonality = SeasonalityMethod::Weights;
    r.seasonalityWeights.assign(11, Rational(1));
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("needs 12 weights"));
    r = ok;
    r.existingShare = *Rational::parse("1.2");
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("between 0 and 1"));
    r = ok;
    r.method = OrgMethod::Weights;
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("needs a weight"));
    r.weights = { { U("R1"), Rational(0) }, { U("R2"), Rational(0) } };
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("all weights are zero"));
    r.weights = { { U("R1"), Rational(1) } };
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("no weight is given for unit:R2"));
    r.weights = { { U("R1"), Rational(1) }, { U("R2"), Rational(1) }, { P("a1"), Rational(1) } };
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("rep:a1, which is not a child"));
    r.weights = { { U("R1"), Rational(1) }, { U("R2"), Rational(-1) } };
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("must not be negative"));
    r = ok;
    r.overAssign = Rational(0);
    CHECK_THROWS_WITH(w.decomposer->decompose(r), Catch::Contains("over-assignment factor must be positive"));
}
