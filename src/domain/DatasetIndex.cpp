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

// The first eight bytes of an id, big-endian and zero-padded: ordered as the ids are (bytewise, unsigned), so that a
// list in id order has non-decreasing prefixes.
std::uint64_t idPrefix(std::string_view id)
{
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < 8; ++i)
        key = (key << 8) | (i < id.size() ? static_cast<unsigned char>(id[i]) : 0u);
    return key;
}

template<typename T>
void sortById(std::vector<const T*>& v)
{
    std::sort(v.begin(), v.end(), [](const T* a, const T* b) { return a->id < b->id; });
}

} // namespace

template <typename T>
void DatasetIndex::ById<T>::build(const std::vector<T>& rows)
{
    m_rows = &rows;
    for (std::size_t i = 1; i < rows.size() && m_sorted; ++i)
        m_sorted = rows[i - 1].id < rows[i].id;
    if (m_sorted) {
        m_prefixes.reserve(rows.size());
        for (const T& row : rows)
            m_prefixes.push_back(idPrefix(row.id));
        return;
    }
    m_map.reserve(rows.size());
    for (const T& row : rows)
        m_map.emplace(row.id, &row);
}

template <typename T>
const T* DatasetIndex::ById<T>::find(std::string_view id) const
{
    if (!m_rows)
        return nullptr;
    if (!m_sorted) {
        auto it = m_map.find(id);
        return it == m_map.end() ? nullptr : it->second;
    }
    const std::uint64_t prefix = idPrefix(id);
    const auto [from, to] = std::equal_range(m_prefixes.begin(), m_prefixes.end(), prefix);
    if (from == to)
        return nullptr;
    const auto first = m_rows->begin() + (from - m_prefixes.begin());
    const auto last = m_rows->begin() + (to - m_prefixes.begin());
    auto it = std::lower_bound(first, last, id,
                               [](const T& row, std::string_view key) { return std::string_view(row.id) < key; });
    return it != last && it->id == id ? &*it : nullptr;
}

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
    m_customers.build(ds.customers);
    m_opps.build(ds.opportunities);
    m_orders.build(ds.orders);
}

