#include "domain/Seasonality.h"

#include "domain/Error.h"
#include "domain/Split.h"

namespace sd {

std::vector<std::int64_t> splitIntoMonths(std::int64_t amount, std::size_t monthCount,
                                          std::span<const Rational> weights, const std::string& what)
{
    if (amount < 0)
        throw DomainError("a target to decompose must not be negative (" + what + ")");
    if (monthCount == 0)
        throw DomainError("no months to split " + what + " over");
    if (weights.empty())
        return equalSplit(amount, monthCount);
    if (weights.size() != monthCount)
        throw DomainError("seasonality needs " + std::to_string(monthCount) + " weights, one per month, not "
                          + std::to_string(weights.size()) + " (" + what + ")");
    bool anyPositive = false;
    for (const Rational& w : weights) {
        if (w.isNegative())
            throw DomainError("a seasonality weight must not be negative (" + w.toString() + ")");
        anyPositive = anyPositive || w.isPositive();
    }
    if (!anyPositive)
        throw DomainError("all seasonality weights are zero (" + what + "): nothing to split by");
    return exactSplit(amount, weights);
}

std::vector<DayShare> splitMonthIntoDays(const Period& month, std::int64_t amount)
{
    if (month.kind() != PeriodKind::Month)
        throw DomainError("only a month is split into days, not " + month.label());
    const FiscalCalendar cal; // a month's days do not depend on the fiscal start
    std::vector<DayShare> days;
    for (Date d = month.firstDay(cal); d <= month.lastDay(cal); d = d.addDays(1))
        if (d.isWorkingDay())
            days.push_back({ d, 0 });
    auto shares = equalSplit(amount, days.size());
    for (std::size_t i = 0; i < days.size(); ++i)
        days[i].amount = shares[i];
    return days;
}

std::optional<std::int64_t> weekTarget(const Period& week,
                                       const std::function<std::optional<std::int64_t>(const Period&)>& monthTarget)
{
    if (week.kind() != PeriodKind::Week)
        throw DomainError("not a week: " + week.label());
    const FiscalCalendar cal;
    const Date first = week.firstDay(cal);
    const Date last = week.lastDay(cal);
    std::vector<Period> months{ Period::monthOf(first) };
    if (!(Period::monthOf(last) == months.front()))
        months.push_back(Period::monthOf(last));
    std::optional<std::int64_t> total;
    for (const Period& m : months) {
        auto amount = monthTarget(m);
        if (!amount)
            continue;
        std::int64_t sum = 0;
        for (const DayShare& d : splitMonthIntoDays(m, *amount))
            if (d.date >= first && d.date <= last)
                sum += d.amount;
        total = total.value_or(0) + sum;
    }
    return total;
}

SegmentAmounts splitSegments(std::int64_t amount, const Rational& existingShare)
{
    if (existingShare.isNegative() || existingShare > Rational(1))
        throw DomainError("the existing-customer share must be between 0 and 1, not " + existingShare.toString());
    const Rational w[2] = { existingShare, Rational(1) - existingShare };
    auto parts = exactSplit(amount, w);
    return { parts[0], parts[1] };
}

Rational defaultExistingShare()
{
    return Rational(7, 10);
}

std::optional<Rational> historyExistingShare(std::int64_t existingActual, std::int64_t totalActual)
{
    if (totalActual <= 0)
        return std::nullopt;
    Rational share(existingActual, totalActual);
    return max(Rational(0), min(Rational(1), share));
}

} // namespace sd
