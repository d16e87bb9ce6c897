#pragma once

// Choosing and checking incentive plans (SPEC §7).

#include "domain/Settings.h"

#include <vector>

namespace sd {

// The plan that pays a rep of this role and level for a period of this kind starting on
// `firstDay`: among the plans in force on that day (no effective_from, or effective_from ≤ firstDay),
// a level-specific plan wins over one for the whole role, then the latest effective_from.
// nullptr when none applies.
const IncentivePlan* selectPlan(const std::vector<IncentivePlan>& plans, Role role, Level level, PeriodKind kind,
                                Date firstDay);

// Throws DomainError naming the plan and component when a plan cannot be computed: tiers not
// starting at 0 or not ascending, a rate outside 0…100%, a negative threshold, cap or multiplier,
// bonus steps not ascending, a contest without prizes, an unknown base or metric, a grade bonus in
// a month plan, or two plans that would apply to the same reps from the same day.
void validatePlans(const WorkspaceSettings& settings);

// Metric codes a contest can rank by: the four target metrics, `visits`, and manual KPI codes.
bool isContestMetric(const WorkspaceSettings& settings, const std::string& code);

} // namespace sd
