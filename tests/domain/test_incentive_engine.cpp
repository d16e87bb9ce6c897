// The incentives engine over a small dataset (SPEC §7 with §6 credits), worked by hand.
#include "domain/Error.h"
#include "domain/IncentivePlans.h"
#include "domain/Incentives.h"
#include "domain/StatementLifecycle.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace sd;

namespace {

Money m(const char* text) { return Money::parseOrThrow(text); }
std::int64_t c(const char* text) { return Money::parseOrThrow(text).cents(); }
Rational r(const char* text) { return *Rational::parse(text); }
Date d(const char* text) { return Date::parseOrThrow(text); }

// A company with one team, reps r1…r4 (role rep, level mid), products in categories std / strategic.
struct World
{
    Dataset ds;
    WorkspaceSettings settings;
    std::unique_ptr<DatasetIndex> index;
    std::unique_ptr<ActualsEngine> actuals;
    std::unique_ptr<TargetLookup> targets;
    std::unique_ptr<IncentiveEngine> engine;

    World()
    {
        ds.orgUnits = {{"co", std::nullopt, "Co", OrgKind::Company}, {"t1", std::string("co"), "Team", OrgKind::Team}};
        for (const char* id : {"r1", "r2", "r3", "r4"})
            ds.reps.push_back({id, std::string("Rep ") + id, "t1", Role::Rep, Level::Mid, d("2020-01-01"),
                               std::nullopt, true, std::nullopt});
        ds.products = {{"p-std", "Standard", "std"}, {"p-strat", "Strategic", "strategic"}};
        ds.customers = {{"c1", "Cust", "r1", std::nullopt, d("2020-01-01"), 30, std::nullopt, std::nullopt,
                         std::nullopt}};
    }
    void order(const char* id, const char* rep, const char* date, const char* amount, const char* product = "p-std",
               std::optional<const char*> cancelled = std::nullopt)
    {
        Order o;
        o.id = id;
        o.customerId = "c1";
        o.repId = rep;
        o.productId = product;
        o.orderDate = d(date);
        o.amount = m(amount);
        o.grossProfit = m(amount);
        if (cancelled)
            o.cancelledOn = d(*cancelled);
        ds.orders.push_back(o);
    }
    void target(const char* rep, Metric metric, const char* period, const char* amount)
    {
        ds.targets.push_back({OwnerRef{OwnerKind::Rep, rep}, metric, period, Segment::All, c(amount)});
    }
    void build(GradeProvider grades = {})
    {
        index = std::make_unique<DatasetIndex>(ds);
        actuals = std::make_unique<ActualsEngine>(*index, settings);
        targets = std::make_unique<TargetLookup>(ds.targets);
        engine = std::make_unique<IncentiveEngine>(*actuals, *targets, settings, std::move(grades));
    }
    const Rep& rep(const char* id) const { return *index->rep(id); }
    IncentiveStatement statement(const char* rep, const char* period) const
    {
        return engine->statement(this->rep(rep), Period::parseOrThrow(period));
    }
};

PlanComponent commission(Metric base, std::vector<std::pair<Rational, Rational>> tiers)
{
    PlanComponent p;
    p.type = PlanComponent::Type::Commission;
    p.base = base;
    p.tiers = std::move(tiers);
    return p;
}

IncentivePlan monthPlan(std::vector<PlanComponent> components)
{
    IncentivePlan p;
    p.code = "rep_monthly";
    p.components = std::move(components);
    return p;
}

const ComponentResult* find(const IncentiveStatement& st, ComponentKind kind)
{
    for (const auto& comp : st.components)
        if (comp.kind == kind)
            return &comp;
    return nullptr;
}

// September: O1 40,000 std (cancelled 2026-10-10), O2 60,000 strategic (×1.5); target 100,000; 5% flat.
void clawbackWorld(World& w, bool octoberTarget)
{
    auto comm = commission(Metric::Revenue, {{r("0"), r("0.05")}});
    comm.categoryMultipliers = {{"strategic", r("1.5")}};
    PlanComponent bonus;
    bonus.type = PlanComponent::Type::Bonus;
    bonus.metric = "revenue";
    bonus.steps = {{r("0.1"), m("100.00")}};
    w.settings.incentivePlans = {monthPlan({comm, bonus})};
    w.order("O1", "r1", "2026-09-05", "40000.00", "p-std", "2026-10-10");
    w.order("O2", "r1", "2026-09-20", "60000.00", "p-strat");
    w.order("O3", "r1", "2026-10-03", "50000.00");
    w.order("O4", "r1", "2026-10-05", "10000.00", "p-std", "2026-10-20"); // cancelled in its own month
    w.target("r1", Metric::Revenue, "2026-09", "100000.00");
    if (octoberTarget)
        w.target("r1", Metric::Revenue, "2026-10", "100000.00");
    w.build();
}

} // namespace

