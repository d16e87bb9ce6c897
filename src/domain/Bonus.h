#pragma once

// Bonus (达标奖) and grade bonus (绩效奖金) of SPEC §7 as pure functions.

#include "domain/IncentiveStatement.h"

#include <optional>
#include <string_view>

namespace sd {

// Pays the amount of the highest step with attainment ≤ a = A/T (0 when none). No target or a
// non-positive target makes it an error naming the metric and the period label.
ComponentResult computeBonus(const PlanComponent& c, std::int64_t actual, std::optional<std::int64_t> target,
                             std::string_view periodLabel);

// base × coefficient(grade), rounded once; provisional until the appraisal is signed off.
// No grade, or a grade without a coefficient, makes it an error.
ComponentResult computeGradeBonus(const PlanComponent& c, const std::optional<AppraisalGrade>& grade,
                                  std::string_view periodLabel);

} // namespace sd
