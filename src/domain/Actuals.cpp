#include "domain/Actuals.h"

#include "domain/Split.h"

#include <algorithm>

namespace sd {

ActualsEngine::ActualsEngine(const DatasetIndex& index, const WorkspaceSettings& settings)
    : m_index(index)
    , m_settings(settings)
{
    if (!index.data().unitHistory.empty())
        m_units = std::make_unique<UnitAttribution>(index, index.data().unitHistory);
}

void ActualsEngine::buildOrderMaps() const
{
    std::call_once(m_orderMapsOnce, [this] {
        for (const Order& o : m_index.data().orders) {
            const auto& credits = m_index.creditsOfOrder(o);
            if (credits.empty()) {
                m_credited[o.repId].push_back(&o);
            } else {
                std::vector<std::string_view> seen;
                for (const OrderCredit* c : credits) {
                    if (std::find(seen.begin(), seen.end(), c->repId) != seen.end())
                        continue;
                    seen.push_back(c->repId);
                    m_credited[c->repId].push_back(&o);
                }
            }
            if (o.cancelledOn)
                continue;
            auto& first = m_firstOrder[o.customerId];
            if (!first || o.orderDate < first->orderDate || (o.orderDate == first->orderDate && o.id < first->id))
                first = &o;
        }
        for (auto& [rep, list] : m_credited)
            std::sort(list.begin(), list.end(), [](const Order* a, const Order* b) { return a->id < b->id; });
    });
}

const std::vector<CreditLine>& ActualsEngine::creditLines(const Order& order) const
{
    auto it = m_creditCache.find(&order);
    if (it != m_creditCache.end())
        return it->second;
    std::vector<CreditLine> lines;
    const auto& credits = m_index.creditsOfOrder(order);
    if (credits.empty()) {
        lines.push_back({order.repId, Rational(1), false, order.amount.cents(), order.grossProfit.cents()});
    } else {
        std::vector<const OrderCredit*> split;
        std::vector<const OrderCredit*> overlay;
        for (const OrderCredit* c : credits)
            (c->overlay ? overlay : split).push_back(c);
        auto byRep = [](const OrderCredit* a, const OrderCredit* b) { return a->repId < b->repId; };
        std::stable_sort(split.begin(), split.end(), byRep);
        std::stable_sort(overlay.begin(), overlay.end(), byRep);
        if (!split.empty()) {
            std::vector<Rational> w;
            for (const OrderCredit* c : split)
                w.push_back(c->share);
            auto amounts = exactSplit(order.amount.cents(), w);
            auto gps = exactSplit(order.grossProfit.cents(), w);
            for (size_t i = 0; i < split.size(); ++i)
                lines.push_back({split[i]->repId, split[i]->share, false, amounts[i], gps[i]});
        }
        for (const OrderCredit* c : overlay)
            lines.push_back({c->repId, c->share, true, order.amount.times(c->share).cents(),
                             order.grossProfit.times(c->share).cents()});
    }
    return m_creditCache.emplace(&order, std::move(lines)).first->second;
}

std::vector<std::pair<std::string, std::int64_t>> ActualsEngine::paymentCredits(const Payment& payment) const
{
    const Order* order = m_index.order(payment.orderId);
    if (!order)
        return {};
    return paymentCredits(payment, *order);
}

std::vector<std::pair<std::string, std::int64_t>> ActualsEngine::paymentCredits(const Payment& payment,
                                                                                const Order& order) const
{
    std::vector<std::pair<std::string, std::int64_t>> out;
    const auto& lines = creditLines(order);
    std::vector<Rational> w;
    std::vector<const CreditLine*> split;
    for (const CreditLine& l : lines)
        if (!l.overlay) {
            w.push_back(l.share);
            split.push_back(&l);
        }
    if (!split.empty()) {
        auto amounts = exactSplit(payment.amount.cents(), w);
        for (size_t i = 0; i < split.size(); ++i)
            out.emplace_back(split[i]->repId, amounts[i]);
    }
    for (const CreditLine& l : lines)
        if (l.overlay)
            out.emplace_back(l.repId, payment.amount.times(l.share).cents());
    return out;
}

const std::vector<const Order*>& ActualsEngine::ordersCreditedTo(std::string_view repId) const
{
    static const std::vector<const Order*> empty;
    buildOrderMaps();
    auto it = m_credited.find(repId);
    return it == m_credited.end() ? empty : it->second;
}

std::optional<Date> ActualsEngine::firstOrderDate(std::string_view customerId) const
{
    const Order* o = firstOrder(customerId);
    if (!o)
        return std::nullopt;
    return o->orderDate;
}

const Order* ActualsEngine::firstOrder(std::string_view customerId) const
{
    buildOrderMaps();
    auto it = m_firstOrder.find(customerId);
    return it == m_firstOrder.end() ? nullptr : it->second;
}

bool ActualsEngine::isExistingCustomer(std::string_view customerId, Date periodFirst) const
{
    auto d = firstOrderDate(customerId);
    return d && *d < periodFirst;
}

std::int64_t ActualsEngine::repActual(Metric metric, std::string_view repId, Date first, Date last) const
{
    auto inRange = [&](Date d) { return d >= first && d <= last; };
    std::int64_t total = 0;
    switch (metric) {
    case Metric::Revenue:
    case Metric::GrossProfit:
        for (const Order* o : ordersCreditedTo(repId)) {
            const bool booked = inRange(o->orderDate);
            const bool cancelled = o->cancelledOn && inRange(*o->cancelledOn);
            if (booked == cancelled)
                continue;
            std::int64_t credit = 0;
            for (const CreditLine& l : creditLines(*o))
                if (l.repId == repId)
                    credit += metric == Metric::Revenue ? l.amountCents : l.grossProfitCents;
            total += booked ? credit : -credit;
        }
        break;
    case Metric::Collections:
        for (const Order* o : ordersCreditedTo(repId))
            for (const Payment* p : m_index.paymentsOfOrder(*o)) {
                if (!inRange(p->paidOn))
                    continue;
                for (const auto& [rid, cents] : paymentCredits(*p))
                    if (rid == repId)
                        total += cents;
            }
        break;
    case Metric::NewCustomers:
        for (const Order* o : m_index.ordersOfRep(repId)) {
            if (o->cancelledOn || !inRange(o->orderDate))
                continue;
            if (firstOrder(o->customerId) == o)
                ++total;
        }
        break;
    }
    return total;
}

std::int64_t ActualsEngine::ownerActual(Metric metric, const OwnerRef& owner, Date first, Date last) const
{
    if (owner.kind == OwnerKind::Rep)
        return repActual(metric, owner.id, first, last);
    std::int64_t total = 0;
    if (m_units) {
        for (const Rep* r : m_units->repsDuring(owner.id, first, last))
            for (const auto& [from, to] : m_units->daysIn(*r, owner.id, first, last))
                total += repActual(metric, r->id, from, to);
        return total;
    }
    for (const Rep* r : m_index.repsUnder(owner.id))
        total += repActual(metric, r->id, first, last);
    return total;
}

} // namespace sd
