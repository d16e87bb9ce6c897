#include "domain/Commission.h"

#include "domain/Error.h"
#include "domain/Model.h"
#include "domain/Split.h"

#include <string>

namespace sd {

std::string_view toCode(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Commission:
        return "commission";
    case ComponentKind::Clawback:
        return "clawback";
    case ComponentKind::Bonus:
        return "bonus";
    case ComponentKind::GradeBonus:
        return "grade_bonus";
    case ComponentKind::Contest:
        return "contest";
    }
    return "commission";
}

int tierContaining(const std::vector<std::pair<Rational, Rational>>& tiers, const Rational& a)
{
    int k = -1;
    for (size_t i = 0; i < tiers.size(); ++i)
        if (tiers[i].first <= a)
            k = static_cast<int>(i);
    return k;
}

Rational commissionBeforeCap(const PlanComponent& c, const Rational& actualCents, const Rational& targetCents,
                             std::vector<TierSlice>* slices)
{
    const auto& tiers = c.tiers;
    if (c.mode == CommissionMode::Retroactive) {
        const int k = tierContaining(tiers, actualCents / targetCents);
        return k < 0 ? Rational(0) : tiers[static_cast<size_t>(k)].second * actualCents;
    }
    Rational total;
    for (size_t k = 0; k < tiers.size(); ++k) {
        const Rational lower = tiers[k].first * targetCents;
        Rational upper = actualCents;
        if (k + 1 < tiers.size())
            upper = min(actualCents, tiers[k + 1].first * targetCents);
        const Rational base = max(Rational(0), upper - lower);
        const Rational earned = tiers[k].second * base;
        total += earned;
        if (slices)
            slices->push_back({tiers[k].first, tiers[k].second, base, earned});
    }
    return total;
}

namespace {

std::string targetError(const PlanComponent& c, std::optional<std::int64_t> targetCents, std::string_view periodLabel)
{
    const std::string metric(toCode(c.base));
    if (!targetCents)
        return "no " + metric + " target for " + std::string(periodLabel);
    if (*targetCents == 0)
        return "the " + metric + " target for " + std::string(periodLabel) + " is zero";
    if (*targetCents < 0)
        return "the " + metric + " target for " + std::string(periodLabel) + " is negative";
    return {};
}

} // namespace

ComponentResult computeCommission(const PlanComponent& c, std::optional<std::int64_t> targetCents,
                                  std::vector<IncentiveLine> lines, std::string_view periodLabel)
{
    ComponentResult r;
    r.kind = ComponentKind::Commission;
    r.metric = std::string(toCode(c.base));
    r.mode = c.mode;
    r.threshold = c.threshold;
    r.cap = c.cap;
    r.target = targetCents;

    std::int64_t actual = 0;
    Rational weighted;
    std::vector<Rational> weights;
    for (const IncentiveLine& l : lines) {
        actual += l.amountCents;
        weights.push_back(Rational(l.amountCents) * l.multiplier);
        weighted += weights.back();
    }
    r.actual = actual;
    r.weightedBaseCents = weighted;
    r.lines = std::move(lines);

    r.error = targetError(c, targetCents, periodLabel);
    if (!r.error.empty())
        return r;

    const Rational A(actual);
    const Rational T(*targetCents);
    const Rational a = A / T;
    r.attainment = a;
    const int k = tierContaining(c.tiers, a);
    r.tier = k + 1;
    if (k >= 0)
        r.rate = c.tiers[static_cast<size_t>(k)].second;
    r.thresholdMet = !c.threshold || a >= *c.threshold;

    Rational exactC;
    if (actual > 0) {
        const Rational c0 = commissionBeforeCap(c, A, T, c.mode == CommissionMode::Marginal ? &r.slices : nullptr);
        const Rational e = c0 / A;
        r.effectiveRate = e;
        if (r.thresholdMet) {
            exactC = e * weighted;
            r.uncappedCents = exactC;
            if (c.cap && exactC > c.cap->exactCents()) {
                exactC = c.cap->exactCents();
                r.capApplied = true;
            }
        }
    }
    const std::int64_t C = Money::fromExactCents(exactC).cents();
    r.amountCents = C;

    if (!r.lines.empty()) {
        if (weighted.isZero()) {
            if (C != 0)
                throw DomainError("commission lines weigh nothing but the commission is not zero");
        } else {
            const auto shares = exactSplit(C, weights);
            for (size_t i = 0; i < r.lines.size(); ++i)
                r.lines[i].shareCents = shares[i];
        }
    }
    return r;
}

std::optional<NextMilestone> nextMilestone(const PlanComponent& c, std::int64_t actualCents, std::int64_t targetCents)
{
    if (targetCents <= 0 || c.tiers.empty())
        return std::nullopt;
    const Rational A(actualCents);
    const Rational T(targetCents);
    const Rational a = A / T;
    NextMilestone m;
    if (c.threshold && a < *c.threshold) {
        m.isThreshold = true;
        m.attainment = *c.threshold;
        m.tier = tierContaining(c.tiers, *c.threshold) + 1;
    } else {
        const int k = tierContaining(c.tiers, a);
        if (k + 1 >= static_cast<int>(c.tiers.size()))
            return std::nullopt;
        m.tier = k + 2;
        m.attainment = c.tiers[static_cast<size_t>(k + 1)].first;
    }
    const Rational needed = m.attainment * T - A;
    const i128 ceil = -((-needed).floor());
    m.neededCents = static_cast<std::int64_t>(ceil < 0 ? 0 : ceil);
    return m;
}

} // namespace sd
