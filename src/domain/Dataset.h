#pragma once

#include "domain/DailyRecords.h"
#include "domain/Model.h"
#include "domain/Settings.h"

#include <vector>

namespace sd {

// Everything a workspace holds, as plain rows. The storage layer loads one; the CSV importer
// produces one (the rows to upsert); the engines compute over one (with an index, see DatasetIndex).
struct Dataset
{
    std::vector<OrgUnit> orgUnits;
    std::vector<Rep> reps;
    std::vector<Product> products;
    std::vector<Customer> customers;
    std::vector<Opportunity> opportunities; // each with its stage history
    std::vector<Order> orders;
    std::vector<OrderCredit> orderCredits;
    std::vector<Payment> payments;
    std::vector<Activity> activities;
    std::vector<Target> targets;
    std::vector<KpiValue> kpiValues;
    std::vector<Review> reviews;
    // Kept past team memberships (rep_unit_history, loaded with the org): results dated in one stay with its unit
    // (UnitAttribution, docs/daily.md). Empty when no rep ever moved.
    std::vector<UnitMembership> unitHistory;
};

} // namespace sd
