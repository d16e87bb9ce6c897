#pragma once

// Week targets of many weeks at once (SPEC §3: a week's target is the sum of its working days' shares of its months'
// targets): the same figures as weekTarget() week by week, but each month is split into its days once, so a grid of
// 2,000 reps × 53 weeks costs 24,000 month splits instead of 200,000.

#include "domain/Period.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace sd {

// `weeks` in any order; `months` the months that may have a target with their amounts (nullopt: no target). A week
// none of whose months is among them with a target has no target (nullopt), as in weekTarget().
std::vector<std::optional<std::int64_t>> weekTargets(std::span<const Period> weeks, std::span<const Period> months,
                                                     std::span<const std::optional<std::int64_t>> monthAmounts);

} // namespace sd
