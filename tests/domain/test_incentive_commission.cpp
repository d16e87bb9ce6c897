// Commission, bonus, grade bonus and contest arithmetic of SPEC §7, worked by hand.
#include "domain/Bonus.h"
#include "domain/Commission.h"
#include "domain/Contest.h"
#include "domain/Error.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Money m(const char* text) { return Money::parseOrThrow(text); }
std::int64_t c(const char* text) { return Money::parseOrThrow(text).cents(); }
Rational r(const char* text) { return *Rational::parse(text); }

// SPEC's reading: tiers 0→3%, 100%→5%, 150%→8%.
PlanComponent specTiers(CommissionMode mode)
{
    PlanComponent p;
    p.type = PlanComponent::Type::Commission;
    p.base = Metric::Revenue;
    p.mode = mode;
    p.tiers = {{r("0"), r("0.03")}, {r("1.0"), r("0.05")}, {r("1.5"), r("0.08")}};
    return p;
}

IncentiveLine line(const char* id, const char* amount, Rational multiplier = Rational(1), const char* category = "std")
{
    IncentiveLine l;
    l.id = id;
    l.orderId = id;
    l.category = category;
    l.amountCents = c(amount);
    l.multiplier = multiplier;
    return l;
}

std::int64_t sumShares(const ComponentResult& res)
{
    std::int64_t s = 0;
    for (const auto& l : res.lines)
        s += l.shareCents;
    return s;
}

} // namespace

TEST_CASE("SPEC's reading: target 100,000, actual 150,000, marginal and retroactive")
{
    // marginal: 3% × 100,000 + 5% × (150,000 − 100,000) + 8% × (150,000 − 150,000) = 3,000 + 2,500 + 0 = 5,500.00
    auto res = computeCommission(specTiers(CommissionMode::Marginal), c("100000.00"), {line("O1", "150000.00")}, "2026-10");
    REQUIRE_FALSE(res.isError());
    CHECK(*res.amountCents == c("5500.00"));
    CHECK(*res.attainment == r("1.5"));
    CHECK(res.tier == 3);
    REQUIRE(res.slices.size() == 3);
    CHECK(res.slices[0].baseCents == Rational(c("100000.00")));
    CHECK(res.slices[1].baseCents == Rational(c("50000.00")));
    CHECK(res.slices[2].baseCents == Rational(0));
    CHECK(res.lines[0].shareCents == c("5500.00"));

    // retroactive: a = 1.5 is in the 150% tier (from_3 = 1.5 ≤ a): 8% × 150,000 = 12,000.00
    res = computeCommission(specTiers(CommissionMode::Retroactive), c("100000.00"), {line("O1", "150000.00")}, "2026-10");
    CHECK(*res.amountCents == c("12000.00"));
    CHECK(res.tier == 3);
    CHECK(*res.rate == r("0.08"));
    CHECK(res.slices.empty());
}

TEST_CASE("Exact tier boundaries belong to the upper tier")
{
    // A = T = 100,000: a = 1.0 is in tier 2 (5%).
    // marginal: 3% × 100,000 + 5% × max(0, 100,000 − 100,000) = 3,000.00; retroactive: 5% × 100,000 = 5,000.00
    auto mar = computeCommission(specTiers(CommissionMode::Marginal), c("100000.00"), {line("O1", "100000.00")}, "P");
    auto ret = computeCommission(specTiers(CommissionMode::Retroactive), c("100000.00"), {line("O1", "100000.00")}, "P");
    CHECK(mar.tier == 2);
    CHECK(*mar.amountCents == c("3000.00"));
    CHECK(*ret.amountCents == c("5000.00"));
    // A = 99,999.00: a = 0.99999 in tier 1: both 3% × 99,999 = 2,999.97
    ret = computeCommission(specTiers(CommissionMode::Retroactive), c("100000.00"), {line("O1", "99999.00")}, "P");
    CHECK(ret.tier == 1);
    CHECK(*ret.amountCents == c("2999.97"));
    // A = 99,999.99: 3% × 99,999.99 = 2,999.9997 → rounded once: 3,000.00
    ret = computeCommission(specTiers(CommissionMode::Retroactive), c("100000.00"), {line("O1", "99999.99")}, "P");
    CHECK(*ret.amountCents == c("3000.00"));
}

TEST_CASE("Threshold: a = threshold pays, just below does not")
{
    auto plan = specTiers(CommissionMode::Marginal);
    plan.threshold = r("0.5");
    // A = 50,000, T = 100,000: a = 0.5 = threshold → 3% × 50,000 = 1,500.00
    auto res = computeCommission(plan, c("100000.00"), {line("O1", "50000.00")}, "P");
    CHECK(res.thresholdMet);
    CHECK(*res.amountCents == c("1500.00"));
    // A = 49,999.99: a < 0.5 → 0.00 (not an error)
    res = computeCommission(plan, c("100000.00"), {line("O1", "49999.99")}, "P");
    CHECK_FALSE(res.thresholdMet);
    REQUIRE_FALSE(res.isError());
    CHECK(*res.amountCents == 0);
    CHECK(res.lines[0].shareCents == 0);
}

