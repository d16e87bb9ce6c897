#include "domain/KpiActuals.h"

#include "domain/Funnel.h"
#include "domain/Review360.h"

#include <algorithm>

namespace sd {

namespace {

std::string manualKey(std::string_view rep, std::string_view period, std::string_view code)
{
    std::string k(rep);
    k += '|';
    k += period;
    k += '|';
    k += code;
    return k;
}

} // namespace

KpiActuals::KpiActuals(const DatasetIndex& index, const WorkspaceSettings& settings)
    : m_index(index)
    , m_settings(settings)
    , m_targets(index.data().targets)
{
    for (const KpiValue& v : index.data().kpiValues)
        m_manual[manualKey(v.repId, v.period, v.code)] = &v;
    for (const Review& r : index.data().reviews)
        m_reviews[manualKey(r.subjectRepId, r.period, {})].push_back(&r);
}

KpiActuals::~KpiActuals() = default;

const ActualsEngine& KpiActuals::actuals() const
{
    std::call_once(m_actualsOnce, [this] { m_actuals = std::make_unique<ActualsEngine>(m_index, m_settings); });
    return *m_actuals;
}

const ReceivablesEngine& KpiActuals::receivables() const
{
    std::call_once(m_receivablesOnce,
                   [this] { m_receivables = std::make_unique<ReceivablesEngine>(m_index, m_settings); });
    return *m_receivables;
}

const KpiActuals::ByRep& KpiActuals::visitCounts(Date first, Date last) const
{
    const std::lock_guard lock(m_periodMutex);
    const auto key = std::make_pair(first, last);
    auto it = m_visitCounts.find(key);
    if (it != m_visitCounts.end())
        return it->second;
    ByRep& counts = m_visitCounts[key];
    for (const Activity& a : m_index.data().activities)
        if (a.kind == ActivityKind::Visit && a.date >= first && a.date <= last)
            ++counts[a.repId];
    return counts;
}

// Every rep's SPEC §5 collection rate for [first, last] in one pass over the orders (their rep_id), with the
// rules of ReceivablesEngine::collectionRate: the due set is the orders dated by the period's end, not cancelled by
// it, due (order date + the customer's payment terms, 30 days without a customer) by its end, with a positive
// balance at its start (the whole amount for an order dated in the period); collected is, per order, the payments
// dated in the period up to that balance. Sums are exact cents, so the order of the orders does not matter.
struct KpiActuals::CollectionScope
{
    struct Sums
    {
        Money due;
        Money collected;
        std::size_t dueOrders = 0;
    };
    std::unordered_map<std::string_view, Sums> byRep;
};

const KpiActuals::CollectionScope& KpiActuals::collectionScope(Date first, Date last) const
{
    const std::lock_guard lock(m_periodMutex);
    auto& slot = m_collectionScopes[std::make_pair(first, last)];
    if (slot)
        return *slot;
    slot = std::make_unique<CollectionScope>();
    for (const Order& o : m_index.data().orders) {
        if (o.orderDate > last || o.isCancelledBy(last))
            continue;
        const auto payments = m_index.paymentsOfOrder(o);
        Money opening = o.amount;
        Money paidInPeriod;
        for (const Payment* p : payments) {
            if (p->paidOn < first) {
                if (o.orderDate < first)
                    opening -= p->amount;
            } else if (p->paidOn <= last) {
                paidInPeriod += p->amount;
            }
        }
        if (!opening.isPositive())
            continue;
        const Customer* c = m_index.customer(o.customerId);
        if (o.orderDate.addDays(c ? c->paymentTermsDays : 30) > last)
            continue;
        CollectionScope::Sums& sums = slot->byRep[o.repId];
        ++sums.dueOrders;
        sums.due += opening;
        sums.collected += min(opening, paidInPeriod);
    }
    return *slot;
}

CollectionRate KpiActuals::collectionRate(std::string_view repId, Date first, Date last) const
{
    const CollectionScope& scope = collectionScope(first, last);
    CollectionRate cr;
    const auto it = scope.byRep.find(repId);
    if (it == scope.byRep.end())
        return cr;
    cr.dueCents = it->second.due.cents();
    cr.collectedCents = it->second.collected.cents();
    cr.dueOrders = it->second.dueOrders;
    if (cr.dueOrders > 0)
        cr.rate = Rational(cr.collectedCents) / Rational(cr.dueCents);
    return cr;
}

const KpiActuals::ByRep& KpiActuals::newCustomerCounts(Date first, Date last) const
{
    const ActualsEngine& engine = actuals();
    const std::lock_guard lock(m_periodMutex);
    const auto key = std::make_pair(first, last);
    auto it = m_newCustomers.find(key);
    if (it != m_newCustomers.end())
        return it->second;
    // SPEC §6 new_customers of ActualsEngine::repActual, for every rep in one pass over the orders: an order of the
    // rep (its rep_id) dated in the period, never cancelled, that is its customer's first order ever.
    ByRep& counts = m_newCustomers[key];
    for (const Order& o : m_index.data().orders)
        if (!o.cancelledOn && o.orderDate >= first && o.orderDate <= last && engine.firstOrder(o.customerId) == &o)
            ++counts[o.repId];
    return counts;
}

std::optional<Rational> KpiActuals::manualValue(std::string_view repId, const std::string& periodLabel,
                                                std::string_view code) const
{
    auto it = m_manual.find(manualKey(repId, periodLabel, code));
    if (it == m_manual.end())
        return std::nullopt;
    return it->second->value;
}

std::optional<Rational> KpiActuals::review360Score(const std::string& repId, const std::string& periodLabel) const
{
    auto it = m_reviews.find(manualKey(repId, periodLabel, {}));
    if (it == m_reviews.end())
        return std::nullopt;
    return review360(it->second, m_settings.reviewWeights).score;
}

std::int64_t KpiActuals::visits(std::string_view repId, Date first, Date last) const
{
    const ByRep& counts = visitCounts(first, last);
    const auto it = counts.find(repId);
    return it == counts.end() ? 0 : it->second;
}

std::optional<Rational> KpiActuals::actual(std::string_view code, const Rep& rep, const Period& period) const
{
    const FiscalCalendar cal = m_settings.calendar();
    const Date first = period.firstDay(cal);
    const Date last = period.lastDay(cal);
    if (auto metric = kpiTargetMetric(code)) {
        if (*metric == Metric::NewCustomers) {
            const ByRep& counts = newCustomerCounts(first, last);
            const auto it = counts.find(rep.id);
            return Rational(static_cast<long long>(it == counts.end() ? 0 : it->second));
        }
        return Rational(static_cast<long long>(actuals().repActual(*metric, rep.id, first, last)));
    }
    if (code == "collection_rate")
        return collectionRate(rep.id, first, last).rate;
    if (code == "win_rate")
        return winRate(m_index.opportunitiesOfOwner(rep.id), first, last);
    if (code == "visits")
        return Rational(static_cast<long long>(visits(rep.id, first, last)));
    if (code == "review_360")
        return review360Score(rep.id, period.label());
    return manualValue(rep.id, period.label(), code);
}

std::optional<Rational> KpiActuals::target(const KpiTemplateItem& item, const Rep& rep, const Period& period) const
{
    switch (item.targetSource) {
    case KpiTemplateItem::TargetSource::None: return std::nullopt;
    case KpiTemplateItem::TargetSource::Fixed:
        return kpiUnit(item.kpi) == KpiUnit::Money ? item.fixedTarget * Rational(100) : item.fixedTarget;
    case KpiTemplateItem::TargetSource::OwnerTarget: {
        auto metric = kpiTargetMetric(item.kpi);
        if (!metric)
            return std::nullopt;
        auto t = m_targets.targetFor(OwnerRef{OwnerKind::Rep, rep.id}, *metric, period, m_settings.calendar());
        if (!t)
            return std::nullopt;
        return Rational(static_cast<long long>(*t));
    }
    }
    return std::nullopt;
}

} // namespace sd
