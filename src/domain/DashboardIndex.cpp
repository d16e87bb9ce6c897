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

    std::vector<int> terms(known);
    for (std::size_t i = 0; i < known; ++i)
        terms[i] = ds.customers[i].paymentTermsDays;

    std::unordered_map<std::string_view, std::uint32_t> unknown;
    // Whether the orders' ids are numbered in sequence, checked on this walk (their rows are read here anyway).
    std::optional<NumberedIds> orderIds = ds.orders.empty() ? std::nullopt : NumberedIds::of(ds.orders.front().id);
    m_orders.reserve(ds.orders.size());
    m_firstOrder.assign(known, FirstOrder{});
    for (std::size_t i = 0; i < ds.orders.size(); ++i) {
        const Order& o = ds.orders[i];
        OrderFacts& f = m_orders.emplace_back();
        if (orderIds && !orderIds->matches(o.id, i))
            orderIds.reset();
        f.amountCents = o.amount.cents();
        f.grossProfitCents = o.grossProfit.cents();
        f.orderDate = o.orderDate;
        f.cancelled = o.cancelledOn.has_value();
        f.cancelledOn = o.cancelledOn.value_or(Date());
        f.rep = m_reps.find(o.repId);
        f.plain = index.creditsOfOrder(o).empty();
        std::uint32_t c = customers.find(o.customerId);
        if (c == npos)
            c = unknown.try_emplace(o.customerId, static_cast<std::uint32_t>(known + unknown.size())).first->second;
        f.customer = c;
        f.dueDate = o.orderDate.addDays(c < known ? terms[c] : 30);
        if (c >= m_firstOrder.size()) // an unknown customer id: ActualsEngine keys first orders by id alone
            m_firstOrder.resize(c + 1, FirstOrder{});
        if (o.cancelledOn)
            continue;
        FirstOrder& first = m_firstOrder[c];
        if (!first.order || o.orderDate < first.date || (o.orderDate == first.date && o.id < first.order->id))
            first = FirstOrder{&o, o.orderDate};
    }
    m_unknownCustomers = unknown.size();

    m_opportunityRep.resize(ds.opportunities.size());
    for (std::size_t i = 0; i < ds.opportunities.size(); ++i)
        m_opportunityRep[i] = m_reps.find(ds.opportunities[i].ownerRepId);
    m_customerRep.resize(known);
    for (std::size_t i = 0; i < known; ++i)
        m_customerRep[i] = m_reps.find(ds.customers[i].ownerRepId);

    // A payment's order: by its number when the order ids are numbered, else the order after the last one found (or
    // a few further: payments usually come in the orders' order), else a table built on the first miss.
    IdPositions<Order> orderTable;
    bool tableBuilt = false;
    std::size_t hint = 0;
    auto orderOf = [&](std::string_view id) -> std::uint32_t {
        if (orderIds)
            return orderIds->offsetOf(id, ds.orders.size());
        for (std::size_t at = hint > 0 ? hint - 1 : 0; at < std::min(ds.orders.size(), hint + 8); ++at)
            if (ds.orders[at].id == id)
                return static_cast<std::uint32_t>(at);
        if (!tableBuilt) {
            orderTable.build(ds.orders);
            tableBuilt = true;
        }
        return orderTable.find(id);
    };
    std::vector<PaymentFacts> payments; // one walk over the payment rows
    payments.reserve(ds.payments.size());
    m_paymentStart.assign(ds.orders.size() + 1, 0);
    bool grouped = true; // every payment names an order, in the orders' order: already grouped
    std::uint32_t previous = 0;
    for (std::size_t i = 0; i < ds.payments.size(); ++i) {
        const Payment& p = ds.payments[i];
        const std::uint32_t o = orderOf(p.orderId);
        payments.push_back(PaymentFacts{p.amount.cents(), p.paidOn, static_cast<std::uint32_t>(i)});
        if (o == npos) {
            grouped = false;
            continue;
        }
        hint = std::size_t(o) + 1;
        grouped = grouped && o >= previous;
        previous = o;
        ++m_paymentStart[o + 1];
    }
    for (std::size_t o = 0; o < ds.orders.size(); ++o)
        m_paymentStart[o + 1] += m_paymentStart[o];
    if (grouped) {
        m_payments = std::move(payments);
    } else {
        m_payments.resize(m_paymentStart[ds.orders.size()]);
        std::vector<std::uint32_t> next(m_paymentStart.begin(), m_paymentStart.end() - 1);
        hint = 0;
        for (std::size_t i = 0; i < ds.payments.size(); ++i)
            if (const std::uint32_t o = orderOf(ds.payments[i].orderId); o != npos) {
                hint = std::size_t(o) + 1;
                m_payments[next[o]++] = payments[i];
            }
    }

    // One walk over the (large) activity rows, kept as 8 bytes an activity for the last contacts of a day.
    m_activities.reserve(ds.activities.size());
    for (const Activity& a : ds.activities)
        if (const std::uint32_t c = customers.find(a.customerId); c != npos)
            m_activities.emplace_back(c, a.date);
}

std::vector<std::optional<Date>> DashboardIndex::lastContacts(Date today) const
{
    std::vector<std::optional<Date>> last(data().customers.size());
    for (const auto& [c, date] : m_activities)
        if (date <= today && (!last[c] || date > *last[c]))
            last[c] = date;
    return last;
}

} // namespace sd
