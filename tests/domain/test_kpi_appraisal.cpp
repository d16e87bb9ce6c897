// KPI actuals, targets and the appraisal of a quarter over a small dataset (SPEC §6), worked by hand.

#include "domain/Appraisal.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Date d(const char* s) { return Date::parseOrThrow(s); }
Money m(const char* s) { return Money::parseOrThrow(s); }
Rational q(const char* s) { return *Rational::parse(s); }

Rep rep(const char* id, const char* unit, Role role, Level level, const char* hired,
        std::optional<Date> leftOn = std::nullopt)
{
    Rep r;
    r.id = id;
    r.name = std::string("Rep ") + id;
    r.orgUnitId = unit;
    r.role = role;
    r.level = level;
    r.hireDate = d(hired);
    r.leftOn = leftOn;
    return r;
}

Order order(const char* id, const char* cust, const char* repId, const char* date, const char* amount, const char* gp,
            std::optional<Date> cancelled = std::nullopt)
{
    Order o;
    o.id = id;
    o.customerId = cust;
    o.repId = repId;
    o.productId = "p1";
    o.orderDate = d(date);
    o.amount = m(amount);
    o.grossProfit = m(gp);
    o.cancelledOn = cancelled;
    return o;
}

Opportunity opp(const char* id, const char* owner, std::vector<StageEntry> history)
{
    Opportunity o;
    o.id = id;
    o.name = id;
    o.customerId = "c1";
    o.ownerRepId = owner;
    o.amount = m("1000.00");
    o.createdOn = history.front().enteredOn;
    o.stage = history.back().stage;
    o.history = std::move(history);
    return o;
}

Target monthTarget(const char* repId, const char* period, std::int64_t cents)
{
    Target t;
    t.owner = OwnerRef{OwnerKind::Rep, repId};
    t.metric = Metric::Revenue;
    t.period = period;
    t.amount = cents;
    return t;
}

Review review(const char* kind, long long score)
{
    Review r;
    r.subjectRepId = "r1";
    r.period = "2026Q3";
    r.reviewerKind = kind;
    r.score = Rational(score);
    return r;
}

Activity activity(const char* id, const char* repId, ActivityKind kind, const char* date)
{
    Activity a;
    a.id = id;
    a.repId = repId;
    a.customerId = "c1";
    a.kind = kind;
    a.date = d(date);
    return a;
}

KpiTemplateItem item(const char* kpi, long long weight, ScoringRuleType type, KpiTemplateItem::TargetSource src,
                     const char* fixed = "0")
{
    KpiTemplateItem i;
    i.kpi = kpi;
    i.weight = Rational(weight);
    i.rule.type = type;
    i.targetSource = src;
    i.fixedTarget = q(fixed);
    return i;
}

using Src = KpiTemplateItem::TargetSource;

WorkspaceSettings settings()
{
    WorkspaceSettings s;
    KpiTemplate repQ;
    repQ.code = "rep_q";
    repQ.role = Role::Rep;
    repQ.items.push_back(item("revenue", 40, ScoringRuleType::Linear, Src::OwnerTarget));
    KpiTemplateItem cr = item("collection_rate", 20, ScoringRuleType::Bands, Src::Fixed, "0.9");
    cr.rule.bands = {{q("1.0"), Rational(100)}, {q("0.9"), Rational(80)}, {q("0.8"), Rational(60)}, {q("0"), Rational(0)}};
    repQ.items.push_back(cr);
    repQ.items.push_back(item("visits", 10, ScoringRuleType::Linear, Src::Fixed, "20"));
    KpiTemplateItem wr = item("win_rate", 10, ScoringRuleType::Threshold, Src::Fixed, "0.5");
    wr.rule.threshold = q("0.5");
    wr.rule.cap = Rational(150);
    repQ.items.push_back(wr);
    repQ.items.push_back(item("review_360", 20, ScoringRuleType::Direct, Src::None));

    KpiTemplate senior;
    senior.code = "rep_senior";
    senior.role = Role::Rep;
    senior.level = Level::Senior;
    senior.items.push_back(item("revenue", 50, ScoringRuleType::Linear, Src::Fixed, "500000"));
    senior.items.push_back(item("complaints", 20, ScoringRuleType::Linear, Src::Fixed, "2"));
    senior.items.push_back(item("behaviour", 30, ScoringRuleType::Anchored, Src::None));

    s.kpiTemplates = {repQ, senior}; // the role-only template comes first: the level-specific one still wins
    s.kpis = {{"complaints", "客户投诉", "manual", true, "", KpiKind::Result}};
    return s;
}

