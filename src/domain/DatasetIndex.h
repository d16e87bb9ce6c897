#pragma once

#include "domain/Dataset.h"

#include <cstdint>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sd {

// Lookups over a Dataset that every engine needs: rows by id, the org tree, reps under a unit,
// orders by rep, payments and credits by order. Holds pointers into the dataset, which must
// outlive it. Lists come sorted by id (the stable order of SPEC §2).
// Built for the large workspace: a row list already in id order (as the storage layer loads it) is
// searched in place instead of hashed, and the groupings (orders of a rep, payments and credits of an
// order, opportunities of an owner) are built on first use, once, thread-safely — so an engine pays only
// for the lookups it makes.
class DatasetIndex
{
public:
    explicit DatasetIndex(const Dataset& ds);
    DatasetIndex(const DatasetIndex&) = delete;
    DatasetIndex& operator=(const DatasetIndex&) = delete;

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
    // The same for an order of this dataset, found by its position instead of hashing its id (the engines walk
    // 1.5 million orders on the large workspace); an order from elsewhere is looked up by id.
    std::span<const Payment* const> paymentsOfOrder(const Order& order) const;
    std::span<const OrderCredit* const> creditsOfOrder(const Order& order) const;
    const std::vector<const Opportunity*>& opportunitiesOfOwner(std::string_view repId) const;

private:
    // Rows by id: a binary search when the list is in strict id order, else a hash map. The search runs first over
    // the ids' first eight bytes packed into integers (8 bytes a row, where the rows themselves are hundreds: the
    // dashboard and the engines look up millions of ids), then over the rows sharing that prefix.
    template <typename T>
    class ById
    {
    public:
        void build(const std::vector<T>& rows);
        const T* find(std::string_view id) const;
        // Whether the rows are in strict id order (so every id is unique).
        bool sorted() const { return m_rows && m_sorted; }

    private:
        const std::vector<T>* m_rows = nullptr;
        bool m_sorted = true;
        std::vector<std::uint64_t> m_prefixes;
        std::unordered_map<std::string_view, const T*> m_map;
    };

    // Rows grouped by the position of their order in data().orders: items[start[i], start[i+1]) belong to order i.
    template <typename T>
    struct ByOrderPosition
    {
        std::vector<std::uint32_t> start;
        std::vector<const T*> items;
    };
    template <typename T>
    void buildByOrderPosition(const std::vector<T>& rows, ByOrderPosition<T>& out, bool sortItemsById) const;
    template <typename T>
    std::span<const T* const> byOrderPosition(const ByOrderPosition<T>& groups, const Order& order) const;

    void buildOrderGroups() const;
    void buildPaymentGroups() const;
    void buildCreditGroups() const;
    void buildOpportunityGroups() const;

    const Dataset& m_ds;
    const OrgUnit* m_root = nullptr;
    std::unordered_map<std::string_view, const OrgUnit*> m_units;
    std::unordered_map<std::string_view, const Rep*> m_reps;
    std::unordered_map<std::string_view, const Product*> m_products;
    ById<Customer> m_customers;
    ById<Opportunity> m_opps;
    ById<Order> m_orders;
    std::unordered_map<std::string_view, std::vector<const OrgUnit*>> m_childUnits;
    std::unordered_map<std::string_view, std::vector<const Rep*>> m_repsIn;
    mutable std::once_flag m_ordersOfRepOnce, m_paymentsOnce, m_creditsOnce, m_oppsOfOwnerOnce;
    mutable std::unordered_map<std::string_view, std::vector<const Order*>> m_ordersOfRep;
    mutable std::unordered_map<std::string_view, std::vector<const Payment*>> m_paymentsOfOrder;
    mutable std::unordered_map<std::string_view, std::vector<const OrderCredit*>> m_creditsOfOrder;
    mutable std::unordered_map<std::string_view, std::vector<const Opportunity*>> m_oppsOfOwner;
    mutable std::once_flag m_paymentsByPositionOnce, m_creditsByPositionOnce;
    mutable ByOrderPosition<Payment> m_paymentsByPosition;
    mutable ByOrderPosition<OrderCredit> m_creditsByPosition;
};

} // namespace sd