TEST_CASE("Booking month: multipliers and lines that share C")
{
    World w;
    clawbackWorld(w, true);
    // A = 40,000 + 60,000 = 100,000 (O1 is cancelled only in October), a = 1, C0 = 5,000, e = 0.05,
    // Σ amount × multiplier = 40,000 + 90,000 = 130,000 → C = 6,500.00; lines 6,500 × 4/13 = 2,000.00, 4,500.00
    auto st = w.statement("r1", "2026-09");
    const auto* comm = find(st, ComponentKind::Commission);
    REQUIRE(comm);
    CHECK(*comm->actual == c("100000.00"));
    CHECK(*comm->amountCents == c("6500.00"));
    REQUIRE(comm->lines.size() == 2);
    CHECK(comm->lines[0].id == "O1");
    CHECK(comm->lines[0].shareCents == c("2000.00"));
    CHECK(comm->lines[1].multiplier == r("1.5"));
    CHECK(comm->lines[1].shareCents == c("4500.00"));
    // The clawback component is always shown for a revenue plan: 0.00 here.
    const auto* claw = find(st, ComponentKind::Clawback);
    REQUIRE(claw);
    CHECK(*claw->amountCents == 0);
}

TEST_CASE("Clawback in a later month")
{
    World w;
    clawbackWorld(w, true);
    // October commission: O3 only (O4 cancelled within October, O1's cancellation is clawed back):
    // A = 50,000, a = 0.5, C = 5% × 50,000 = 2,500.00; clawback −2,000.00 (O1's September line)
    auto st = w.statement("r1", "2026-10");
    const auto* comm = find(st, ComponentKind::Commission);
    REQUIRE(comm);
    CHECK(*comm->actual == c("50000.00"));
    CHECK(*comm->amountCents == c("2500.00"));
    const auto* claw = find(st, ComponentKind::Clawback);
    REQUIRE(claw);
    CHECK(*claw->amountCents == c("-2000.00"));
    REQUIRE(claw->lines.size() == 1);
    CHECK(claw->lines[0].id == "O1");
    CHECK(claw->lines[0].bookedPeriod == "2026-09");
    // The bonus uses the KPI actual, which keeps the cancellation: 50,000 − 40,000 = 10,000, a = 0.1 → 100.00
    const auto* bonus = find(st, ComponentKind::Bonus);
    REQUIRE(bonus);
    CHECK(*bonus->actual == c("10000.00"));
    CHECK(*bonus->amountCents == c("100.00"));
    // total = 2,500 − 2,000 + 100 = 600.00
    CHECK(st.totalCents == c("600.00"));
}

