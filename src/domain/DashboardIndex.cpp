#include "domain/DashboardIndex.h"

#include <unordered_map>

namespace sd {

DashboardIndex::DashboardIndex(const DatasetIndex& index)
    : m_index(index)
    , m_reps(index.data().reps)
{
    const Dataset& ds = index.data();
    const IdPositions<Customer> customers(ds.customers);
    const std::size_t known = ds.customers.size();

    std::unordered_map<std::string_view, std::uint32_t> unknown;
    m_orderRep.resize(ds.orders.size());
    m_orderCustomer.resize(ds.orders.size());
    m_firstOrder.assign(known, nullptr);
    std::vector<Date> firstDate(known); // the first order's date, read without touching that order again
    for (std::size_t i = 0; i < ds.orders.size(); ++i) {
        const Order& o = ds.orders[i];
        m_orderRep[i] = m_reps.find(o.repId);
        std::uint32_t c = customers.find(o.customerId);
        if (c == npos)
            c = unknown.try_emplace(o.customerId, static_cast<std::uint32_t>(known + unknown.size())).first->second;
        m_orderCustomer[i] = c;
        if (c >= m_firstOrder.size()) { // an unknown customer id: ActualsEngine keys first orders by id alone
            m_firstOrder.resize(c + 1, nullptr);
            firstDate.resize(c + 1);
        }
        if (o.cancelledOn)
            continue;
        const Order*& first = m_firstOrder[c];
        if (!first || o.orderDate < firstDate[c] || (o.orderDate == firstDate[c] && o.id < first->id)) {
            first = &o;
            firstDate[c] = o.orderDate;
        }
    }
    m_unknownCustomers = unknown.size();

    m_opportunityRep.resize(ds.opportunities.size());
    for (std::size_t i = 0; i < ds.opportunities.size(); ++i)
        m_opportunityRep[i] = m_reps.find(ds.opportunities[i].ownerRepId);
    m_customerRep.resize(known);
    for (std::size_t i = 0; i < known; ++i)
        m_customerRep[i] = m_reps.find(ds.customers[i].ownerRepId);

    const IdPositions<Order> orders(ds.orders);
    std::vector<std::uint32_t> paymentOrder(ds.payments.size());
    m_paymentStart.assign(ds.orders.size() + 1, 0);
    for (std::size_t i = 0; i < ds.payments.size(); ++i) {
        paymentOrder[i] = orders.find(ds.payments[i].orderId);
        if (paymentOrder[i] != npos)
            ++m_paymentStart[paymentOrder[i] + 1];
    }
    for (std::size_t o = 0; o < ds.orders.size(); ++o)
        m_paymentStart[o + 1] += m_paymentStart[o];
    m_payments.resize(m_paymentStart[ds.orders.size()]);
    std::vector<std::uint32_t> nextPayment(m_paymentStart.begin(), m_paymentStart.end() - 1);
    for (std::size_t i = 0; i < ds.payments.size(); ++i)
        if (paymentOrder[i] != npos)
            m_payments[nextPayment[paymentOrder[i]]++] = &ds.payments[i];

    m_paymentTerms.resize(known);
    for (std::size_t i = 0; i < known; ++i)
        m_paymentTerms[i] = ds.customers[i].paymentTermsDays;

    // One walk over the (large) activity rows, then the dates grouped by customer from the compact copy.
    std::vector<std::pair<std::uint32_t, Date>> byActivity(ds.activities.size());
    m_activityStart.assign(known + 1, 0);
    for (std::size_t i = 0; i < ds.activities.size(); ++i) {
        const std::uint32_t c = customers.find(ds.activities[i].customerId);
        byActivity[i] = {c, ds.activities[i].date};
        if (c != npos)
            ++m_activityStart[c + 1];
    }
    for (std::size_t c = 0; c < known; ++c)
        m_activityStart[c + 1] += m_activityStart[c];
    m_activityDates.resize(m_activityStart[known]);
    std::vector<std::uint32_t> next(m_activityStart.begin(), m_activityStart.end() - 1);
    for (const auto& [c, date] : byActivity)
        if (c != npos)
            m_activityDates[next[c]++] = date;
}

Date DashboardIndex::dueDate(std::size_t order) const
{
    const Order& o = data().orders[order];
    const std::uint32_t c = m_orderCustomer[order];
    return o.orderDate.addDays(c < m_paymentTerms.size() ? m_paymentTerms[c] : 30);
}

std::optional<Date> DashboardIndex::lastContact(std::size_t customer, Date today) const
{
    std::optional<Date> last;
    for (std::uint32_t i = m_activityStart[customer]; i < m_activityStart[customer + 1]; ++i)
        if (m_activityDates[i] <= today && (!last || m_activityDates[i] > *last))
            last = m_activityDates[i];
    return last;
}

} // namespace sd
