// KPI scoring rules, totals, grades, 360 and the distribution check (SPEC §6), worked by hand.

#include "domain/KpiScoring.h"
#include "domain/Review360.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Rational q(const char* s) { return *Rational::parse(s); }

ScoringRule linear(const char* floor = "0", const char* cap = "120")
{
    ScoringRule r;
    r.type = ScoringRuleType::Linear;
    r.floor = q(floor);
    r.cap = q(cap);
    return r;
}

KpiTemplateItem item(const char* kpi, long long weight, ScoringRule rule)
{
    KpiTemplateItem i;
    i.kpi = kpi;
    i.weight = Rational(weight);
    i.rule = rule;
    i.targetSource = KpiTemplateItem::TargetSource::Fixed;
    return i;
}

// An applicable item with a given exact score (for totals).
ItemScore scored(long long weight, Rational score)
{
    ItemScore s;
    s.weight = Rational(weight);
    s.score = score;
    s.applicable = true;
    return s;
}

ItemScore notApplicable(long long weight)
{
    ItemScore s;
    s.weight = Rational(weight);
    s.reason = NotApplicableReason::NoTarget;
    return s;
}

} // namespace

TEST_CASE("linear rule: 100·a clamped to floor and cap")
{
    CHECK(ruleScore(linear(), q("0.85")) == Rational(85));
    CHECK(ruleScore(linear(), q("1.3")) == Rational(120));  // 130 capped at 120
    CHECK(ruleScore(linear(), q("-0.2")) == Rational(0));   // −20 floored at 0
    CHECK(ruleScore(linear("40", "150"), q("0.3")) == Rational(40));
    CHECK(ruleScore(linear("40", "150"), q("1.4")) == Rational(140));
    CHECK(ruleScore(linear(), q("0.123456")) == q("12.3456"));
}

TEST_CASE("threshold rule: 0 below t, linear from t on")
{
    ScoringRule r = linear("0", "150");
    r.type = ScoringRuleType::Threshold;
    r.threshold = q("0.5");
    CHECK(ruleScore(r, q("0.4999")) == Rational(0));
    CHECK(ruleScore(r, q("0.5")) == Rational(50)); // exactly at t: linear, 100 × 0.5
    CHECK(ruleScore(r, q("0.8")) == Rational(80));
    CHECK(ruleScore(r, q("1.6")) == Rational(150)); // 160 capped at 150
    r.floor = Rational(60);
    CHECK(ruleScore(r, q("0.5")) == Rational(60)); // clamp(50, 60, 150)
    CHECK(ruleScore(r, q("0.49")) == Rational(0)); // below t the floor does not apply
}

TEST_CASE("bands rule: the highest matching band wins")
{
    ScoringRule r;
    r.type = ScoringRuleType::Bands;
    r.bands = {{q("1.0"), Rational(100)}, {q("0.9"), Rational(80)}, {q("0.8"), Rational(60)}, {q("0"), Rational(0)}};
    CHECK(ruleScore(r, q("0.95")) == Rational(80));
    CHECK(ruleScore(r, q("0.9")) == Rational(80)); // at a band's minimum
    CHECK(ruleScore(r, q("0.8999")) == Rational(60));
    CHECK(ruleScore(r, q("1.2")) == Rational(100));
    CHECK(ruleScore(r, q("0.5")) == Rational(0));
    // Listed out of order: still the band with the highest minimum ≤ a.
    r.bands = {{q("0"), Rational(10)}, {q("1.0"), Rational(100)}, {q("0.9"), Rational(80)}};
    CHECK(ruleScore(r, q("1.0")) == Rational(100));
    CHECK(ruleScore(r, q("0.3")) == Rational(10));
    // Below every band: 0.
    r.bands = {{q("0.8"), Rational(60)}};
    CHECK(ruleScore(r, q("0.7")) == Rational(0));
}

TEST_CASE("direct and anchored rules")
{
    ScoringRule direct;
    direct.type = ScoringRuleType::Direct;
    CHECK(ruleScore(direct, q("87.5")) == q("87.5"));
    ScoringRule anchored;
    anchored.type = ScoringRuleType::Anchored;
    CHECK(ruleScore(anchored, Rational(4)) == Rational(80)); // 20 × 4
    CHECK(ruleScore(anchored, Rational(5)) == Rational(100));
    CHECK(ruleScore(anchored, Rational(1)) == Rational(20));

    // As items: no target needed, no attainment.
    KpiTemplateItem i = item("behaviour", 30, anchored);
    i.targetSource = KpiTemplateItem::TargetSource::None;
    ItemScore s = scoreItem(i, KpiUnit::Value, false, Rational(3), std::nullopt);
    CHECK(s.applicable);
    CHECK_FALSE(s.attainment);
    CHECK(*s.score == Rational(60));
    // No manual value: not applicable.
    CHECK_FALSE(scoreItem(i, KpiUnit::Value, false, std::nullopt, std::nullopt).applicable);
}

