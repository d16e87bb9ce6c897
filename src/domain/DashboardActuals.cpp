#include "domain/DashboardActuals.h"

#include "domain/Error.h"

#include <algorithm>

namespace sd {

namespace {

constexpr int kRevenue = 0;
constexpr int kGrossProfit = 1;
constexpr int kCollections = 2;

int metricIndex(Metric metric)
{
    switch (metric) {
    case Metric::Revenue: return kRevenue;
    case Metric::GrossProfit: return kGrossProfit;
    case Metric::Collections: return kCollections;
    case Metric::NewCustomers: break;
    }
    throw DomainError("the dashboard's one-pass figures have no new_customers");
}

} // namespace

DashboardActuals::DashboardActuals(const ActualsEngine& actuals, const ReceivablesEngine& receivables,
                                   const UnitAttribution& units, const WorkspaceSettings& settings, Date today)
    : m_actuals(actuals)
    , m_receivablesEngine(receivables)
    , m_units(units)
    , m_today(today)
{
    const FiscalCalendar cal = settings.calendar();
    m_periods = {Period::monthOf(today), Period::quarterOf(today, cal), Period::yearOf(today, cal)};
    for (int s = 0; s < 3; ++s)
        m_first[s] = m_periods[s].firstDay(cal);
    m_monthLast = m_periods[0].lastDay(cal);
    m_quarterLast = m_periods[1].lastDay(cal);
    const Dataset& ds = actuals.index().data();
    m_reps.reserve(ds.reps.size());
    for (const Rep& r : ds.reps)
        m_reps[r.id].rep = &r;
    for (const Order& o : ds.orders)
        addOrder(o);
}

DashboardActuals::RepFigures* DashboardActuals::repFigures(std::string_view repId)
{
    const auto it = m_reps.find(repId);
    return it == m_reps.end() ? nullptr : &it->second;
}

void DashboardActuals::addLine(RepFigures& rep, Date d, int metric, std::int64_t cents)
{
    if (d >= m_first[0] && d <= m_monthLast)
        rep.whole[metric * 2] += cents;
    if (d >= m_first[1] && d <= m_quarterLast)
        rep.whole[metric * 2 + 1] += cents;
    if (metric == kGrossProfit || d > m_today || d < m_first[2])
        return;
    const std::string_view unit = m_units.unitOn(*rep.rep, d);
    auto it = std::find_if(rep.byUnit.begin(), rep.byUnit.end(), [&](const auto& e) { return e.first == unit; });
    if (it == rep.byUnit.end()) {
        rep.byUnit.emplace_back(unit, Sums{});
        it = std::prev(rep.byUnit.end());
    }
    const int base = metric == kRevenue ? 0 : 3;
    for (int s = 0; s < 3; ++s)
        if (d >= m_first[s])
            it->second[base + s] += cents;
}

void DashboardActuals::addOrder(const Order& o)
{
    const DatasetIndex& index = m_actuals.index();
    const Date from = m_first[2]; // the fiscal year's first day: the earliest day any figure counts
    const Date to = std::max(m_today, m_quarterLast);
    const auto inWindow = [&](Date d) { return d >= from && d <= to; };
    const bool plain = index.creditsOfOrder(o).empty(); // the order's rep, share 1 (SPEC §6)

    // Revenue and gross profit: the credit on the order date, its negation on the cancellation date.
    const bool booked = inWindow(o.orderDate);
    const bool cancelled = o.cancelledOn && inWindow(*o.cancelledOn);
    if (booked || cancelled) {
        auto credit = [&](std::string_view repId, std::int64_t amount, std::int64_t gp) {
            RepFigures* rep = repFigures(repId);
            if (!rep)
                return;
            if (booked) {
                addLine(*rep, o.orderDate, kRevenue, amount);
                addLine(*rep, o.orderDate, kGrossProfit, gp);
            }
            if (cancelled) {
                addLine(*rep, *o.cancelledOn, kRevenue, -amount);
                addLine(*rep, *o.cancelledOn, kGrossProfit, -gp);
            }
        };
        if (plain)
            credit(o.repId, o.amount.cents(), o.grossProfit.cents());
        else
            for (const CreditLine& l : m_actuals.creditLines(o))
                credit(l.repId, l.amountCents, l.grossProfitCents);
    }

    // Collections (shared like the order), and the order's payments before, in and after the month.
    const Date monthFirst = m_first[0];
    std::int64_t paidBeforeMonth = 0;
    std::int64_t paidInMonth = 0;
    std::int64_t paidByToday = 0;
    for (const Payment* p : index.paymentsOfOrder(o)) {
        const std::int64_t cents = p->amount.cents();
        if (p->paidOn < monthFirst)
            paidBeforeMonth += cents;
        else if (p->paidOn <= m_monthLast)
            paidInMonth += cents;
        if (p->paidOn <= m_today)
            paidByToday += cents;
        if (!inWindow(p->paidOn))
            continue;
        if (plain) {
            if (RepFigures* rep = repFigures(o.repId))
                addLine(*rep, p->paidOn, kCollections, cents);
        } else {
            for (const auto& [repId, share] : m_actuals.paymentCredits(*p))
                if (RepFigures* rep = repFigures(repId))
                    addLine(*rep, p->paidOn, kCollections, share);
        }
    }

    // The receivable as of the day (every order: a customer's credit limit covers all its orders).
    std::optional<Date> due;
    if (o.orderDate <= m_today && !o.isCancelledBy(m_today) && o.amount.cents() != paidByToday) {
        due = m_receivablesEngine.dueDate(o);
        Receivable r;
        r.order = &o;
        r.amountCents = o.amount.cents();
        r.paidCents = paidByToday;
        r.balanceCents = (o.amount - Money::fromCents(paidByToday)).cents();
        r.dueDate = *due;
        r.daysPastDue = m_today - r.dueDate;
        r.bucket = agingBucketFor(r.daysPastDue);
        m_receivables.push_back(r);
    }

    // The month's collection rate (SPEC §5): the due set and what was collected on it, with the order's rep_id.
    if (o.orderDate > m_monthLast || o.isCancelledBy(m_monthLast))
        return;
    RepFigures* rep = repFigures(o.repId);
    if (!rep)
        return;
    if (!due)
        due = m_receivablesEngine.dueDate(o);
    if (*due > m_monthLast)
        return;
    const std::int64_t opening = o.amount.cents() - (o.orderDate < monthFirst ? paidBeforeMonth : 0);
    if (opening <= 0)
        return;
    ++rep->dueOrders;
    rep->dueCents += opening;
    rep->collectedCents += std::min(opening, paidInMonth);
}

std::int64_t DashboardActuals::actual(const OwnerRef& owner, Metric metric, Span span) const
{
    const int m = metricIndex(metric);
    if (m == kGrossProfit)
        throw DomainError("the dashboard's one-pass figures have no gross profit to date");
    const std::size_t i = static_cast<std::size_t>((m == kRevenue ? 0 : 3) + static_cast<int>(span));
    std::int64_t total = 0;
    if (owner.kind == OwnerKind::Rep) {
        const auto it = m_reps.find(owner.id);
        if (it != m_reps.end())
            for (const auto& [unit, sums] : it->second.byUnit)
                total += sums[i];
        return total;
    }
    for (const auto& [id, rep] : m_reps)
        for (const auto& [unit, sums] : rep.byUnit)
            if (m_units.isUnder(unit, owner.id))
                total += sums[i];
    return total;
}

std::int64_t DashboardActuals::repWholePeriod(std::string_view repId, Metric metric, Span span) const
{
    if (span == Span::Year)
        throw DomainError("the dashboard's one-pass figures have no whole fiscal year");
    const auto it = m_reps.find(repId);
    if (it == m_reps.end())
        return 0;
    return it->second.whole[static_cast<std::size_t>(metricIndex(metric) * 2 + (span == Span::Quarter ? 1 : 0))];
}

CollectionRate DashboardActuals::collectionRate(const OwnerRef& owner) const
{
    CollectionRate cr;
    auto add = [&](std::string_view repId) {
        const auto it = m_reps.find(repId);
        if (it == m_reps.end())
            return;
        cr.dueCents += it->second.dueCents;
        cr.collectedCents += it->second.collectedCents;
        cr.dueOrders += it->second.dueOrders;
    };
    if (owner.kind == OwnerKind::Rep)
        add(owner.id);
    else
        for (const Rep* r : m_actuals.index().repsUnder(owner.id))
            add(r->id);
    if (cr.dueOrders > 0)
        cr.rate = Rational(cr.collectedCents) / Rational(cr.dueCents);
    return cr;
}

} // namespace sd