template <typename T>
void DatasetIndex::buildByOrderPosition(const std::vector<T>& rows, ByOrderPosition<T>& out, bool sortItemsById) const
{
    const std::size_t n = m_ds.orders.size();
    std::vector<std::uint32_t> position(rows.size(), std::uint32_t(-1));
    out.start.assign(n + 1, 0);
    // Rows usually come in the order of their orders (payments and credits by id follow the orders' ids): with the
    // orders in strict id order (unique ids), the search gallops forward from the last order found instead of
    // searching all of them; it finds the same order.
    const bool sorted = m_orders.sorted();
    std::size_t hint = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string_view id = rows[i].orderId;
        const Order* o = nullptr;
        std::size_t lo = hint > 0 ? hint - 1 : 0;
        if (sorted && lo < n && std::string_view(m_ds.orders[lo].id) <= id) {
            std::size_t step = 1;
            std::size_t hi = lo + 1;
            while (hi < n && std::string_view(m_ds.orders[hi].id) < id) {
                lo = hi;
                step *= 2;
                hi = lo + step;
            }
            const auto first = m_ds.orders.begin() + static_cast<std::ptrdiff_t>(lo);
            const auto last = m_ds.orders.begin() + static_cast<std::ptrdiff_t>(std::min(hi + 1, n));
            const auto it = std::lower_bound(first, last, id, [](const Order& row, std::string_view key) {
                return std::string_view(row.id) < key;
            });
            if (it != last && it->id == id)
                o = &*it;
        } else {
            o = order(id);
        }
        if (o) {
            hint = std::size_t(o - m_ds.orders.data()) + 1;
            position[i] = std::uint32_t(o - m_ds.orders.data());
            ++out.start[position[i] + 1];
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        out.start[i + 1] += out.start[i];
    out.items.assign(out.start[n], nullptr);
    std::vector<std::uint32_t> next(out.start.begin(), out.start.end() - 1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (position[i] != std::uint32_t(-1))
            out.items[next[position[i]]++] = &rows[i];
    }
    if constexpr (requires(const T& row) { row.id; }) {
        if (sortItemsById) {
            for (std::size_t i = 0; i < n; ++i) {
                std::sort(out.items.begin() + out.start[i], out.items.begin() + out.start[i + 1],
                          [](const T* a, const T* b) { return a->id < b->id; });
            }
        }
    }
}

template <typename T>
std::span<const T* const> DatasetIndex::byOrderPosition(const ByOrderPosition<T>& groups, const Order& o) const
{
    const Order* first = m_ds.orders.data();
    if (&o < first || &o >= first + m_ds.orders.size())
        return {};
    const std::size_t i = std::size_t(&o - first);
    return std::span<const T* const>(groups.items.data() + groups.start[i], groups.start[i + 1] - groups.start[i]);
}

std::span<const Payment* const> DatasetIndex::paymentsOfOrder(const Order& o) const
{
    const Order* first = m_ds.orders.data();
    if (&o < first || &o >= first + m_ds.orders.size()) {
        const auto& list = paymentsOfOrder(std::string_view(o.id));
        return {list.data(), list.size()};
    }
    std::call_once(m_paymentsByPositionOnce, [this] { buildByOrderPosition(m_ds.payments, m_paymentsByPosition, true); });
    return byOrderPosition(m_paymentsByPosition, o);
}

std::span<const OrderCredit* const> DatasetIndex::creditsOfOrder(const Order& o) const
{
    const Order* first = m_ds.orders.data();
    if (&o < first || &o >= first + m_ds.orders.size()) {
        const auto& list = creditsOfOrder(std::string_view(o.id));
        return {list.data(), list.size()};
    }
    std::call_once(m_creditsByPositionOnce, [this] { buildByOrderPosition(m_ds.orderCredits, m_creditsByPosition, false); });
    return byOrderPosition(m_creditsByPosition, o);
}

void DatasetIndex::buildOrderGroups() const
{
    for (const auto& o : m_ds.orders)
        m_ordersOfRep[o.repId].push_back(&o);
    for (auto& [k, v] : m_ordersOfRep)
        sortById(v);
}

void DatasetIndex::buildPaymentGroups() const
{
    m_paymentsOfOrder.reserve(m_ds.orders.size());
    for (const auto& p : m_ds.payments)
        m_paymentsOfOrder[p.orderId].push_back(&p);
    for (auto& [k, v] : m_paymentsOfOrder)
        sortById(v);
}

void DatasetIndex::buildCreditGroups() const
{
    for (const auto& c : m_ds.orderCredits)
        m_creditsOfOrder[c.orderId].push_back(&c);
}

void DatasetIndex::buildOpportunityGroups() const
{
    for (const auto& o : m_ds.opportunities)
        m_oppsOfOwner[o.ownerRepId].push_back(&o);
    for (auto& [k, v] : m_oppsOfOwner)
        sortById(v);
}

const OrgUnit* DatasetIndex::unit(std::string_view id) const { return find<OrgUnit>(m_units, id); }
const Rep* DatasetIndex::rep(std::string_view id) const { return find<Rep>(m_reps, id); }
const Product* DatasetIndex::product(std::string_view id) const { return find<Product>(m_products, id); }
const Customer* DatasetIndex::customer(std::string_view id) const { return m_customers.find(id); }
const Opportunity* DatasetIndex::opportunity(std::string_view id) const { return m_opps.find(id); }
const Order* DatasetIndex::order(std::string_view id) const { return m_orders.find(id); }

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
    std::call_once(m_ordersOfRepOnce, [this] { buildOrderGroups(); });
    return findList<std::vector<const Order*>>(m_ordersOfRep, repId);
}

const std::vector<const Payment*>& DatasetIndex::paymentsOfOrder(std::string_view orderId) const
{
    std::call_once(m_paymentsOnce, [this] { buildPaymentGroups(); });
    return findList<std::vector<const Payment*>>(m_paymentsOfOrder, orderId);
}

const std::vector<const OrderCredit*>& DatasetIndex::creditsOfOrder(std::string_view orderId) const
{
    std::call_once(m_creditsOnce, [this] { buildCreditGroups(); });
    return findList<std::vector<const OrderCredit*>>(m_creditsOfOrder, orderId);
}

const std::vector<const Opportunity*>& DatasetIndex::opportunitiesOfOwner(std::string_view repId) const
{
    std::call_once(m_oppsOfOwnerOnce, [this] { buildOpportunityGroups(); });
    return findList<std::vector<const Opportunity*>>(m_oppsOfOwner, repId);
}

} // namespace sd