TEST_CASE("Clawback takes the order's line from the approved booking-month statement, not a recalculation")
{
    // September approved as calculated then: O1's line 2,000.00 (see "Booking month").
    World before;
    clawbackWorld(before, true);
    const StatementSnapshot approved = snapshotOf(before.statement("r1", "2026-09"), "2026-10-02T09:00:00Z");
    CHECK(approved.bookedShares.at("O1") == c("2000.00"));
    CHECK(approved.bookedShares.at("O2") == c("4500.00"));

    // Later O1 is split 50/50 with r2. September recalculated for r1: lines O1 20,000 (×1), O2 60,000 (×1.5),
    // A = 80,000, a = 0.8, C0 = 4,000, e = 0.05, Σ amount × multiplier = 110,000 → C = 5,500.00,
    // O1's line 5,500 × 20/110 = 1,000.00.
    World after;
    clawbackWorld(after, true);
    after.ds.orderCredits = {{"O1", "r1", r("0.5"), false}, {"O1", "r2", r("0.5"), false}};
    after.build();
    const auto* sept = find(after.statement("r1", "2026-09"), ComponentKind::Commission);
    CHECK(*sept->amountCents == c("5500.00"));
    CHECK(sept->lines[0].shareCents == c("1000.00"));

    // Without an approved September the October clawback is the recalculated line: −1,000.00.
    const auto* calculated = find(after.statement("r1", "2026-10"), ComponentKind::Clawback);
    CHECK(*calculated->amountCents == c("-1000.00"));
    CHECK_FALSE(calculated->lines[0].bookedApproved);

    // With September approved, what was paid is taken back: −2,000.00 (only for that rep and month).
    after.build();
    after.engine->setApprovedShares(
        [&](const std::string& rep, const std::string& period) -> const std::map<std::string, std::int64_t>* {
            return rep == "r1" && period == "2026-09" ? &approved.bookedShares : nullptr;
        });
    const auto october = after.statement("r1", "2026-10");
    const auto* claw = find(october, ComponentKind::Clawback);
    CHECK(*claw->amountCents == c("-2000.00"));
    REQUIRE(claw->lines.size() == 1);
    CHECK(claw->lines[0].bookedApproved);
    // r2's clawback of its half is from September as calculated (r2 has no plan-paying target: its line is 0.00
    // when September's commission is an error for r2, so nothing was paid and nothing is taken back).
    const auto* claw2 = find(after.statement("r2", "2026-10"), ComponentKind::Clawback);
    CHECK(*claw2->amountCents == 0);
    CHECK_FALSE(claw2->lines[0].bookedApproved);
}

TEST_CASE("Clawback when the later month has no target: deducted anyway, the total goes negative")
{
    World w;
    clawbackWorld(w, false);
    auto st = w.statement("r1", "2026-10");
    const auto* comm = find(st, ComponentKind::Commission);
    REQUIRE(comm);
    CHECK(comm->isError());
    CHECK(comm->error == "no revenue target for 2026-10");
    CHECK(find(st, ComponentKind::Bonus)->isError());
    CHECK(*find(st, ComponentKind::Clawback)->amountCents == c("-2000.00"));
    CHECK(st.totalCents == c("-2000.00"));
}

TEST_CASE("Quarter plans claw back from the booking quarter; a cancellation inside the quarter just drops the order")
{
    World w;
    IncentivePlan q = monthPlan({commission(Metric::Revenue, {{r("0"), r("0.1")}})});
    q.code = "rep_quarterly";
    q.period = PeriodKind::Quarter;
    w.settings.incentivePlans = {q};
    w.order("O1", "r1", "2026-06-10", "1000.00", "p-std", "2026-08-01");
    w.order("O2", "r1", "2026-07-10", "3000.00", "p-std", "2026-09-01");
    w.order("O3", "r1", "2026-08-10", "2000.00");
    w.target("r1", Metric::Revenue, "2026-06", "500.00"); // 2026Q2 from its months: 500.00
    w.target("r1", Metric::Revenue, "2026Q3", "4000.00");
    w.build();
    // Q2: A = 1,000, T = 500 → 10% × 1,000 = 100.00 on O1
    // Q3: A = 2,000 (O2 cancelled inside Q3), C = 200.00; clawback −100.00 → total 100.00
    auto st = w.statement("r1", "2026Q3");
    CHECK(*find(st, ComponentKind::Commission)->amountCents == c("200.00"));
    CHECK(*find(st, ComponentKind::Clawback)->amountCents == c("-100.00"));
    CHECK(find(st, ComponentKind::Clawback)->lines[0].bookedPeriod == "2026Q2");
    CHECK(st.totalCents == c("100.00"));
    // a month label pays no quarter plan
    CHECK(w.statement("r1", "2026-08").planCode.empty());
}