TEST_CASE("item attainment, lower is better and not applicable")
{
    KpiTemplateItem rev = item("revenue", 50, linear());
    // actual 90,000.00 over target 100,000.00 (cents) → a = 0.9 → 90.
    ItemScore s = scoreItem(rev, KpiUnit::Money, false, Rational(9000000), Rational(10000000));
    CHECK(s.applicable);
    CHECK(*s.attainment == q("0.9"));
    CHECK(*s.score == Rational(90));

    CHECK(scoreItem(rev, KpiUnit::Money, false, std::nullopt, Rational(1)).reason == NotApplicableReason::NoActual);
    CHECK(scoreItem(rev, KpiUnit::Money, false, Rational(5), std::nullopt).reason == NotApplicableReason::NoTarget);
    CHECK(scoreItem(rev, KpiUnit::Money, false, Rational(5), Rational(0)).reason == NotApplicableReason::ZeroTarget);
    // A zero actual with a target is applicable (a = 0 → 0).
    ItemScore zero = scoreItem(rev, KpiUnit::Money, false, Rational(0), Rational(100));
    CHECK(zero.applicable);
    CHECK(*zero.score == Rational(0));

    // Lower is better: target 2 complaints, actual 4 → a = 2/4 = 0.5 → 50; actual 1 → a = 2 → 200 capped 120.
    KpiTemplateItem complaints = item("complaints", 20, linear());
    ItemScore lb = scoreItem(complaints, KpiUnit::Value, true, Rational(4), Rational(2));
    CHECK(*lb.attainment == q("0.5"));
    CHECK(*lb.score == Rational(50));
    CHECK(*scoreItem(complaints, KpiUnit::Value, true, Rational(1), Rational(2)).score == Rational(120));
    ItemScore lb0 = scoreItem(complaints, KpiUnit::Value, true, Rational(0), Rational(2));
    CHECK_FALSE(lb0.applicable);
    CHECK(lb0.reason == NotApplicableReason::ZeroActualLowerIsBetter);
}

TEST_CASE("total: not applicable items are left out and the rest rescaled")
{
    // Weights 50 (score 100), 30 (score 80), 20 n/a: (5000 + 2400)/80 = 92.5 → 92.50, grade B.
    ScoreTotal t = totalOf({scored(50, Rational(100)), scored(30, Rational(80)), notApplicable(20)},
                           WorkspaceSettings{}.grades);
    CHECK(t.applicableWeight == Rational(80));
    CHECK(*t.exact == q("92.5"));
    CHECK(*t.rounded == q("92.5"));
    CHECK(*t.grade == "B");
    // Nothing applicable: no total, no grade.
    ScoreTotal none = totalOf({notApplicable(100)}, WorkspaceSettings{}.grades);
    CHECK_FALSE(none.exact);
    CHECK_FALSE(none.grade);
}

TEST_CASE("total is rounded once from the exact scores")
{
    // Scores 80.0051 (a = 0.800051) and 90.0040 (a = 0.90004), weights 40/40, plus 20 n/a.
    // Exact: (40·80.0051 + 40·90.0040)/80 = 85.00455 → 85.00.
    // (From the 2-decimal scores 80.01 and 90.00 it would be 85.005 → 85.01: wrong.)
    KpiTemplateItem a = item("x", 40, linear());
    ItemScore s1 = scoreItem(a, KpiUnit::Ratio, false, q("0.800051"), Rational(1));
    ItemScore s2 = scoreItem(a, KpiUnit::Ratio, false, q("0.90004"), Rational(1));
    CHECK(s1.score->toFixed(2) == "80.01");
    CHECK(s2.score->toFixed(2) == "90.00");
    ScoreTotal t = totalOf({s1, s2, notApplicable(20)}, WorkspaceSettings{}.grades);
    CHECK(*t.exact == q("85.00455"));
    CHECK(*t.rounded == q("85.00"));
    // Half away from zero: 76.125 → 76.13.
    ScoreTotal h = totalOf({scored(100, q("76.125"))}, WorkspaceSettings{}.grades);
    CHECK(*h.rounded == q("76.13"));
}

