#pragma once

#include "domain/DatasetIndex.h"
#include "domain/Settings.h"
#include "domain/UnitAttribution.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sd {

// One rep's credit on one order (SPEC §6): revenue splits share the order's amount and gross
// profit by §2 (weights = shares, parts in ascending rep id), so they sum exactly; an overlay
// credit is amount × share rounded once. Without order_credits rows: the order's rep, share 1.
struct CreditLine
{
    std::string repId;
    Rational share;
    bool overlay = false;
    std::int64_t amountCents = 0;
    std::int64_t grossProfitCents = 0;
};

// Actuals of SPEC §6 for reps and org units over a date range [first, last].
// Orders count on their date; a cancelled order counts negatively on its cancellation date
// (so one cancelled inside the same range nets to zero); payments count on their date, shared
// like the order. The negative line of a cancellation is the exact negation of the booked credit.
class ActualsEngine
{
public:
    ActualsEngine(const DatasetIndex& index, const WorkspaceSettings& settings);

    const DatasetIndex& index() const { return m_index; }

    // The credit lines of an order (cached).
    const std::vector<CreditLine>& creditLines(const Order& order) const;
    // A payment's amount shared over the order's credit lines like the order amount (by §2; overlay rounded once).
    std::vector<std::pair<std::string, std::int64_t>> paymentCredits(const Payment& payment) const;
    // The same for a payment whose order the caller already has (the payment's order_id is not looked up).
    std::vector<std::pair<std::string, std::int64_t>> paymentCredits(const Payment& payment, const Order& order) const;

    // Cents (money metrics) or a count (new_customers) for a rep.
    std::int64_t repActual(Metric metric, std::string_view repId, Date first, Date last) const;
    // For a unit: the sum over every rep under it; for a rep: repActual. With kept team moves
    // (Dataset::unitHistory), each rep counts only over the days it was in the unit (UnitAttribution).
    std::int64_t ownerActual(Metric metric, const OwnerRef& owner, Date first, Date last) const;
    // The team-move rule over the dataset's kept memberships, or null when no rep ever moved.
    const UnitAttribution* unitAttribution() const { return m_units.get(); }

    // The date of the customer's first order ever (cancelled orders never count), or nullopt.
    std::optional<Date> firstOrderDate(std::string_view customerId) const;
    // The id of that first order (ties on the date: lowest order id).
    const Order* firstOrder(std::string_view customerId) const;
    // SPEC §3: existing for a period starting on `periodFirst` when it has a (never cancelled) order before it.
    bool isExistingCustomer(std::string_view customerId, Date periodFirst) const;

    // Orders credited to a rep (by its rep_id or any credit row), ascending id.
    const std::vector<const Order*>& ordersCreditedTo(std::string_view repId) const;

private:
    // The orders credited to each rep and each customer's first order, built on first use (once, thread-safely):
    // the dashboard needs only credit lines and builds its own compact lookups.
    void buildOrderMaps() const;

    const DatasetIndex& m_index;
    const WorkspaceSettings& m_settings;
    mutable std::unordered_map<const Order*, std::vector<CreditLine>> m_creditCache;
    mutable std::once_flag m_orderMapsOnce;
    mutable std::unordered_map<std::string_view, const Order*> m_firstOrder;
    mutable std::unordered_map<std::string_view, std::vector<const Order*>> m_credited;
    std::unique_ptr<UnitAttribution> m_units;
};

} // namespace sd