// Org: C ⊃ T1. r1 rep/mid (T1); r2 hired after Q3; r3 left 2026-06-30; r4 a regional manager (no
// template); r5 rep/senior (T1). Period 2026Q3 = 2026-07-01 … 2026-09-30.
Dataset dataset()
{
    Dataset ds;
    ds.orgUnits = {{"C", std::nullopt, "Company", OrgKind::Company}, {"T1", std::string("C"), "Team 1", OrgKind::Team}};
    ds.reps = {rep("r1", "T1", Role::Rep, Level::Mid, "2025-01-01"),
               rep("r2", "T1", Role::Rep, Level::Junior, "2026-10-01"),
               rep("r3", "T1", Role::Rep, Level::Mid, "2024-01-01", d("2026-06-30")),
               rep("r4", "C", Role::RegionalManager, Level::Senior, "2020-01-01"),
               rep("r5", "T1", Role::Rep, Level::Senior, "2026-01-01")};
    Customer c1;
    c1.id = "c1";
    c1.name = "C1";
    c1.ownerRepId = "r1";
    Customer c2 = c1;
    c2.id = "c2";
    ds.customers = {c1, c2};
    ds.orders = {order("o1", "c1", "r1", "2026-07-10", "60000.00", "15000.00"),
                 order("o2", "c1", "r1", "2026-08-05", "40000.00", "10000.00"),
                 order("o3", "c2", "r1", "2026-05-01", "10000.00", "2000.00", d("2026-08-20")),
                 order("o5", "c2", "r5", "2026-09-01", "550000.00", "100000.00")};
    ds.payments = {{"p1", "o1", d("2026-08-01"), m("60000.00")}, {"p2", "o2", d("2026-09-10"), m("20000.00")}};
    ds.activities = {activity("a1", "r1", ActivityKind::Visit, "2026-07-02"),
                     activity("a2", "r1", ActivityKind::Visit, "2026-08-02"),
                     activity("a3", "r1", ActivityKind::Visit, "2026-09-30"),
                     activity("a4", "r1", ActivityKind::Call, "2026-08-03"),
                     activity("a5", "r1", ActivityKind::Visit, "2026-06-30")};
    ds.opportunities = {opp("op1", "r1", {{"lead", d("2026-06-01")}, {"won", d("2026-08-15")}}),
                        opp("op2", "r1", {{"lead", d("2026-07-01")}, {"lost", d("2026-09-01")}}),
                        opp("op3", "r1", {{"lead", d("2026-05-01")}, {"won", d("2026-06-20")}})};
    ds.targets = {monthTarget("r1", "2026-07", 3000000), monthTarget("r1", "2026-08", 3000000),
                  monthTarget("r1", "2026-09", 4000000)};
    ds.reviews = {review("supervisor", 80), review("supervisor", 90), review("peer", 70), review("self", 100)};
    ds.kpiValues = {{"r5", "2026Q3", "complaints", Rational(4)}, {"r5", "2026-07", "complaints", Rational(0)},
                    {"r5", "2026Q3", "behaviour", Rational(4)}};
    return ds;
}

const Period kQ3 = Period::quarter(2026, 3);

} // namespace

