#include "domain/Receivables.h"

#include <algorithm>
#include <map>

namespace sd {

std::string_view toCode(AgingBucket b)
{
    switch (b) {
    case AgingBucket::Current: return "current";
    case AgingBucket::Days1To30: return "1-30";
    case AgingBucket::Days31To60: return "31-60";
    case AgingBucket::Days61To90: return "61-90";
    case AgingBucket::Days91To180: return "91-180";
    case AgingBucket::Over180: return ">180";
    }
    return "";
}

AgingBucket agingBucketFor(int daysPastDue)
{
    if (daysPastDue <= 0)
        return AgingBucket::Current;
    if (daysPastDue <= 30)
        return AgingBucket::Days1To30;
    if (daysPastDue <= 60)
        return AgingBucket::Days31To60;
    if (daysPastDue <= 90)
        return AgingBucket::Days61To90;
    if (daysPastDue <= 180)
        return AgingBucket::Days91To180;
    return AgingBucket::Over180;
}

const std::array<AgingBucket, kAgingBucketCount>& allAgingBuckets()
{
    static const std::array<AgingBucket, kAgingBucketCount> all{AgingBucket::Current,    AgingBucket::Days1To30,
                                                                 AgingBucket::Days31To60, AgingBucket::Days61To90,
                                                                 AgingBucket::Days91To180, AgingBucket::Over180};
    return all;
}

std::int64_t AgingTotals::total() const
{
    std::int64_t t = 0;
    for (auto c : cents)
        t = (Money::fromCents(t) + Money::fromCents(c)).cents(); // overflow checked
    return t;
}

std::int64_t AgingTotals::over90() const { return (*this)[AgingBucket::Days91To180] + (*this)[AgingBucket::Over180]; }

ReceivablesEngine::ReceivablesEngine(const DatasetIndex& index, const WorkspaceSettings& settings)
    : m_index(index)
    , m_settings(settings)
{
}

const std::unordered_map<std::string_view, std::vector<const Order*>>& ReceivablesEngine::ordersOfCustomer() const
{
    std::call_once(m_ordersOfCustomerOnce, [this] {
        for (const auto& o : m_index.data().orders)
            m_ordersOfCustomer[o.customerId].push_back(&o);
        for (auto& [k, v] : m_ordersOfCustomer)
            std::sort(v.begin(), v.end(), [](const Order* a, const Order* b) { return a->id < b->id; });
    });
    return m_ordersOfCustomer;
}

Date ReceivablesEngine::dueDate(const Order& order) const
{
    const Customer* c = m_index.customer(order.customerId);
    return order.orderDate.addDays(c ? c->paymentTermsDays : 30);
}

std::int64_t ReceivablesEngine::paidBetween(const Order& order, std::optional<Date> from, Date to) const
{
    Money paid;
    for (const Payment* p : m_index.paymentsOfOrder(order))
        if (p->paidOn <= to && (!from || p->paidOn >= *from))
            paid += p->amount;
    return paid.cents();
}

std::optional<Receivable> ReceivablesEngine::receivableOf(const Order& order, Date asOf) const
{
    if (order.orderDate > asOf || order.isCancelledBy(asOf))
        return std::nullopt;
    Receivable r;
    r.order = &order;
    r.amountCents = order.amount.cents();
    r.paidCents = paidBetween(order, std::nullopt, asOf);
    r.balanceCents = (order.amount - Money::fromCents(r.paidCents)).cents();
    if (r.balanceCents == 0)
        return std::nullopt;
    r.dueDate = dueDate(order);
    r.daysPastDue = asOf - r.dueDate;
    r.bucket = agingBucketFor(r.daysPastDue);
    return r;
}

bool ReceivablesEngine::orderBelongsTo(const Order& order, const std::optional<OwnerRef>& owner) const
{
    if (!owner)
        return true;
    if (owner->kind == OwnerKind::Rep)
        return order.repId == owner->id;
    const Rep* rep = m_index.rep(order.repId);
    return rep && m_index.repBelongsTo(*rep, *owner);
}

std::vector<const Order*> ReceivablesEngine::ordersOf(const std::optional<OwnerRef>& owner) const
{
    std::vector<const Order*> out;
    for (const auto& o : m_index.data().orders)
        if (orderBelongsTo(o, owner))
            out.push_back(&o);
    std::sort(out.begin(), out.end(), [](const Order* a, const Order* b) { return a->id < b->id; });
    return out;
}

std::vector<Receivable> ReceivablesEngine::receivables(Date asOf, const std::optional<OwnerRef>& owner) const
{
    std::vector<Receivable> out;
    for (const Order* o : ordersOf(owner))
        if (auto r = receivableOf(*o, asOf))
            out.push_back(*r);
    return out;
}

CollectionRate ReceivablesEngine::collectionRate(const std::vector<const Order*>& orders, Date first, Date last) const
{
    CollectionRate cr;
    Money due;
    Money collected;
    for (const Order* o : orders) {
        if (o->orderDate > last || o->isCancelledBy(last) || dueDate(*o) > last)
            continue;
        // Balance at the start of P: an order dated in P has its whole amount open.
        Money opening = o->amount;
        if (o->orderDate < first)
            opening -= Money::fromCents(paidBetween(*o, std::nullopt, first.addDays(-1)));
        if (!opening.isPositive())
            continue;
        ++cr.dueOrders;
        due += opening;
        collected += min(opening, Money::fromCents(paidBetween(*o, first, last)));
    }
    cr.dueCents = due.cents();
    cr.collectedCents = collected.cents();
    if (cr.dueOrders > 0)
        cr.rate = Rational(cr.collectedCents) / Rational(cr.dueCents);
    return cr;
}

CollectionRate ReceivablesEngine::collectionRateOfRep(std::string_view repId, Date first, Date last) const
{
    return collectionRate(m_index.ordersOfRep(repId), first, last);
}

CollectionRate ReceivablesEngine::collectionRateOf(const std::optional<OwnerRef>& owner, Date first, Date last) const
{
    return collectionRate(ordersOf(owner), first, last);
}

ReceivablesReport ReceivablesEngine::report(Date asOf, const std::optional<OwnerRef>& owner) const
{
    ReceivablesReport rep;
    rep.asOf = asOf;
    rep.receivables = receivables(asOf, owner);

    std::map<std::string, AgingGroup> customers;
    std::map<std::string, AgingGroup> reps;
    std::map<std::string, AgingGroup> units;
    for (const Receivable& r : rep.receivables) {
        const Order& o = *r.order;
        rep.total.add(r.bucket, r.balanceCents);

        auto& cg = customers[o.customerId];
        if (cg.id.empty()) {
            cg.id = o.customerId;
            const Customer* c = m_index.customer(o.customerId);
            cg.name = c ? c->name : std::string();
        }
        cg.aging.add(r.bucket, r.balanceCents);

        auto& rg = reps[o.repId];
        const Rep* rp = m_index.rep(o.repId);
        if (rg.id.empty()) {
            rg.id = o.repId;
            rg.name = rp ? rp->name : std::string();
        }
        rg.aging.add(r.bucket, r.balanceCents);

        if (rp) {
            for (const OrgUnit* u : m_index.unitPath(rp->orgUnitId)) {
                auto& ug = units[u->id];
                if (ug.id.empty()) {
                    ug.id = u->id;
                    ug.name = u->name;
                }
                ug.aging.add(r.bucket, r.balanceCents);
            }
        }

        if (r.daysPastDue > 0 && r.balanceCents > 0)
            rep.overdue.push_back(r);
    }
    for (auto& [k, g] : customers)
        rep.customers.push_back(std::move(g));
    for (auto& [k, g] : reps)
        rep.reps.push_back(std::move(g));
    for (auto& [k, g] : units)
        rep.units.push_back(std::move(g));
    std::stable_sort(rep.overdue.begin(), rep.overdue.end(), [](const Receivable& a, const Receivable& b) {
        if (a.daysPastDue != b.daysPastDue)
            return a.daysPastDue > b.daysPastDue;
        return a.order->id < b.order->id;
    });

    // Credit flags look at the customer's whole exposure, whichever rep booked the orders.
    const auto& ordersOfCustomer = this->ordersOfCustomer();
    for (const AgingGroup& g : rep.customers) {
        CreditFlag f;
        f.customerId = g.id;
        f.customerName = g.name;
        AgingTotals all;
        auto it = ordersOfCustomer.find(g.id);
        if (it != ordersOfCustomer.end()) {
            for (const Order* o : it->second) {
                if (auto r = receivableOf(*o, asOf)) {
                    all.add(r->bucket, r->balanceCents);
                    if (r->daysPastDue > 90 && r->balanceCents > 0) {
                        f.overdue90 = true;
                        f.over90Cents += r->balanceCents;
                    }
                }
            }
        }
        f.balanceCents = all.total();
        if (const Customer* c = m_index.customer(g.id); c && c->creditLimit) {
            f.creditLimitCents = c->creditLimit->cents();
            f.overCreditLimit = f.balanceCents > *f.creditLimitCents;
        }
        if (f.overCreditLimit || f.overdue90)
            rep.creditFlags.push_back(std::move(f));
    }

    const FiscalCalendar cal = m_settings.calendar();
    rep.collectionPeriod = Period::monthOf(asOf);
    rep.collectionRate = collectionRateOf(owner, rep.collectionPeriod.firstDay(cal), rep.collectionPeriod.lastDay(cal));
    return rep;
}

} // namespace sd
