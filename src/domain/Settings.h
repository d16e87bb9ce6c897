#pragma once

// Workspace settings: everything the workspace JSON of INTERCHANGE.md holds.
// Defaults are SPEC.md's. Passed to the engines as arguments (no global config).

#include "domain/Model.h"
#include "domain/Period.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace sd {

struct StageDef
{
    std::string code;
    std::string name;
    Rational probability; // percent, 0–100
    std::optional<int> stallDays; // per-stage override of WorkspaceSettings::stallDays
    std::vector<std::string> exitCriteria; // checklist to leave the stage (key-node management)
};

struct CapacitySettings
{
    std::map<Level, Rational> levelFactor{
        {Level::Junior, Rational(6, 10)}, {Level::Mid, Rational(1)}, {Level::Senior, Rational(13, 10)}};
    // (months of tenure strictly below, factor); tenure past the last entry: 1.
    std::vector<std::pair<int, Rational>> ramp{{3, Rational(1, 4)}, {6, Rational(1, 2)}, {12, Rational(3, 4)}};
};

// Whether a KPI measures an outcome (revenue, new customers) or the work leading to it (visits, pipeline created).
enum class KpiKind { Result, Process };

struct KpiDef
{
    std::string code;
    std::string name;
    std::string source = "manual"; // "builtin" or "manual"
    bool lowerIsBetter = false;
    std::string unit;               // how a manual KPI's values read ("%", "h", "分"); display only
    KpiKind kind = KpiKind::Result; // of a manual KPI; a built-in's comes from the catalogue (Kpi.h)
};

enum class ScoringRuleType { Linear, Threshold, Bands, Direct, Anchored };

struct ScoringRule
{
    ScoringRuleType type = ScoringRuleType::Linear;
    Rational floor = Rational(0);
    Rational cap = Rational(120);
    Rational threshold = Rational(0);
    std::vector<std::pair<Rational, Rational>> bands; // (minimum attainment, score)
};

enum class Perspective { Financial, Customer, Process, Learning };

struct KpiTemplateItem
{
    std::string kpi;
    Rational weight;
    Perspective perspective = Perspective::Financial;
    // The item's target: the owner's target for the KPI ("target"), a fixed value, or none (direct/anchored).
    enum class TargetSource { None, OwnerTarget, Fixed } targetSource = TargetSource::None;
    Rational fixedTarget;
    ScoringRule rule;
    // Behaviour anchors of an anchored item (行为锚定): the description of levels 1 to 5, in order; may be empty.
    std::vector<std::string> anchors;
};

struct KpiTemplate
{
    std::string code;
    Role role = Role::Rep;
    std::optional<Level> level;
    std::vector<KpiTemplateItem> items;
};

enum class CommissionMode { Marginal, Retroactive };

struct Prize
{
    std::optional<Money> money; // a money prize, or
    std::string title;          // a non-monetary title (最佳销售员)
};

struct PlanComponent
{
    enum class Type { Commission, Bonus, GradeBonus, Contest } type = Type::Commission;
    // commission
    Metric base = Metric::Revenue; // revenue, gross_profit, collections
    CommissionMode mode = CommissionMode::Marginal;
    std::vector<std::pair<Rational, Rational>> tiers; // (from attainment, rate)
    std::optional<Rational> threshold;
    std::optional<Money> cap;
    std::map<std::string, Rational> categoryMultipliers;
    // bonus / contest
    std::string metric = "revenue"; // a KPI code
    std::vector<std::pair<Rational, Money>> steps; // (attainment, amount)
    std::vector<Prize> prizes;
    // grade_bonus
    Money gradeBase;
    std::map<std::string, Rational> coefficients{
        {"S", Rational(3, 2)}, {"A", Rational(6, 5)}, {"B", Rational(1)}, {"C", Rational(1, 2)}, {"D", Rational(0)}};
};

struct IncentivePlan
{
    std::string code;
    Role role = Role::Rep;
    std::optional<Level> level;
    PeriodKind period = PeriodKind::Month; // Month or Quarter
    std::optional<Date> effectiveFrom;     // a newer version applies from this date on
    std::vector<PlanComponent> components;
};

struct WorkspaceSettings
{
    std::string currency = "CNY";
    int fiscalYearStartMonth = 1;
    int stallDays = 30;
    std::vector<StageDef> stages = defaultStages();
    CapacitySettings capacity;
    std::vector<KpiDef> kpis;
    std::vector<KpiTemplate> kpiTemplates;
    std::map<std::string, Rational> reviewWeights{
        {"supervisor", Rational(50)}, {"peer", Rational(20)}, {"customer", Rational(20)}, {"self", Rational(10)}};
    std::vector<std::pair<std::string, Rational>> grades{
        {"S", Rational(110)}, {"A", Rational(95)}, {"B", Rational(80)}, {"C", Rational(60)}, {"D", Rational(0)}};
    std::vector<IncentivePlan> incentivePlans;
    // Team talent ladder target composition (12421), top performer first.
    std::vector<int> tierComposition{1, 2, 4, 2, 1};
    // Grade distribution rule per team: at most these shares.
    Rational maxShareS = Rational(1, 10);
    Rational maxShareSA = Rational(3, 10);

    FiscalCalendar calendar() const { return FiscalCalendar{fiscalYearStartMonth}; }
    // Index (1-based) of an open stage code; 0 when it is not an open stage.
    int stageIndex(std::string_view code) const;

    static std::vector<StageDef> defaultStages();
};

} // namespace sd