TEST_CASE("KPI actuals of every built-in code for a rep and quarter")
{
    Dataset ds = dataset();
    DatasetIndex idx(ds);
    WorkspaceSettings s = settings();
    KpiActuals k(idx, s);
    const Rep& r1 = ds.reps[0];
    // revenue: 60,000 + 40,000 − 10,000 (o3 booked in May, cancelled 08-20) = 90,000.00.
    CHECK(*k.actual("revenue", r1, kQ3) == Rational(9000000));
    // gross profit: 15,000 + 10,000 − 2,000 = 23,000.00.
    CHECK(*k.actual("gross_profit", r1, kQ3) == Rational(2300000));
    // collections: 60,000 + 20,000 = 80,000.00.
    CHECK(*k.actual("collections", r1, kQ3) == Rational(8000000));
    // collection rate: o1 (due 08-09, opening 60,000, collected 60,000), o2 (due 09-04, opening
    // 40,000, collected 20,000), o3 cancelled → 80,000/100,000 = 0.8.
    CHECK(*k.actual("collection_rate", r1, kQ3) == q("0.8"));
    // new customers: c1's first order o1 is in Q3 by r1 → 1; c2's (o3 cancelled) is r5's o5.
    CHECK(*k.actual("new_customers", r1, kQ3) == Rational(1));
    CHECK(*k.actual("new_customers", ds.reps[4], kQ3) == Rational(1));
    // win rate: op1 won 08-15, op2 lost 09-01 (op3 won in June, outside) → 1/2.
    CHECK(*k.actual("win_rate", r1, kQ3) == q("0.5"));
    // visits: a1, a2, a3 (a4 is a call, a5 is in June) → 3.
    CHECK(*k.actual("visits", r1, kQ3) == Rational(3));
    // 360: (50·85 + 20·70 + 10·100)/80 = 83.125.
    CHECK(*k.actual("review_360", r1, kQ3) == q("83.125"));
    // manual values: exactly (rep, period label, code).
    CHECK(*k.actual("complaints", ds.reps[4], kQ3) == Rational(4));
    CHECK(*k.actual("complaints", ds.reps[4], Period::month(2026, 7)) == Rational(0));
    CHECK_FALSE(k.actual("complaints", r1, kQ3));
    CHECK_FALSE(k.actual("review_360", ds.reps[4], kQ3));
    // Nothing due for r5 in Q3 (o5 due 10-01 > 09-30): not available.
    CHECK_FALSE(k.actual("collection_rate", ds.reps[4], kQ3));
}

TEST_CASE("KPI item targets")
{
    Dataset ds = dataset();
    DatasetIndex idx(ds);
    WorkspaceSettings s = settings();
    KpiActuals k(idx, s);
    const Rep& r1 = ds.reps[0];
    // "target": the sum of r1's month rows 30,000 + 30,000 + 40,000 = 100,000.00.
    CHECK(*k.target(item("revenue", 1, ScoringRuleType::Linear, Src::OwnerTarget), r1, kQ3) == Rational(10000000));
    // No gross-profit target rows: none.
    CHECK_FALSE(k.target(item("gross_profit", 1, ScoringRuleType::Linear, Src::OwnerTarget), r1, kQ3));
    // "target" on a code without a target metric: none.
    CHECK_FALSE(k.target(item("visits", 1, ScoringRuleType::Linear, Src::OwnerTarget), r1, kQ3));
    // Fixed money in currency units: 500000 → 50,000,000 cents; other units as written.
    CHECK(*k.target(item("revenue", 1, ScoringRuleType::Linear, Src::Fixed, "500000"), r1, kQ3) == Rational(50000000));
    CHECK(*k.target(item("visits", 1, ScoringRuleType::Linear, Src::Fixed, "20"), r1, kQ3) == Rational(20));
    CHECK(*k.target(item("win_rate", 1, ScoringRuleType::Linear, Src::Fixed, "0.5"), r1, kQ3) == q("0.5"));
}

TEST_CASE("who is appraised and with which template")
{
    Dataset ds = dataset();
    WorkspaceSettings s = settings();
    CHECK(isAppraised(ds.reps[0], kQ3, s));
    CHECK_FALSE(isAppraised(ds.reps[1], kQ3, s)); // hired 2026-10-01, after the last day
    CHECK_FALSE(isAppraised(ds.reps[2], kQ3, s)); // left 2026-06-30, before the first day
    CHECK_FALSE(isAppraised(ds.reps[3], kQ3, s)); // regional manager: no template
    CHECK(isAppraised(ds.reps[4], kQ3, s));
    CHECK(templateFor(ds.reps[0], s.kpiTemplates)->code == "rep_q");
    CHECK(templateFor(ds.reps[4], s.kpiTemplates)->code == "rep_senior");
    // Left on the first day: still appraised.
    Rep edge = ds.reps[2];
    edge.leftOn = d("2026-07-01");
    CHECK(isAppraised(edge, kQ3, s));
}

