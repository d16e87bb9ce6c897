#include "domain/IncentivePlans.h"

#include "domain/Error.h"

#include <string>

namespace sd {

const IncentivePlan* selectPlan(const std::vector<IncentivePlan>& plans, Role role, Level level, PeriodKind kind,
                                Date firstDay)
{
    const IncentivePlan* best = nullptr;
    auto better = [](const IncentivePlan& p, const IncentivePlan& q) {
        if (p.level.has_value() != q.level.has_value())
            return p.level.has_value();
        if (p.effectiveFrom.has_value() != q.effectiveFrom.has_value())
            return p.effectiveFrom.has_value();
        return p.effectiveFrom && *p.effectiveFrom > *q.effectiveFrom;
    };
    for (const IncentivePlan& p : plans) {
        if (p.period != kind || p.role != role || (p.level && *p.level != level))
            continue;
        if (p.effectiveFrom && *p.effectiveFrom > firstDay)
            continue;
        if (!best || better(p, *best))
            best = &p;
    }
    return best;
}

bool isContestMetric(const WorkspaceSettings& settings, const std::string& code)
{
    if (metricFromCode(code) || code == "visits")
        return true;
    for (const KpiDef& k : settings.kpis)
        if (k.code == code && k.source == "manual")
            return true;
    return false;
}

namespace {

std::string componentName(PlanComponent::Type t)
{
    switch (t) {
    case PlanComponent::Type::Commission:
        return "commission";
    case PlanComponent::Type::Bonus:
        return "bonus";
    case PlanComponent::Type::GradeBonus:
        return "grade_bonus";
    case PlanComponent::Type::Contest:
        return "contest";
    }
    return "component";
}

void checkCommission(const PlanComponent& c, const std::string& where)
{
    if (c.base == Metric::NewCustomers)
        throw DomainError(where + ": base must be revenue, gross_profit or collections, not new_customers");
    if (c.tiers.empty())
        throw DomainError(where + ": a commission needs at least one tier");
    if (!c.tiers.front().first.isZero())
        throw DomainError(where + ": the first tier must start at attainment 0, not " + c.tiers.front().first.toString());
    for (size_t i = 0; i < c.tiers.size(); ++i) {
        const auto& [from, rate] = c.tiers[i];
        if (i > 0 && !(from > c.tiers[i - 1].first))
            throw DomainError(where + ": tiers must be in ascending order of attainment (" + from.toString() +
                              " after " + c.tiers[i - 1].first.toString() + ")");
        if (rate.isNegative() || rate > Rational(1))
            throw DomainError(where + ": a tier rate must be between 0 and 1 (100%), not " + rate.toString());
    }
    if (c.threshold && c.threshold->isNegative())
        throw DomainError(where + ": the threshold cannot be negative");
    if (c.cap && c.cap->isNegative())
        throw DomainError(where + ": the cap cannot be negative");
    for (const auto& [category, factor] : c.categoryMultipliers)
        if (factor.isNegative())
            throw DomainError(where + ": the multiplier of category " + category + " cannot be negative");
}

void checkComponent(const WorkspaceSettings& settings, const IncentivePlan& plan, const PlanComponent& c,
                    const std::string& where)
{
    switch (c.type) {
    case PlanComponent::Type::Commission:
        checkCommission(c, where);
        break;
    case PlanComponent::Type::Bonus:
        if (!metricFromCode(c.metric))
            throw DomainError(where + ": unknown bonus metric " + c.metric +
                              " (use revenue, gross_profit, collections or new_customers: a metric with targets)");
        if (c.steps.empty())
            throw DomainError(where + ": a bonus needs at least one step");
        for (size_t i = 0; i < c.steps.size(); ++i) {
            if (i > 0 && !(c.steps[i].first > c.steps[i - 1].first))
                throw DomainError(where + ": bonus steps must be in ascending order of attainment (" +
                                  c.steps[i].first.toString() + " after " + c.steps[i - 1].first.toString() + ")");
            if (c.steps[i].first.isNegative() || c.steps[i].second.isNegative())
                throw DomainError(where + ": a bonus step cannot have a negative attainment or amount");
        }
        break;
    case PlanComponent::Type::GradeBonus:
        if (plan.period != PeriodKind::Quarter)
            throw DomainError(where + ": a grade bonus belongs to a quarter plan (grades are quarterly)");
        if (c.gradeBase.isNegative())
            throw DomainError(where + ": the grade bonus base cannot be negative");
        for (const auto& [grade, coefficient] : c.coefficients)
            if (coefficient.isNegative())
                throw DomainError(where + ": the coefficient of grade " + grade + " cannot be negative");
        break;
    case PlanComponent::Type::Contest:
        if (!isContestMetric(settings, c.metric))
            throw DomainError(where + ": unknown contest metric " + c.metric);
        if (c.prizes.empty())
            throw DomainError(where + ": a contest needs at least one prize");
        for (const Prize& p : c.prizes) {
            if (p.money && p.money->isNegative())
                throw DomainError(where + ": a prize cannot be negative");
            if (!p.money && p.title.empty())
                throw DomainError(where + ": a prize is neither an amount nor a title");
        }
        break;
    }
}

} // namespace

void validatePlans(const WorkspaceSettings& settings)
{
    const auto& plans = settings.incentivePlans;
    for (size_t i = 0; i < plans.size(); ++i) {
        const IncentivePlan& plan = plans[i];
        const std::string name = "incentive plan \"" + plan.code + "\"";
        if (plan.period != PeriodKind::Month && plan.period != PeriodKind::Quarter)
            throw DomainError(name + ": the period must be month or quarter");
        for (size_t k = 0; k < plan.components.size(); ++k) {
            const PlanComponent& c = plan.components[k];
            checkComponent(settings, plan, c,
                           name + ", component " + std::to_string(k + 1) + " (" + componentName(c.type) + ")");
        }
        for (size_t j = 0; j < i; ++j) {
            const IncentivePlan& other = plans[j];
            if (other.role == plan.role && other.level == plan.level && other.period == plan.period &&
                other.effectiveFrom == plan.effectiveFrom)
                throw DomainError(name + " and incentive plan \"" + other.code +
                                  "\" apply to the same role, level and period kind from the same day");
        }
    }
}

} // namespace sd