TEST_CASE("Cap limits the commission")
{
    auto plan = specTiers(CommissionMode::Retroactive);
    plan.cap = m("5000.00");
    // C0 = 8% × 150,000 = 12,000 → min(5,000, 12,000) = 5,000.00
    auto res = computeCommission(plan, c("100000.00"), {line("O1", "150000.00")}, "P");
    CHECK(res.capApplied);
    CHECK(*res.amountCents == c("5000.00"));
    CHECK(*res.uncappedCents == Rational(c("12000.00")));
    // below the cap: 3% × 60,000 = 1,800.00
    res = computeCommission(plan, c("100000.00"), {line("O1", "60000.00")}, "P");
    CHECK_FALSE(res.capApplied);
    CHECK(*res.amountCents == c("1800.00"));
}

TEST_CASE("Category multipliers weigh lines, the rate comes from A")
{
    PlanComponent plan;
    plan.tiers = {{r("0"), r("0.05")}};
    plan.categoryMultipliers = {{"strategic", r("1.5")}};
    // A = 40,000 + 20,000 = 60,000, a = 0.6, C0 = 5% × 60,000 = 3,000, e = 0.05
    // Σ amount × multiplier = 40,000 + 1.5 × 20,000 = 70,000 → C = 0.05 × 70,000 = 3,500.00
    // shares by weights 40,000 : 30,000 → 2,000.00 and 1,500.00
    auto res = computeCommission(plan, c("100000.00"),
                                 {line("O1", "40000.00"), line("O2", "20000.00", r("1.5"), "strategic")}, "P");
    CHECK(*res.actual == c("60000.00"));
    CHECK(*res.effectiveRate == r("0.05"));
    CHECK(*res.amountCents == c("3500.00"));
    CHECK(res.lines[0].shareCents == c("2000.00"));
    CHECK(res.lines[1].shareCents == c("1500.00"));
}

TEST_CASE("Statement lines share C to the cent by §2")
{
    PlanComponent plan;
    plan.tiers = {{r("0"), r("0.05")}};
    // A = 3.33 + 3.33 + 3.34 = 10.00, C = 5% × 10.00 = 0.50 = 50 cents
    // quotas 50 × 333/1000 = 16.65, 16.65, 50 × 334/1000 = 16.70 → floors 16, 16, 16 (48),
    // 2 cents left: largest remainder .70 (O3), then .65 tie → O1 first → 17, 16, 17
    auto res = computeCommission(plan, c("10.00"), {line("O1", "3.33"), line("O2", "3.33"), line("O3", "3.34")}, "P");
    CHECK(*res.amountCents == 50);
    CHECK(res.lines[0].shareCents == 17);
    CHECK(res.lines[1].shareCents == 16);
    CHECK(res.lines[2].shareCents == 17);
    CHECK(sumShares(res) == *res.amountCents);
}

TEST_CASE("A of zero or less pays nothing")
{
    auto res = computeCommission(specTiers(CommissionMode::Retroactive), c("1000.00"),
                                 {line("O1", "100.00"), line("O2", "-150.00")}, "P");
    REQUIRE_FALSE(res.isError());
    CHECK(*res.actual == c("-50.00"));
    CHECK(*res.amountCents == 0);
    CHECK(sumShares(res) == 0);
    res = computeCommission(specTiers(CommissionMode::Marginal), c("1000.00"), {}, "P");
    CHECK(*res.amountCents == 0);
}

TEST_CASE("No target or a zero target is an error, not a silent zero")
{
    auto res = computeCommission(specTiers(CommissionMode::Marginal), std::nullopt, {line("O1", "100.00")}, "2026-10");
    CHECK(res.isError());
    CHECK(res.error == "no revenue target for 2026-10");
    CHECK(*res.actual == c("100.00"));
    res = computeCommission(specTiers(CommissionMode::Marginal), 0, {line("O1", "100.00")}, "2026-10");
    CHECK(res.isError());
    CHECK(res.error == "the revenue target for 2026-10 is zero");
}

TEST_CASE("Next milestone: threshold first, then the next tier, rounded up to the cent")
{
    auto plan = specTiers(CommissionMode::Marginal);
    // a = 1.2 → next tier 3 at 1.5: 150,000 − 120,000 = 30,000.00
    auto next = nextMilestone(plan, c("120000.00"), c("100000.00"));
    REQUIRE(next);
    CHECK_FALSE(next->isThreshold);
    CHECK(next->tier == 3);
    CHECK(next->neededCents == c("30000.00"));
    // top tier: nothing further
    CHECK_FALSE(nextMilestone(plan, c("150000.00"), c("100000.00")));
    // threshold 0.5 not met at 40,000: 50,000 − 40,000 = 10,000.00
    plan.threshold = r("0.5");
    next = nextMilestone(plan, c("40000.00"), c("100000.00"));
    REQUIRE(next);
    CHECK(next->isThreshold);
    CHECK(next->neededCents == c("10000.00"));
    // T = 333.33: tier 2 at 1.0·T = 333.33 → from 300.00 needs 33.33; tier 3 at 1.5·T = 499.995 → from 400.00
    // needs 99.995, rounded up to 100.00 (99.99 would fall half a cent short)
    plan.threshold.reset();
    CHECK(nextMilestone(plan, c("300.00"), c("333.33"))->neededCents == c("33.33"));
    CHECK(nextMilestone(plan, c("400.00"), c("333.33"))->neededCents == c("100.00"));
}

