#include "domain/WeekTargets.h"

#include "domain/Seasonality.h"

#include <map>

namespace sd {

std::vector<std::optional<std::int64_t>> weekTargets(std::span<const Period> weeks, std::span<const Period> months,
                                                     std::span<const std::optional<std::int64_t>> monthAmounts)
{
    // Week (by its Monday) → the sum of the day shares that fall in it; a week is "touched" when one of its days lies
    // in a month with a target.
    std::map<std::int32_t, std::int64_t> sums;
    for (std::size_t m = 0; m < months.size() && m < monthAmounts.size(); ++m) {
        if (!monthAmounts[m])
            continue;
        const Period& month = months[m];
        for (const DayShare& d : splitMonthIntoDays(month, *monthAmounts[m]))
            sums[d.date.addDays(1 - d.date.isoWeekday()).days()] += d.amount;
        // A month with a target touches every week holding one of its days, even a week whose days in the month are
        // all weekend days (it then contributes 0, as weekTarget() does).
        const FiscalCalendar any{};
        const Date last = month.lastDay(any);
        for (Date monday = month.firstDay(any).addDays(1 - month.firstDay(any).isoWeekday()); monday <= last;
             monday = monday.addDays(7))
            sums.try_emplace(monday.days(), 0);
    }
    std::vector<std::optional<std::int64_t>> out;
    out.reserve(weeks.size());
    for (const Period& w : weeks) {
        const auto it = sums.find(isoWeekMonday(w.yearNumber(), w.index()).days());
        out.push_back(it == sums.end() ? std::nullopt : std::optional<std::int64_t>(it->second));
    }
    return out;
}

} // namespace sd