TEST_CASE("Split credit: 0.5/0.5 and thirds")
{
    World w;
    w.settings.incentivePlans = {monthPlan({commission(Metric::Revenue, {{r("0"), r("0.1")}})})};
    w.order("O5", "r1", "2026-11-02", "1000.01");
    w.order("O6", "r1", "2026-11-03", "100.00");
    w.ds.orderCredits = {{"O5", "r1", r("0.5"), false}, {"O5", "r2", r("0.5"), false},
                         {"O6", "r1", Rational(1, 3), false}, {"O6", "r2", Rational(1, 3), false},
                         {"O6", "r3", Rational(1, 3), false}};
    w.target("r1", Metric::Revenue, "2026-11", "1000.00");
    w.target("r2", Metric::Revenue, "2026-11", "1000.00");
    w.build();
    // O5 1,000.01 by halves: 50,000.5 cents each → 500.00 + 500.00, 1 cent to the first (r1): r1 500.01, r2 500.00
    // O6 100.00 by thirds: 3,333.33… cents each → 3,333 each, 1 cent to r1: r1 33.34, r2 33.33, r3 33.33
    // r1: A = 533.35, C = 10% × 533.35 = 53.335 → 53.34; lines by weights 50,001 : 3,334 over 5,334 cents:
    // quotas 5,000.5687…, 333.4313… → 5,000 + 333 = 5,333, the cent to O5 → 50.01, 3.33
    auto st = w.statement("r1", "2026-11");
    auto* comm = find(st, ComponentKind::Commission);
    CHECK(*comm->actual == c("533.35"));
    CHECK(*comm->amountCents == c("53.34"));
    CHECK(comm->lines[0].amountCents == c("500.01"));
    CHECK(comm->lines[0].shareCents == c("50.01"));
    CHECK(comm->lines[1].amountCents == c("33.34"));
    CHECK(comm->lines[1].shareCents == c("3.33"));
    // r2: A = 500.00 + 33.33 = 533.33 → 53.333 → 53.33
    st = w.statement("r2", "2026-11");
    CHECK(*find(st, ComponentKind::Commission)->amountCents == c("53.33"));
    // r3 has no target: an error, with its A shown
    st = w.statement("r3", "2026-11");
    comm = find(st, ComponentKind::Commission);
    CHECK(comm->isError());
    CHECK(*comm->actual == c("33.33"));
    CHECK(st.totalCents == 0);
}

TEST_CASE("Overlay credits earn commission on top; gross-profit commission reads the credited profit")
{
    World w;
    PlanComponent gp = commission(Metric::GrossProfit, {{r("0"), r("0.2")}});
    w.settings.incentivePlans = {monthPlan({commission(Metric::Revenue, {{r("0"), r("0.1")}}), gp})};
    w.order("O9", "r1", "2026-11-02", "1000.00");
    w.ds.orders.back().grossProfit = m("333.33");
    w.ds.orderCredits = {{"O9", "r1", r("1"), false}, {"O9", "r2", r("0.1"), true}};
    w.target("r1", Metric::Revenue, "2026-11", "1000.00");
    w.target("r1", Metric::GrossProfit, "2026-11", "300.00");
    w.target("r2", Metric::Revenue, "2026-11", "1000.00");
    w.target("r2", Metric::GrossProfit, "2026-11", "100.00");
    w.build();
    // r1: revenue 1,000.00 × 10% = 100.00; gross profit 333.33 × 20% = 66.666 → 66.67
    auto s1 = w.statement("r1", "2026-11");
    REQUIRE(s1.components.size() == 3);
    CHECK(*s1.components[0].amountCents == c("100.00"));
    CHECK(s1.components[1].metric == "gross_profit");
    CHECK(*s1.components[1].actual == c("333.33"));
    CHECK(*s1.components[1].amountCents == c("66.67"));
    // r2's overlay 0.1: revenue 100.00 → 10.00; gross profit 33.333 → 33.33 (rounded once) → 20% = 6.666 → 6.67
    auto s2 = w.statement("r2", "2026-11");
    CHECK(*s2.components[0].actual == c("100.00"));
    CHECK(*s2.components[0].amountCents == c("10.00"));
    CHECK(*s2.components[1].actual == c("33.33"));
    CHECK(*s2.components[1].amountCents == c("6.67"));
    CHECK(s2.totalCents == c("16.67"));
}

