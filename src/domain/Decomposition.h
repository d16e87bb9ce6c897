#pragma once

// Pure building blocks of the org-tree decomposition of SPEC §3: method codes, history and
// capacity weights, the over-assignment factor and the exact split of a target over children.

#include "domain/Model.h"
#include "domain/Rational.h"
#include "domain/Settings.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

// How a parent target is shared among its org children (SPEC §3 "across the org tree").
enum class OrgMethod
{
    Equal,
    Weights,
    History,
    Capacity
};

std::string_view toCode(OrgMethod m);
std::optional<OrgMethod> orgMethodFromCode(std::string_view code);

// Weights from last year's actuals: a negative actual counts as 0; when every weight is 0 the
// weights become all 1 (an equal split) and fellBackToEqual says so.
struct HistoryWeights
{
    std::vector<Rational> weights;
    bool fellBackToEqual = false;
};
HistoryWeights historyWeights(std::span<const std::int64_t> actuals);

// Whole months of tenure from the hire date to `on` (0 or negative when hired on or after it).
int tenureMonths(Date hireDate, Date on);
// The ramp factor for whole months of tenure (settings' table; 1 past the last entry).
Rational rampFactor(int months, const CapacitySettings& capacity);
// level_factor × ramp_factor of one rep at the period's first day.
Rational repCapacity(const Rep& rep, Date periodFirst, const CapacitySettings& capacity);

// round-half-away-from-zero(amount × factor); the factor must be positive.
std::int64_t overAssigned(std::int64_t amount, const Rational& factor);

// Splits a non-negative target by non-negative weights with SPEC §2 (parts in the order given).
// `what` names the split in error messages ("the children of unit:C1"). Throws DomainError on a
// negative amount, a negative weight, no parts or all-zero weights.
std::vector<std::int64_t> splitTarget(std::int64_t amount, std::span<const Rational> weights, const std::string& what);

} // namespace sd
