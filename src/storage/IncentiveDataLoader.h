#pragma once

#include "domain/Dataset.h"
#include "domain/Date.h"

#include <string>
#include <utility>
#include <vector>

namespace sd::storage {

class Workspace;

// Reads only the sales rows an incentive calculation of one period looks at (docs/incentives.md, "What the command
// line reads"), instead of the whole orders table. The caller (io::IncentiveRun) says which date ranges count.
class IncentiveDataLoader
{
public:
    explicit IncentiveDataLoader(Workspace& ws);

    // The distinct order dates of the orders booked before `first` and cancelled in [first, last] (full scan of one
    // column pair; there is no index on cancelled_on).
    std::vector<Date> bookingDatesOfCancellations(Date first, Date last) const;

    // What to read: orders dated in any of `ranges` with their credits; for every customer with an order dated in
    // [first, last] that is not cancelled, one earlier order that is not cancelled when the ranges hold none (so
    // that "the customer's first order ever" of SPEC §3 is decided as on the whole table); the targets of
    // `targetPeriods` (period labels); and the org (units, reps, products).
    struct Scope
    {
        Date first;
        Date last;
        std::vector<std::pair<Date, Date>> ranges;
        std::vector<std::string> targetPeriods;
    };
    // Orders (ascending id), their credits (by order id, seq), the targets and the org of the scope.
    Dataset load(const Scope& scope) const;

private:
    void loadEarlierOrders(const Scope& scope, std::vector<Order>& orders) const;
    Workspace& m_ws;
};

} // namespace sd::storage