TEST_CASE("Contest on visits counts visit activities only")
{
    World w;
    PlanComponent contest;
    contest.type = PlanComponent::Type::Contest;
    contest.metric = "visits";
    contest.prizes = {{m("100.00"), ""}};
    w.settings.incentivePlans = {monthPlan({contest})};
    w.ds.activities = {{"a1", "r2", "c1", ActivityKind::Visit, d("2026-10-01"), std::nullopt, std::nullopt},
                       {"a2", "r2", "c1", ActivityKind::Visit, d("2026-10-02"), std::nullopt, std::nullopt},
                       {"a3", "r1", "c1", ActivityKind::Visit, d("2026-10-02"), std::nullopt, std::nullopt},
                       {"a4", "r1", "c1", ActivityKind::Call, d("2026-10-03"), std::nullopt, std::nullopt},
                       {"a5", "r1", "c1", ActivityKind::Call, d("2026-10-04"), std::nullopt, std::nullopt},
                       {"a6", "r1", "c1", ActivityKind::Visit, d("2026-09-30"), std::nullopt, std::nullopt}};
    w.build();
    // October visits: r2 2, r1 1 (calls and September's visit do not count) → r2 wins 100.00
    const auto s2 = w.statement("r2", "2026-10");
    const auto* c2 = find(s2, ComponentKind::Contest);
    CHECK(*c2->value == Rational(2));
    CHECK(*c2->amountCents == c("100.00"));
    const auto s1 = w.statement("r1", "2026-10");
    CHECK(*find(s1, ComponentKind::Contest)->rank == 2);
    CHECK(*find(s1, ComponentKind::Contest)->amountCents == 0);
}

TEST_CASE("Credit splits that do not sum to 1 make the commission an error naming the order")
{
    World w;
    w.settings.incentivePlans = {monthPlan({commission(Metric::Revenue, {{r("0"), r("0.1")}})})};
    w.order("O5", "r1", "2026-11-02", "1000.00");
    w.ds.orderCredits = {{"O5", "r1", r("0.5"), false}, {"O5", "r2", r("0.4"), false}};
    w.target("r1", Metric::Revenue, "2026-11", "1000.00");
    w.build();
    const auto st = w.statement("r1", "2026-11");
    const auto* comm = find(st, ComponentKind::Commission);
    REQUIRE(comm);
    CHECK(comm->isError());
    CHECK(comm->error == "order O5: its credit splits sum to 0.9, not 1 (100%)");
}

TEST_CASE("Commission on collections with partial payments, and no clawback")
{
    World w;
    w.settings.incentivePlans = {monthPlan({commission(Metric::Collections, {{r("0"), r("0.02")}})})};
    w.order("O7", "r1", "2026-08-01", "30000.00", "p-std", "2026-10-28");
    w.order("O8", "r1", "2026-09-01", "20000.00");
    w.ds.orderCredits = {{"O8", "r1", r("0.5"), false}, {"O8", "r2", r("0.5"), false}};
    w.ds.payments = {{"P1", "O7", d("2026-09-15"), m("10000.00")},
                     {"P2", "O7", d("2026-10-10"), m("12000.00")},
                     {"P3", "O7", d("2026-10-25"), m("8000.00")},
                     {"P4", "O8", d("2026-10-12"), m("5000.01")}};
    w.target("r1", Metric::Collections, "2026-10", "50000.00");
    w.build();
    // P4 5,000.01 by halves → r1 2,500.01 (the odd cent to the first rep), r2 2,500.00
    // A = 12,000 + 8,000 + 2,500.01 = 22,500.01, C = 2% × 22,500.01 = 450.0002 → 450.00
    // lines by weights 1,200,000 : 800,000 : 250,001 (Σ 2,250,001) over 45,000 cents:
    // quotas 23,999.989…, 15,999.992…, 5,000.017… → 23,999 + 15,999 + 5,000 = 44,998;
    // 2 cents: largest remainders P3 (.992) then P2 (.989) → 240.00, 160.00, 50.00
    auto st = w.statement("r1", "2026-10");
    auto* comm = find(st, ComponentKind::Commission);
    CHECK(*comm->actual == c("22500.01"));
    CHECK(*comm->amountCents == c("450.00"));
    REQUIRE(comm->lines.size() == 3);
    CHECK(comm->lines[0].id == "P2");
    CHECK(comm->lines[0].shareCents == c("240.00"));
    CHECK(comm->lines[1].shareCents == c("160.00"));
    CHECK(comm->lines[2].amountCents == c("2500.01"));
    CHECK(comm->lines[2].shareCents == c("50.00"));
    CHECK_FALSE(find(st, ComponentKind::Clawback)); // O7's cancellation claws nothing back on collections
    CHECK(st.totalCents == c("450.00"));
}

