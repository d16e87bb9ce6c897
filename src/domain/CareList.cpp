#include "domain/CareList.h"

#include "domain/Dataset.h"

#include <algorithm>
#include <unordered_map>

namespace sd {

namespace {

Date nextOccurrence(Date d, Date today)
{
    for (int y = today.year(); y <= today.year() + 1; ++y) {
        const Date candidate = Date::fromYmd(y, d.month(), std::min(d.day(), Date::daysInMonth(y, d.month())));
        if (candidate >= today)
            return candidate;
    }
    return today;
}

} // namespace

std::vector<CareReminder> careList(const Dataset& data, std::string_view repId, Date today,
                                   const CareListOptions& options)
{
    std::unordered_map<std::string_view, Date> last;
    for (const Activity& a : data.activities) {
        if (a.date > today)
            continue;
        auto [it, inserted] = last.try_emplace(a.customerId, a.date);
        if (!inserted && a.date > it->second)
            it->second = a.date;
    }
    std::vector<CareReminder> dates;
    std::vector<CareReminder> silent;
    for (const Customer& c : data.customers) {
        if (c.ownerRepId != repId || c.createdOn > today)
            continue;
        for (auto [kind, date] : {std::pair{CareReminder::Kind::Birthday, c.birthday},
                                  std::pair{CareReminder::Kind::Founded, c.foundedOn}}) {
            if (!date)
                continue;
            const Date next = nextOccurrence(*date, today);
            if (next - today <= options.horizonDays)
                dates.push_back({kind, &c, next, next - today});
        }
        const auto it = last.find(c.id);
        const Date contact = it == last.end() ? c.createdOn : it->second;
        if (today - contact >= options.notContactedDays)
            silent.push_back({CareReminder::Kind::NotContacted, &c, contact, today - contact});
    }
    std::sort(dates.begin(), dates.end(), [](const CareReminder& a, const CareReminder& b) {
        return a.days != b.days ? a.days < b.days : a.customer->id < b.customer->id;
    });
    std::sort(silent.begin(), silent.end(), [](const CareReminder& a, const CareReminder& b) {
        return a.days != b.days ? a.days > b.days : a.customer->id < b.customer->id;
    });
    dates.insert(dates.end(), silent.begin(), silent.end());
    return dates;
}

} // namespace sd
