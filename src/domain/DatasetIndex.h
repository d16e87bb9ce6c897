#pragma once

#include "domain/Dataset.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sd {

// Lookups over a Dataset that every engine needs: rows by id, the org tree, reps under a unit,
// orders by rep, payments and credits by order. Holds pointers into the dataset, which must
// outlive it. Lists come sorted by id (the stable order of SPEC §2).
class DatasetIndex
{
public:
    explicit DatasetIndex(const Dataset& ds);

    const Dataset& data() const { return m_ds; }

    const OrgUnit* unit(std::string_view id) const;
    const Rep* rep(std::string_view id) const;
    const Product* product(std::string_view id) const;
    const Customer* customer(std::string_view id) const;
    const Opportunity* opportunity(std::string_view id) const;
    const Order* order(std::string_view id) const;

    const OrgUnit* root() const { return m_root; }
    const std::vector<const OrgUnit*>& childUnits(std::string_view unitId) const;
    const std::vector<const Rep*>& repsDirectlyIn(std::string_view unitId) const;
    // Every rep in the unit or any unit below it.
    std::vector<const Rep*> repsUnder(std::string_view unitId) const;
    // Whether a rep belongs to the owner (the rep itself, or a unit it is under).
    bool repBelongsTo(const Rep& rep, const OwnerRef& owner) const;
    // Ids of the units from the root down to this unit.
    std::vector<const OrgUnit*> unitPath(std::string_view unitId) const;

    const std::vector<const Order*>& ordersOfRep(std::string_view repId) const;
    const std::vector<const Payment*>& paymentsOfOrder(std::string_view orderId) const;
    const std::vector<const OrderCredit*>& creditsOfOrder(std::string_view orderId) const;
    const std::vector<const Opportunity*>& opportunitiesOfOwner(std::string_view repId) const;

private:
    const Dataset& m_ds;
    const OrgUnit* m_root = nullptr;
    std::unordered_map<std::string_view, const OrgUnit*> m_units;
    std::unordered_map<std::string_view, const Rep*> m_reps;
    std::unordered_map<std::string_view, const Product*> m_products;
    std::unordered_map<std::string_view, const Customer*> m_customers;
    std::unordered_map<std::string_view, const Opportunity*> m_opps;
    std::unordered_map<std::string_view, const Order*> m_orders;
    std::unordered_map<std::string_view, std::vector<const OrgUnit*>> m_childUnits;
    std::unordered_map<std::string_view, std::vector<const Rep*>> m_repsIn;
    std::unordered_map<std::string_view, std::vector<const Order*>> m_ordersOfRep;
    std::unordered_map<std::string_view, std::vector<const Payment*>> m_paymentsOfOrder;
    std::unordered_map<std::string_view, std::vector<const OrderCredit*>> m_creditsOfOrder;
    std::unordered_map<std::string_view, std::vector<const Opportunity*>> m_oppsOfOwner;
};

} // namespace sd
