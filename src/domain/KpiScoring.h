#pragma once

// Scoring of SPEC §6: attainment, the scoring rules, an item's applicability, the weighted total
// rounded once, the grade bands and the per-team grade distribution check. Pure functions over
// exact values; docs/kpi.md has the decisions.

#include "domain/Kpi.h"
#include "domain/Rational.h"
#include "domain/Settings.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sd {

// Why an item is left out of the total.
enum class NotApplicableReason { None, NoActual, NoTarget, ZeroTarget, ZeroActualLowerIsBetter };
std::string_view toCode(NotApplicableReason r);

// The score a rule gives to x: the attainment for linear/threshold/bands, the value itself for
// direct, the level (1–5) for anchored (20 × level). Exact.
//  linear: clamp(100·x, floor, cap); threshold: 0 when x < t, else linear;
//  bands: the score of the band with the highest minimum ≤ x (0 when x is below every band).
Rational ruleScore(const ScoringRule& rule, const Rational& x);
// Whether the rule scores an attainment (and so needs a target).
bool ruleNeedsTarget(ScoringRuleType t);

// One template item evaluated for a rep and period. Values are in the KPI's unit (money in cents).
struct ItemScore
{
    std::string kpi;
    Rational weight;
    Perspective perspective = Perspective::Financial;
    ScoringRuleType ruleType = ScoringRuleType::Linear;
    KpiUnit unit = KpiUnit::Value;
    bool lowerIsBetter = false;
    std::optional<Rational> actual;
    std::optional<Rational> target;
    std::optional<Rational> attainment; // actual/target (target/actual when lower is better)
    std::optional<Rational> score;      // exact; nullopt when not applicable
    bool applicable = false;
    NotApplicableReason reason = NotApplicableReason::None;
};

// Scores one item from its actual and target (nullopt = not available).
ItemScore scoreItem(const KpiTemplateItem& item, KpiUnit unit, bool lowerIsBetter, std::optional<Rational> actual,
                    std::optional<Rational> target);

// The total of a rep's items: Σ weight × exact score / Σ applicable weight, rounded once to 2
// decimals; the grade comes from the rounded total. Nothing applicable: no total, no grade.
struct ScoreTotal
{
    Rational applicableWeight;
    std::optional<Rational> exact;
    std::optional<Rational> rounded; // exact rounded half away from zero to 2 decimals
    std::optional<std::string> grade;
};

ScoreTotal totalOf(const std::vector<ItemScore>& items, const std::vector<std::pair<std::string, Rational>>& grades);

// The grade band of a (rounded) total: the band with the highest minimum ≤ total; the lowest
// band when the total is below every minimum; nullopt without bands.
std::optional<std::string> gradeFor(const Rational& total, const std::vector<std::pair<std::string, Rational>>& grades);

// The grade bands best first (descending minimum; ties keep their order).
std::vector<std::pair<std::string, Rational>> sortedGrades(const std::vector<std::pair<std::string, Rational>>& grades);

// The distribution rule of a team: at most maxShareS of its graded reps in the top grade and at
// most maxShareSA in the top two. Checked on exact shares (count ≤ share × graded), which for
// whole counts is the same as count ≤ floor(share × graded).
struct DistributionCheck
{
    std::string unitId;
    std::string unitName;
    std::string topGrade;    // "S"
    std::string secondGrade; // "A"
    std::size_t graded = 0;  // reps of the team with a grade
    std::size_t countS = 0;
    std::size_t countSA = 0;
    std::optional<Rational> shareS;  // countS / graded; nullopt when nobody is graded
    std::optional<Rational> shareSA;
    std::size_t allowedS = 0;  // floor(maxShareS × graded)
    std::size_t allowedSA = 0; // floor(maxShareSA × graded)
    bool passesS = true;
    bool passesSA = true;
    bool passes() const { return passesS && passesSA; }
};

DistributionCheck checkDistribution(const std::vector<std::string>& grades, const WorkspaceSettings& settings);

} // namespace sd
