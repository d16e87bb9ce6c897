#pragma once

// The commission arithmetic of SPEC §7 as pure functions over a plan component, a target and
// the statement lines, so it can be checked by hand without a dataset.

#include "domain/IncentiveStatement.h"

#include <optional>
#include <string_view>
#include <vector>

namespace sd {

// 0-based index of the tier containing attainment a (from_k ≤ a < from_{k+1}); -1 below the first.
int tierContaining(const std::vector<std::pair<Rational, Rational>>& tiers, const Rational& a);

// C0 of SPEC §7 in cents (exact), for A and T in cents; fills the marginal slices when asked.
Rational commissionBeforeCap(const PlanComponent& c, const Rational& actualCents, const Rational& targetCents,
                             std::vector<TierSlice>* slices = nullptr);

// A commission component for lines whose amounts and multipliers are set (A = Σ amounts).
// No target or a non-positive target makes it an error (naming the metric and period label).
// The amount is C = min(cap, e × Σ amount × multiplier) rounded once; the lines share it by §2 with
// weights amount × multiplier in the lines' order (the caller sorts them by id).
ComponentResult computeCommission(const PlanComponent& c, std::optional<std::int64_t> targetCents,
                                  std::vector<IncentiveLine> lines, std::string_view periodLabel);

// The next point where a commission pays more: the threshold when it is not met, else the next tier.
struct NextMilestone
{
    bool isThreshold = false;
    int tier = 0;          // 1-based tier reached at that point (the one containing the threshold, or the next)
    Rational attainment;   // the threshold or the tier's from
    std::int64_t neededCents = 0; // more of the base metric needed to get there, rounded up to the cent
};
std::optional<NextMilestone> nextMilestone(const PlanComponent& c, std::int64_t actualCents, std::int64_t targetCents);

} // namespace sd