TEST_CASE("Bonus pays the highest step reached")
{
    PlanComponent b;
    b.type = PlanComponent::Type::Bonus;
    b.metric = "revenue";
    b.steps = {{r("1.0"), m("2000.00")}, {r("1.2"), m("5000.00")}};
    // a = 110/100 = 1.1 → step 1: 2,000.00
    auto res = computeBonus(b, c("110.00"), c("100.00"), "P");
    CHECK(*res.amountCents == c("2000.00"));
    CHECK(res.step == 1);
    // a = 1.2 exactly → 5,000.00
    CHECK(*computeBonus(b, c("120.00"), c("100.00"), "P").amountCents == c("5000.00"));
    // a = 0.99 → no step: 0.00
    res = computeBonus(b, c("99.00"), c("100.00"), "P");
    CHECK(*res.amountCents == 0);
    CHECK(res.step == 0);
    CHECK(computeBonus(b, c("99.00"), std::nullopt, "2026-10").error == "no revenue target for 2026-10");
}

TEST_CASE("Grade bonus: base × coefficient, provisional before sign-off")
{
    PlanComponent g;
    g.type = PlanComponent::Type::GradeBonus;
    g.gradeBase = m("3000.00");
    // A: 3,000 × 1.2 = 3,600.00, signed off
    auto res = computeGradeBonus(g, AppraisalGrade{"A", true}, "2026Q3");
    CHECK(*res.amountCents == c("3600.00"));
    CHECK_FALSE(res.provisional);
    // B not yet signed off: 3,000 × 1.0, provisional
    res = computeGradeBonus(g, AppraisalGrade{"B", false}, "2026Q3");
    CHECK(*res.amountCents == c("3000.00"));
    CHECK(res.provisional);
    // rounded once: 3,333.33 × 1.25 = 4,166.6625 → 4,166.66
    g.gradeBase = m("3333.33");
    g.coefficients["A"] = r("1.25");
    CHECK(*computeGradeBonus(g, AppraisalGrade{"A", true}, "2026Q3").amountCents == c("4166.66"));
    CHECK(computeGradeBonus(g, std::nullopt, "2026Q3").isError());
    CHECK(computeGradeBonus(g, AppraisalGrade{"X", true}, "2026Q3").isError());
}

TEST_CASE("Contest: three tied for first share 3000 + 1000 and each gets the title")
{
    std::vector<Prize> prizes{{m("3000.00"), ""}, {m("1000.00"), ""}, {std::nullopt, "最佳销售员"}};
    // r3, r1, r2 tied at 10; r4 at 5; r5 at 0 (no rank)
    auto places = rankContest({{"r3", Rational(10)}, {"r5", Rational(0)}, {"r4", Rational(5)}, {"r1", Rational(10)},
                               {"r2", Rational(10)}},
                              prizes);
    REQUIRE(places.size() == 5);
    // (3000 + 1000) over 3 by §2: 1333.333… each → floors 1333.33, 1 cent left → first in rep id order
    CHECK(places[0].repId == "r1");
    CHECK(places[0].prizeCents == c("1333.34"));
    CHECK(places[1].repId == "r2");
    CHECK(places[1].prizeCents == c("1333.33"));
    CHECK(places[2].repId == "r3");
    CHECK(places[2].prizeCents == c("1333.33"));
    for (int i = 0; i < 3; ++i) {
        CHECK(*places[i].rank == 1);
        CHECK(places[i].titles == std::vector<std::string>{"最佳销售员"});
    }
    CHECK(places[3].repId == "r4");
    CHECK(*places[3].rank == 4);
    CHECK(places[3].prizeCents == 0);
    CHECK(places[3].titles.empty());
    CHECK(places[4].repId == "r5");
    CHECK_FALSE(places[4].rank);
}

TEST_CASE("Contest: a tie for second shares the second and third prizes")
{
    std::vector<Prize> prizes{{m("3000.00"), ""}, {m("1000.00"), ""}, {m("500.00"), ""}};
    // ranks 1, 2, 2, 4: (1000 + 500) / 2 = 750.00 each
    auto places = rankContest(
        {{"a", r("9.5")}, {"b", Rational(7)}, {"c", Rational(7)}, {"d", Rational(3)}}, prizes);
    CHECK(*places[0].rank == 1);
    CHECK(places[0].prizeCents == c("3000.00"));
    CHECK(*places[1].rank == 2);
    CHECK(*places[2].rank == 2);
    CHECK(places[1].prizeCents == c("750.00"));
    CHECK(places[2].prizeCents == c("750.00"));
    CHECK(*places[3].rank == 4);
    CHECK(places[3].prizeCents == 0);
}