TEST_CASE("Contest among all the plan's reps, ties share money and titles")
{
    World w;
    PlanComponent contest;
    contest.type = PlanComponent::Type::Contest;
    contest.metric = "revenue";
    contest.prizes = {{m("3000.00"), ""}, {m("1000.00"), ""}, {std::nullopt, "最佳销售员"}};
    w.settings.incentivePlans = {monthPlan({contest})};
    w.order("O1", "r1", "2026-10-01", "10000.00");
    w.order("O2", "r2", "2026-10-01", "10000.00");
    w.order("O3", "r3", "2026-10-01", "10000.00");
    w.order("O4", "r4", "2026-10-01", "5000.00");
    w.build();
    // r1, r2, r3 tied first: 4,000.00 by §2 over three in rep id order → 1,333.34, 1,333.33, 1,333.33; r4 rank 4
    auto s1 = w.statement("r1", "2026-10");
    auto s3 = w.statement("r3", "2026-10");
    auto s4 = w.statement("r4", "2026-10");
    CHECK(*find(s1, ComponentKind::Contest)->amountCents == c("1333.34"));
    CHECK(*find(s3, ComponentKind::Contest)->amountCents == c("1333.33"));
    CHECK(*find(s3, ComponentKind::Contest)->rank == 1);
    CHECK(find(s3, ComponentKind::Contest)->titles == std::vector<std::string>{"最佳销售员"});
    CHECK(*find(s4, ComponentKind::Contest)->rank == 4);
    CHECK(*find(s4, ComponentKind::Contest)->amountCents == 0);
    CHECK(find(s4, ComponentKind::Contest)->contestants == 4);
    CHECK_FALSE(find(s1, ComponentKind::Clawback)); // no revenue commission in this plan
}

TEST_CASE("Grade bonus from the quarter's appraisal")
{
    World w;
    PlanComponent g;
    g.type = PlanComponent::Type::GradeBonus;
    g.gradeBase = m("3000.00");
    IncentivePlan q = monthPlan({g});
    q.period = PeriodKind::Quarter;
    w.settings.incentivePlans = {q};
    w.build([](const std::string& rep, const Period& quarter) -> std::optional<AppraisalGrade> {
        if (quarter.label() != "2026Q3")
            return std::nullopt;
        if (rep == "r1")
            return AppraisalGrade{"S", true};
        if (rep == "r2")
            return AppraisalGrade{"C", false};
        return std::nullopt;
    });
    // S: 3,000 × 1.5 = 4,500.00 signed off; C: 3,000 × 0.5 = 1,500.00 provisional; r3: no grade → error
    auto s1 = w.statement("r1", "2026Q3");
    CHECK(s1.totalCents == c("4500.00"));
    const auto s2 = w.statement("r2", "2026Q3");
    const auto* g2 = find(s2, ComponentKind::GradeBonus);
    CHECK(*g2->amountCents == c("1500.00"));
    CHECK(g2->provisional);
    CHECK(find(w.statement("r3", "2026Q3"), ComponentKind::GradeBonus)->isError());
}

TEST_CASE("What-if: more booked in a category, and the next tier")
{
    World w;
    auto comm = commission(Metric::Revenue, {{r("0"), r("0.03")}, {r("1.0"), r("0.05")}, {r("1.5"), r("0.08")}});
    comm.categoryMultipliers = {{"strategic", r("1.5")}};
    w.settings.incentivePlans = {monthPlan({comm})};
    w.order("O1", "r1", "2026-10-01", "120000.00");
    w.target("r1", Metric::Revenue, "2026-10", "100000.00");
    w.build();
    // before: 3% × 100,000 + 5% × 20,000 = 4,000.00
    // after +10,000 strategic: A = 130,000, C0 = 3,000 + 5% × 30,000 = 4,500, e = 4,500/130,000,
    // Σ amount × multiplier = 120,000 + 15,000 = 135,000 → C = 4,500 × 135/130 = 4,673.0769… → 4,673.08
    // next tier: 150% of 100,000 − 130,000 = 20,000.00
    auto res = w.engine->whatIf(w.rep("r1"), Period::parseOrThrow("2026-10"),
                                WhatIf{Metric::Revenue, "strategic", m("10000.00")});
    CHECK(res.before.totalCents == c("4000.00"));
    CHECK(res.after.totalCents == c("4673.08"));
    const auto* after = find(res.after, ComponentKind::Commission);
    REQUIRE(after->lines.size() == 2);
    CHECK(after->lines[1].hypothetical);
    REQUIRE(res.next);
    CHECK(res.next->tier == 3);
    CHECK(res.next->neededCents == c("20000.00"));
}

