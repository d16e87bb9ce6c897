#pragma once

// What the dashboard looks up millions of times, resolved once per loaded dataset into positions (docs/daily.md,
// "Dashboard"; docs/performance.md): each order's rep and customer, each opportunity's and customer's owner rep,
// each customer's first order ever and the dates of its activities. The one-pass figures of a day then index
// arrays instead of hashing ids. Positions are those of the rows in the dataset's lists; an order whose customer is
// not in the dataset gets a position after the customers' (one per distinct unknown id), so that its receivables
// are still grouped by customer. Read-only once built (safe to share between threads).

#include "domain/DatasetIndex.h"
#include "domain/IdPositions.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace sd {

class DashboardIndex
{
public:
    static constexpr std::uint32_t npos = IdPositions<Rep>::npos;

    // What a day's pass reads of an order, in 40 bytes instead of the row (the pass then streams these).
    struct OrderFacts
    {
        std::int64_t amountCents = 0;
        std::int64_t grossProfitCents = 0;
        Date orderDate;
        Date cancelledOn; // when cancelled
        Date dueDate;     // order date + the customer's payment terms (30 days without a customer row)
        std::uint32_t rep = npos;
        std::uint32_t customer = npos;
        bool cancelled = false;
        bool plain = true; // no order_credits rows: the order's rep, share 1 (SPEC §6)

        bool isCancelledBy(Date d) const { return cancelled && cancelledOn <= d; }
    };
    struct PaymentFacts
    {
        std::int64_t cents = 0;
        Date paidOn;
        std::uint32_t payment = 0; // its position in data().payments
    };

    explicit DashboardIndex(const DatasetIndex& index);
    DashboardIndex(const DashboardIndex&) = delete;
    DashboardIndex& operator=(const DashboardIndex&) = delete;

    const DatasetIndex& index() const { return m_index; }
    const Dataset& data() const { return m_index.data(); }

    // Positions in data().reps (the first row of an id), npos for an unknown id.
    std::uint32_t repPosition(std::string_view repId) const { return m_reps.find(repId); }
    std::size_t repCount() const { return data().reps.size(); }
    // Customer positions: data().customers, then the unknown customer ids of orders.
    std::size_t customerSlots() const { return data().customers.size() + m_unknownCustomers; }

    const OrderFacts& order(std::size_t order) const { return m_orders[order]; }
    std::uint32_t orderRep(std::size_t order) const { return m_orders[order].rep; }
    std::uint32_t orderCustomer(std::size_t order) const { return m_orders[order].customer; }
    std::uint32_t opportunityRep(std::size_t opportunity) const { return m_opportunityRep[opportunity]; }
    std::uint32_t customerRep(std::size_t customer) const { return m_customerRep[customer]; }

    // The order's due date (ReceivablesEngine::dueDate).
    Date dueDate(std::size_t order) const { return m_orders[order].dueDate; }
    // The customer's first order ever, cancelled orders never counting; ties on the date: lowest order id
    // (ActualsEngine::firstOrder). Null without one.
    const Order* firstOrder(std::size_t customer) const { return m_firstOrder[customer].order; }
    // The payments of the order at a position, in no particular order (DatasetIndex::paymentsOfOrder sorts them by
    // id; the dashboard only sums them).
    std::span<const PaymentFacts> paymentsOfOrder(std::size_t order) const
    {
        return {m_payments.data() + m_paymentStart[order], m_paymentStart[order + 1] - m_paymentStart[order]};
    }
    // Each customer's (data().customers) last activity on or before `today`, or nullopt: one walk over 8 bytes an
    // activity.
    std::vector<std::optional<Date>> lastContacts(Date today) const;

private:
    const DatasetIndex& m_index;
    IdPositions<Rep> m_reps;
    std::size_t m_unknownCustomers = 0;
    std::vector<OrderFacts> m_orders;
    std::vector<std::uint32_t> m_opportunityRep;
    std::vector<std::uint32_t> m_customerRep;
    struct FirstOrder
    {
        const Order* order = nullptr;
        Date date; // its date, compared without touching the order again
    };
    std::vector<FirstOrder> m_firstOrder;
    // The payments grouped by order: m_payments[m_paymentStart[o], m_paymentStart[o + 1]).
    std::vector<std::uint32_t> m_paymentStart;
    std::vector<PaymentFacts> m_payments;
    std::vector<std::pair<std::uint32_t, Date>> m_activities; // (customer, date) of the known customers' activities
};

} // namespace sd
