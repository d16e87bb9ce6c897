#include "domain/DatasetIndex.h"

#include <algorithm>

namespace sd {

namespace {

template<typename T, typename Map>
const T* find(const Map& m, std::string_view id)
{
    auto it = m.find(id);
    return it == m.end() ? nullptr : it->second;
}

template<typename V, typename Map>
const V& findList(const Map& m, std::string_view id)
{
    static const V empty;
    auto it = m.find(id);
    return it == m.end() ? empty : it->second;
}

template<typename T>
void sortById(std::vector<const T*>& v)
{
    std::sort(v.begin(), v.end(), [](const T* a, const T* b) { return a->id < b->id; });
}

} // namespace

DatasetIndex::DatasetIndex(const Dataset& ds)
    : m_ds(ds)
{
    for (const auto& u : ds.orgUnits) {
        m_units[u.id] = &u;
        if (u.parentId)
            m_childUnits[*u.parentId].push_back(&u);
        else if (!m_root)
            m_root = &u;
    }
    for (auto& [k, v] : m_childUnits)
        sortById(v);
    for (const auto& r : ds.reps) {
        m_reps[r.id] = &r;
        m_repsIn[r.orgUnitId].push_back(&r);
    }
    for (auto& [k, v] : m_repsIn)
        sortById(v);
    for (const auto& p : ds.products)
        m_products[p.id] = &p;
    for (const auto& c : ds.customers)
        m_customers[c.id] = &c;
    for (const auto& o : ds.opportunities) {
        m_opps[o.id] = &o;
        m_oppsOfOwner[o.ownerRepId].push_back(&o);
    }
    for (auto& [k, v] : m_oppsOfOwner)
        sortById(v);
    for (const auto& o : ds.orders) {
        m_orders[o.id] = &o;
        m_ordersOfRep[o.repId].push_back(&o);
    }
    for (auto& [k, v] : m_ordersOfRep)
        sortById(v);
    for (const auto& p : ds.payments)
        m_paymentsOfOrder[p.orderId].push_back(&p);
    for (auto& [k, v] : m_paymentsOfOrder)
        sortById(v);
    for (const auto& c : ds.orderCredits)
        m_creditsOfOrder[c.orderId].push_back(&c);
}

const OrgUnit* DatasetIndex::unit(std::string_view id) const { return find<OrgUnit>(m_units, id); }
const Rep* DatasetIndex::rep(std::string_view id) const { return find<Rep>(m_reps, id); }
const Product* DatasetIndex::product(std::string_view id) const { return find<Product>(m_products, id); }
const Customer* DatasetIndex::customer(std::string_view id) const { return find<Customer>(m_customers, id); }
const Opportunity* DatasetIndex::opportunity(std::string_view id) const { return find<Opportunity>(m_opps, id); }
const Order* DatasetIndex::order(std::string_view id) const { return find<Order>(m_orders, id); }

const std::vector<const OrgUnit*>& DatasetIndex::childUnits(std::string_view unitId) const
{
    return findList<std::vector<const OrgUnit*>>(m_childUnits, unitId);
}

const std::vector<const Rep*>& DatasetIndex::repsDirectlyIn(std::string_view unitId) const
{
    return findList<std::vector<const Rep*>>(m_repsIn, unitId);
}

std::vector<const Rep*> DatasetIndex::repsUnder(std::string_view unitId) const
{
    std::vector<const Rep*> out;
    std::vector<std::string_view> stack{unitId};
    while (!stack.empty()) {
        auto id = stack.back();
        stack.pop_back();
        const auto& direct = repsDirectlyIn(id);
        out.insert(out.end(), direct.begin(), direct.end());
        for (const OrgUnit* c : childUnits(id))
            stack.push_back(c->id);
    }
    sortById(out);
    return out;
}

bool DatasetIndex::repBelongsTo(const Rep& rep, const OwnerRef& owner) const
{
    if (owner.kind == OwnerKind::Rep)
        return rep.id == owner.id;
    const OrgUnit* u = unit(rep.orgUnitId);
    int guard = 0;
    while (u && guard++ < 1000) {
        if (u->id == owner.id)
            return true;
        u = u->parentId ? unit(*u->parentId) : nullptr;
    }
    return false;
}

std::vector<const OrgUnit*> DatasetIndex::unitPath(std::string_view unitId) const
{
    std::vector<const OrgUnit*> path;
    const OrgUnit* u = unit(unitId);
    int guard = 0;
    while (u && guard++ < 1000) {
        path.insert(path.begin(), u);
        u = u->parentId ? unit(*u->parentId) : nullptr;
    }
    return path;
}

const std::vector<const Order*>& DatasetIndex::ordersOfRep(std::string_view repId) const
{
    return findList<std::vector<const Order*>>(m_ordersOfRep, repId);
}

const std::vector<const Payment*>& DatasetIndex::paymentsOfOrder(std::string_view orderId) const
{
    return findList<std::vector<const Payment*>>(m_paymentsOfOrder, orderId);
}

const std::vector<const OrderCredit*>& DatasetIndex::creditsOfOrder(std::string_view orderId) const
{
    return findList<std::vector<const OrderCredit*>>(m_creditsOfOrder, orderId);
}

const std::vector<const Opportunity*>& DatasetIndex::opportunitiesOfOwner(std::string_view repId) const
{
    return findList<std::vector<const Opportunity*>>(m_oppsOfOwner, repId);
}

} // namespace sd