TEST_CASE("Plans: a level-specific plan wins, effective-from versions, reps listed")
{
    World w;
    IncentivePlan base = monthPlan({commission(Metric::Revenue, {{r("0"), r("0.01")}})});
    IncentivePlan v2 = base;
    v2.code = "rep_monthly_v2";
    v2.effectiveFrom = d("2026-10-01");
    IncentivePlan senior = base;
    senior.code = "senior_monthly";
    senior.level = Level::Senior;
    w.settings.incentivePlans = {base, v2, senior};
    w.ds.reps[3].level = Level::Senior;
    w.ds.reps[2].leftOn = d("2026-09-30");
    w.build();
    const Period sep = Period::parseOrThrow("2026-09");
    const Period oct = Period::parseOrThrow("2026-10");
    CHECK(w.engine->planFor(w.rep("r1"), sep)->code == "rep_monthly");
    CHECK(w.engine->planFor(w.rep("r1"), oct)->code == "rep_monthly_v2");
    CHECK(w.engine->planFor(w.rep("r4"), oct)->code == "senior_monthly");
    CHECK_FALSE(w.engine->planFor(w.rep("r1"), Period::parseOrThrow("2026Q4")));
    auto reps = w.engine->repsOnPlans(oct); // r3 left before October
    REQUIRE(reps.size() == 3);
    CHECK(reps[0]->id == "r1");
    CHECK(reps[1]->id == "r2");
    CHECK(reps[2]->id == "r4");
    CHECK_THROWS_AS(w.engine->statement(w.rep("r1"), Period::parseOrThrow("2026")), DomainError);
}

TEST_CASE("Plan validation names the plan, the component and the problem")
{
    auto expectError = [](PlanComponent comp, const std::string& fragment, PeriodKind kind = PeriodKind::Month) {
        WorkspaceSettings s;
        IncentivePlan p = monthPlan({std::move(comp)});
        p.period = kind;
        s.incentivePlans = {p};
        try {
            validatePlans(s);
            FAIL("no error for " << fragment);
        } catch (const DomainError& e) {
            const std::string what = e.what();
            CHECK_THAT(what, Catch::Contains("rep_monthly") && Catch::Contains(fragment));
        }
    };
    expectError(commission(Metric::Revenue, {{r("0.1"), r("0.03")}}), "must start at attainment 0");
    expectError(commission(Metric::Revenue, {{r("0"), r("0.03")}, {r("1.5"), r("0.05")}, {r("1.0"), r("0.08")}}),
                "ascending");
    expectError(commission(Metric::Revenue, {{r("0"), r("1.5")}}), "between 0 and 1");
    expectError(commission(Metric::Revenue, {{r("0"), r("-0.01")}}), "between 0 and 1");
    expectError(commission(Metric::NewCustomers, {{r("0"), r("0.01")}}), "base must be");
    expectError(commission(Metric::Revenue, {}), "at least one tier");
    PlanComponent bonus;
    bonus.type = PlanComponent::Type::Bonus;
    bonus.steps = {{r("1.2"), m("10.00")}, {r("1.0"), m("20.00")}};
    expectError(bonus, "ascending");
    bonus.steps = {{r("1.0"), m("10.00")}};
    bonus.metric = "happiness";
    expectError(bonus, "unknown bonus metric happiness");
    PlanComponent contest;
    contest.type = PlanComponent::Type::Contest;
    expectError(contest, "at least one prize");
    contest.prizes = {{m("1.00"), ""}};
    contest.metric = "nope";
    expectError(contest, "unknown contest metric");
    PlanComponent grade;
    grade.type = PlanComponent::Type::GradeBonus;
    expectError(grade, "quarter plan");

    WorkspaceSettings dup;
    dup.incentivePlans = {monthPlan({}), monthPlan({})};
    CHECK_THROWS_AS(validatePlans(dup), DomainError);
}