TEST_CASE("appraisal of 2026Q3")
{
    Dataset ds = dataset();
    DatasetIndex idx(ds);
    WorkspaceSettings s = settings();
    AppraisalEngine eng(idx, s);
    AppraisalResult res = eng.appraise(kQ3);
    REQUIRE(res.reps.size() == 2);

    // r1: revenue a = 90,000/100,000 = 0.9 → 90; collection rate a = 0.8/0.9 = 0.8888… → band 0.8 → 60;
    // visits a = 3/20 = 0.15 → 15; win rate a = 0.5/0.5 = 1 ≥ 0.5 → 100; 360 direct 83.125.
    // Total (40·90 + 20·60 + 10·15 + 10·100 + 20·83.125)/100 = (3600 + 1200 + 150 + 1000 + 1662.5)/100
    // = 76.125 → 76.13 → C.
    const RepScorecard& c1 = res.reps[0];
    CHECK(c1.rep->id == "r1");
    CHECK(c1.kpiTemplate->code == "rep_q");
    REQUIRE(c1.items.size() == 5);
    CHECK(*c1.items[0].attainment == q("0.9"));
    CHECK(*c1.items[1].attainment == Rational(8, 9));
    CHECK(c1.items[1].attainment->toFixed(4) == "0.8889");
    CHECK(*c1.items[1].score == Rational(60));
    CHECK(*c1.items[2].score == Rational(15));
    CHECK(*c1.items[3].score == Rational(100));
    CHECK(*c1.items[4].score == q("83.125"));
    CHECK(*c1.total.exact == q("76.125"));
    CHECK(*c1.total.rounded == q("76.13"));
    CHECK(*c1.total.grade == "C");

    // r5 (level template): revenue a = 550,000/500,000 = 1.1 → 110; complaints lower is better
    // a = 2/4 = 0.5 → 50; behaviour level 4 → 80. (50·110 + 20·50 + 30·80)/100 = 8900/100 = 89.00 → B.
    const RepScorecard& c5 = res.reps[1];
    CHECK(c5.rep->id == "r5");
    CHECK(c5.kpiTemplate->code == "rep_senior");
    CHECK(*c5.items[1].attainment == q("0.5"));
    CHECK(*c5.total.rounded == Rational(89));
    CHECK(*c5.total.grade == "B");

    // Distribution in T1: C and B → no S, no A: passes.
    REQUIRE(res.distribution.size() == 1);
    CHECK(res.distribution[0].unitId == "T1");
    CHECK(res.distribution[0].graded == 2);
    CHECK(res.distribution[0].passes());

    // Owner filter.
    AppraisalResult only5 = eng.appraise(kQ3, OwnerRef{OwnerKind::Rep, "r5"});
    REQUIRE(only5.reps.size() == 1);
    CHECK(only5.reps[0].rep->id == "r5");
}

TEST_CASE("appraisal: a lower-is-better actual of 0 is left out and the rest rescaled")
{
    Dataset ds = dataset();
    ds.kpiValues[0].value = Rational(0); // r5's complaints in 2026Q3
    DatasetIndex idx(ds);
    WorkspaceSettings s = settings();
    AppraisalEngine eng(idx, s);
    RepScorecard c5 = eng.scoreRep(ds.reps[4], *templateFor(ds.reps[4], s.kpiTemplates), kQ3);
    // (50·110 + 30·80)/80 = 7900/80 = 98.75 → A.
    CHECK_FALSE(c5.items[1].applicable);
    CHECK(c5.total.applicableWeight == Rational(80));
    CHECK(*c5.total.rounded == q("98.75"));
    CHECK(*c5.total.grade == "A");
}