TEST_CASE("grade from the rounded total")
{
    auto g = WorkspaceSettings{}.grades;
    CHECK(*gradeFor(q("110"), g) == "S");
    CHECK(*gradeFor(q("109.99"), g) == "A");
    CHECK(*gradeFor(q("95.00"), g) == "A");
    CHECK(*gradeFor(q("94.99"), g) == "B");
    CHECK(*gradeFor(q("80"), g) == "B");
    CHECK(*gradeFor(q("79.99"), g) == "C");
    CHECK(*gradeFor(q("60"), g) == "C");
    CHECK(*gradeFor(q("59.99"), g) == "D");
    CHECK(*gradeFor(q("0"), g) == "D");
    CHECK(*gradeFor(q("-5"), g) == "D"); // below every band: the lowest
    // Exact total 94.995 rounds to 95.00, which is A.
    ScoreTotal t = totalOf({scored(100, q("94.995"))}, g);
    CHECK(*t.rounded == q("95"));
    CHECK(*t.grade == "A");
}

TEST_CASE("360-degree score")
{
    auto review = [](const char* kind, long long score) {
        Review r;
        r.subjectRepId = "r1";
        r.period = "2026Q3";
        r.reviewerKind = kind;
        r.score = Rational(score);
        return r;
    };
    std::vector<Review> rs{review("supervisor", 80), review("supervisor", 90), review("peer", 70), review("self", 100)};
    std::vector<const Review*> ptrs;
    for (const auto& r : rs)
        ptrs.push_back(&r);
    auto weights = WorkspaceSettings{}.reviewWeights;
    // Customer missing: supervisor mean 85, peer 70, self 100, weights 50/20/10 rescaled over 80:
    // (50·85 + 20·70 + 10·100)/80 = (4250 + 1400 + 1000)/80 = 6650/80 = 83.125.
    Review360Result r = review360(ptrs, weights);
    REQUIRE(r.score);
    CHECK(*r.score == q("83.125"));
    CHECK(r.kinds.size() == 3);
    // With a customer score of 60: (4250 + 1400 + 20·60 + 1000)/100 = 7850/100 = 78.5.
    rs.push_back(review("customer", 60));
    ptrs.push_back(&rs.back());
    ptrs.clear();
    for (const auto& x : rs)
        ptrs.push_back(&x);
    CHECK(*review360(ptrs, weights).score == q("78.5"));
    // Nobody reviewed: not available.
    CHECK_FALSE(review360({}, weights).score);
    // Only the subject's reviews of exactly that period.
    CHECK(reviewsFor(rs, "r1", "2026Q3").size() == 5);
    CHECK(reviewsFor(rs, "r1", "2026Q2").empty());
}

TEST_CASE("grade distribution check per team")
{
    WorkspaceSettings s; // at most 10% S, 30% S+A
    // 10 graded: 1 S, 2 A → S 1/10 = 0.1 ≤ 0.1, S+A 3/10 = 0.3 ≤ 0.3: passes at the limit.
    DistributionCheck ok = checkDistribution({"S", "A", "A", "B", "B", "B", "B", "C", "C", "D"}, s);
    CHECK(ok.graded == 10);
    CHECK(ok.countS == 1);
    CHECK(ok.countSA == 3);
    CHECK(*ok.shareS == q("0.1"));
    CHECK(ok.allowedS == 1);
    CHECK(ok.allowedSA == 3);
    CHECK(ok.passes());
    // 10 graded: 2 S, 2 A → 0.2 > 0.1 and 0.4 > 0.3.
    DistributionCheck bad = checkDistribution({"S", "S", "A", "A", "B", "B", "B", "C", "C", "D"}, s);
    CHECK_FALSE(bad.passesS);
    CHECK_FALSE(bad.passesSA);
    CHECK_FALSE(bad.passes());
    // Small team of 5 with one S: 1/5 = 0.2 > 0.1 (allowed floor(0.5) = 0) fails; S+A 1/5 ≤ 0.3 passes.
    DistributionCheck small = checkDistribution({"S", "B", "B", "C", "C"}, s);
    CHECK(small.allowedS == 0);
    CHECK(small.allowedSA == 1);
    CHECK_FALSE(small.passesS);
    CHECK(small.passesSA);
    // Nobody graded: passes, no shares.
    DistributionCheck empty = checkDistribution({}, s);
    CHECK(empty.passes());
    CHECK_FALSE(empty.shareS);
}
