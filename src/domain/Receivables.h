#pragma once

// Receivables, aging and collection rate (SPEC §5). Receivables stay with the order's rep_id
// (never credit splits, SPEC §6). Amounts are cents; docs/receivables.md has the decisions.

#include "domain/DatasetIndex.h"
#include "domain/Settings.h"

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sd {

// Aging buckets by days past due: `current` (≤ 0), `1-30`, `31-60`, `61-90`, `91-180`, `>180`.
enum class AgingBucket { Current, Days1To30, Days31To60, Days61To90, Days91To180, Over180 };
constexpr std::size_t kAgingBucketCount = 6;

std::string_view toCode(AgingBucket b);
AgingBucket agingBucketFor(int daysPastDue);
// All buckets in display order.
const std::array<AgingBucket, kAgingBucketCount>& allAgingBuckets();

// Balances (cents) per aging bucket.
struct AgingTotals
{
    std::array<std::int64_t, kAgingBucketCount> cents{};

    std::int64_t operator[](AgingBucket b) const { return cents[static_cast<std::size_t>(b)]; }
    void add(AgingBucket b, std::int64_t amount) { cents[static_cast<std::size_t>(b)] += amount; }
    std::int64_t total() const;
    // Balance more than 90 days past due (buckets 91-180 and >180).
    std::int64_t over90() const;
};

// One order's open balance as of a date.
struct Receivable
{
    const Order* order = nullptr;
    Date dueDate;
    int daysPastDue = 0;           // as-of date − due date (≤ 0: current)
    AgingBucket bucket = AgingBucket::Current;
    std::int64_t amountCents = 0;  // the order amount
    std::int64_t paidCents = 0;    // payments dated on or before the as-of date
    std::int64_t balanceCents = 0; // amount − paid; never 0 in a listing, negative when overpaid
};

// Collection rate (回款率) of a set of orders for a period: collected ÷ due (SPEC §5).
struct CollectionRate
{
    std::int64_t dueCents = 0;       // Σ balances at the period start over the due set
    std::int64_t collectedCents = 0; // Σ over the due set of min(payments in the period, balance)
    std::size_t dueOrders = 0;       // size of the due set
    std::optional<Rational> rate;    // nullopt (not applicable) when nothing is due

    bool applicable() const { return rate.has_value(); }
};

// A group of receivables (customer, rep, org unit or the company) with its aging.
struct AgingGroup
{
    std::string id;
    std::string name;
    AgingTotals aging;
};

// A credit-risk flag on a customer as of a date.
struct CreditFlag
{
    std::string customerId;
    std::string customerName;
    std::int64_t balanceCents = 0;              // the customer's whole balance (every rep's orders)
    std::optional<std::int64_t> creditLimitCents;
    std::int64_t over90Cents = 0;               // balance more than 90 days past due
    bool overCreditLimit = false;               // balance > credit limit
    bool overdue90 = false;                     // some positive balance more than 90 days past due
};

// Everything `salesctl receivables` shows for an as-of date and an owner.
struct ReceivablesReport
{
    Date asOf;
    std::vector<Receivable> receivables; // listed receivables (non-zero balances), ascending order id
    AgingTotals total;
    std::vector<AgingGroup> customers;   // non-zero balance, ascending id
    std::vector<AgingGroup> reps;        // by the order's rep_id, non-zero balance, ascending id
    std::vector<AgingGroup> units;       // each org unit with receivables under it, ascending id
    std::vector<Receivable> overdue;     // positive balances past due, most days first, then order id
    std::vector<CreditFlag> creditFlags; // ascending customer id
    Period collectionPeriod;             // the month holding the as-of date
    CollectionRate collectionRate;       // over the owner's orders for collectionPeriod
};

// Computes receivables over a dataset. The dataset index must outlive the engine.
class ReceivablesEngine
{
public:
    ReceivablesEngine(const DatasetIndex& index, const WorkspaceSettings& settings);

    // Due date = order date + the customer's payment terms (30 days when the customer is unknown).
    Date dueDate(const Order& order) const;
    // Payments on the order dated in [from, to] (cents).
    std::int64_t paidBetween(const Order& order, std::optional<Date> from, Date to) const;
    // The order's receivable as of D, or nullopt when it is not dated by D, cancelled by D, or
    // its balance is zero.
    std::optional<Receivable> receivableOf(const Order& order, Date asOf) const;
    // Listed receivables as of D of the orders whose rep_id belongs to the owner (all when none).
    std::vector<Receivable> receivables(Date asOf, const std::optional<OwnerRef>& owner = std::nullopt) const;

    // SPEC §5 collection rate of the given orders for the period [first, last].
    CollectionRate collectionRate(const std::vector<const Order*>& orders, Date first, Date last) const;
    // Over the orders of a rep (by rep_id).
    CollectionRate collectionRateOfRep(std::string_view repId, Date first, Date last) const;
    // Over the orders whose rep_id belongs to the owner (all orders when none).
    CollectionRate collectionRateOf(const std::optional<OwnerRef>& owner, Date first, Date last) const;

    ReceivablesReport report(Date asOf, const std::optional<OwnerRef>& owner = std::nullopt) const;

private:
    std::vector<const Order*> ordersOf(const std::optional<OwnerRef>& owner) const;
    bool orderBelongsTo(const Order& order, const std::optional<OwnerRef>& owner) const;

    // Every order of each customer in id order, built by the first report that needs it (the dashboard never does).
    const std::unordered_map<std::string_view, std::vector<const Order*>>& ordersOfCustomer() const;

    const DatasetIndex& m_index;
    const WorkspaceSettings& m_settings;
    mutable std::once_flag m_ordersOfCustomerOnce;
    mutable std::unordered_map<std::string_view, std::vector<const Order*>> m_ordersOfCustomer;
};

} // namespace sd
