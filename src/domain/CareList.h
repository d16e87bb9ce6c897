#pragma once

// Customer care (客户关怀) for one rep: the key dates coming up and the customers not contacted for N days, as a
// full reminder list (the dashboard's tile shows the first few of the same rules with fixed days).

#include "domain/Dashboard.h"

#include <string_view>
#include <vector>

namespace sd {

struct CareListOptions
{
    int horizonDays = 14;       // birthdays and founding days from today to today + horizonDays
    int notContactedDays = 60;  // no activity on or before today for at least this many days
};

// The reminders of the customers `repId` owns (created on or before today): key dates soonest first, then the
// customers not contacted, longest first; ties by customer id. 29 February counts as 28 February in other years;
// a customer never contacted counts from its created_on. Every row, no limit.
std::vector<CareReminder> careList(const Dataset& data, std::string_view repId, Date today,
                                   const CareListOptions& options = {});

} // namespace sd
