#include "domain/Decomposition.h"

#include "domain/Error.h"
#include "domain/Split.h"

namespace sd {

std::string_view toCode(OrgMethod m)
{
    switch (m) {
    case OrgMethod::Equal:
        return "equal";
    case OrgMethod::Weights:
        return "weights";
    case OrgMethod::History:
        return "history";
    case OrgMethod::Capacity:
        return "capacity";
    }
    return "equal";
}

std::optional<OrgMethod> orgMethodFromCode(std::string_view code)
{
    for (OrgMethod m : { OrgMethod::Equal, OrgMethod::Weights, OrgMethod::History, OrgMethod::Capacity })
        if (toCode(m) == code)
            return m;
    return std::nullopt;
}

HistoryWeights historyWeights(std::span<const std::int64_t> actuals)
{
    HistoryWeights out;
    bool anyPositive = false;
    for (std::int64_t a : actuals) {
        out.weights.push_back(Rational(a > 0 ? a : 0));
        anyPositive = anyPositive || a > 0;
    }
    if (!anyPositive) {
        out.weights.assign(actuals.size(), Rational(1));
        out.fellBackToEqual = true;
    }
    return out;
}

int tenureMonths(Date hireDate, Date on)
{
    int months = (on.year() - hireDate.year()) * 12 + (on.month() - hireDate.month());
    if (on.day() < hireDate.day())
        --months;
    return months;
}

Rational rampFactor(int months, const CapacitySettings& capacity)
{
    for (const auto& [below, factor] : capacity.ramp)
        if (months < below)
            return factor;
    return Rational(1);
}

Rational repCapacity(const Rep& rep, Date periodFirst, const CapacitySettings& capacity)
{
    auto it = capacity.levelFactor.find(rep.level);
    Rational level = it == capacity.levelFactor.end() ? Rational(1) : it->second;
    return level * rampFactor(tenureMonths(rep.hireDate, periodFirst), capacity);
}

std::int64_t overAssigned(std::int64_t amount, const Rational& factor)
{
    if (!factor.isPositive())
        throw DomainError("the over-assignment factor must be positive, not " + factor.toString());
    i128 v = (Rational(amount) * factor).roundHalfAwayFromZero();
    if (v > INT64_MAX || v < INT64_MIN)
        throw DomainError("the over-assigned target is too large");
    return static_cast<std::int64_t>(v);
}

std::vector<std::int64_t> splitTarget(std::int64_t amount, std::span<const Rational> weights, const std::string& what)
{
    if (amount < 0)
        throw DomainError("a target to decompose must not be negative (" + what + ")");
    if (weights.empty())
        throw DomainError("nothing to split " + what + " over");
    bool anyPositive = false;
    for (const Rational& w : weights) {
        if (w.isNegative())
            throw DomainError("a weight must not be negative (" + what + ": " + w.toString() + ")");
        anyPositive = anyPositive || w.isPositive();
    }
    if (!anyPositive)
        throw DomainError("all weights are zero for " + what + ": nothing to split by");
    return exactSplit(amount, weights);
}

} // namespace sd
