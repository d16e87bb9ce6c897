#pragma once

// Pure building blocks of the time and segment decomposition of SPEC §3: a year or quarter into
// its fiscal months, a month into its working days, a week from its days, a month into the
// existing/new customer segments.

#include "domain/Period.h"
#include "domain/Rational.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

// How a child's share of a year/quarter is spread over its months.
enum class SeasonalityMethod
{
    Equal,
    History,
    Weights
};

// Splits a non-negative amount over the months of a period (in date order) by weights, one per
// month; an empty weight list means equal. Throws DomainError when the count is not the number
// of months, a weight is negative or all are zero. `what` names the split in messages.
std::vector<std::int64_t> splitIntoMonths(std::int64_t amount, std::size_t monthCount,
                                          std::span<const Rational> weights, const std::string& what);

// One working day's share of a month target.
struct DayShare
{
    Date date;
    std::int64_t amount = 0;
};

// A month's target over its working days (Monday–Friday), equal shares by SPEC §2 in date order.
std::vector<DayShare> splitMonthIntoDays(const Period& month, std::int64_t amount);

// A week's target: the sum of its days' shares, taken from each month the week touches.
// monthTarget gives a month's target (nullopt: that month has none and contributes nothing);
// the result is nullopt when none of the week's months has a target.
std::optional<std::int64_t> weekTarget(const Period& week,
                                       const std::function<std::optional<std::int64_t>(const Period&)>& monthTarget);

// A month's target split into the existing and new customer segments by the existing share
// (SPEC §2 with weights share, 1 − share; existing first). The share must be within [0, 1].
struct SegmentAmounts
{
    std::int64_t existing = 0;
    std::int64_t fresh = 0; // the `new` segment
};
SegmentAmounts splitSegments(std::int64_t amount, const Rational& existingShare);

// The default existing share when neither the user nor the history gives one (70/30).
Rational defaultExistingShare();

// The existing share from last year's history: existing ÷ total as an exact fraction clamped
// to [0, 1]; nullopt (no history) when the total is zero or negative.
std::optional<Rational> historyExistingShare(std::int64_t existingActual, std::int64_t totalActual);

} // namespace sd
