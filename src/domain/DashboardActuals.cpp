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

DashboardActuals::DashboardActuals(const DashboardIndex& positions, const ActualsEngine& actuals,
                                   const UnitAttribution& units, const WorkspaceSettings& settings, Date today)
    : m_positions(&positions)
    , m_actuals(actuals)
    , m_units(units)
    , m_today(today)
{
    build(settings);
}

DashboardActuals::DashboardActuals(const ActualsEngine& actuals, const ReceivablesEngine& /*receivables*/,
                                   const UnitAttribution& units, const WorkspaceSettings& settings, Date today)
    : m_ownPositions(std::make_unique<DashboardIndex>(actuals.index()))
    , m_positions(m_ownPositions.get())
    , m_actuals(actuals)
    , m_units(units)
    , m_today(today)
{
    build(settings);
}

DashboardActuals::~DashboardActuals() = default;

void DashboardActuals::build(const WorkspaceSettings& settings)
{
    const FiscalCalendar cal = settings.calendar();
    m_periods = {Period::monthOf(m_today), Period::quarterOf(m_today, cal), Period::yearOf(m_today, cal)};
    for (int s = 0; s < 3; ++s)
        m_first[s] = m_periods[s].firstDay(cal);
    m_monthLast = m_periods[0].lastDay(cal);
    m_quarterLast = m_periods[1].lastDay(cal);
    const Dataset& ds = m_positions->data();
    m_reps.resize(ds.reps.size());
    for (std::size_t i = 0; i < ds.reps.size(); ++i)
        m_reps[i].rep = &ds.reps[i];
    m_repReceivables.resize(ds.reps.size() + 1);
    for (std::size_t i = 0; i < ds.orders.size(); ++i)
        addOrder(i);
    // New customers of the whole month and quarter: each customer's first order, counted for the order's rep.
    for (std::size_t c = 0; c < ds.customers.size(); ++c) {
        const Order* o = m_positions->firstOrder(c);
        if (!o)
            continue;
        RepFigures* rep = repFigures(m_positions->orderRep(static_cast<std::size_t>(o - ds.orders.data())));
        if (!rep)
            continue;
        if (o->orderDate >= m_first[0] && o->orderDate <= m_monthLast)
            ++rep->newCustomers[0];
        if (o->orderDate >= m_first[1] && o->orderDate <= m_quarterLast)
            ++rep->newCustomers[1];
    }
    finishReceivables();
}

DashboardActuals::RepFigures* DashboardActuals::repFigures(std::uint32_t position)
{
    return position < m_reps.size() ? &m_reps[position] : nullptr;
}

const DashboardActuals::RepFigures* DashboardActuals::repFigures(std::string_view repId) const
{
    const std::uint32_t position = m_positions->repPosition(repId);
    return position < m_reps.size() ? &m_reps[position] : nullptr;
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

void DashboardActuals::addOrder(std::size_t position)
{
    // The compact facts only; the row itself is read for credit splits (and named by the receivable).
    const DashboardIndex::OrderFacts& f = m_positions->order(position);
    const Order& o = m_positions->data().orders[position];
    const Date from = m_first[2]; // the fiscal year's first day: the earliest day any figure counts
    const Date to = std::max(m_today, m_quarterLast);
    const auto inWindow = [&](Date d) { return d >= from && d <= to; };

    // Revenue and gross profit: the credit on the order date, its negation on the cancellation date.
    const bool booked = inWindow(f.orderDate);
    const bool cancelled = f.cancelled && inWindow(f.cancelledOn);
    if (booked || cancelled) {
        auto credit = [&](RepFigures* rep, std::int64_t amount, std::int64_t gp) {
            if (!rep)
                return;
            if (booked) {
                addLine(*rep, f.orderDate, kRevenue, amount);
                addLine(*rep, f.orderDate, kGrossProfit, gp);
            }
            if (cancelled) {
                addLine(*rep, f.cancelledOn, kRevenue, -amount);
                addLine(*rep, f.cancelledOn, kGrossProfit, -gp);
            }
        };
        if (f.plain)
            credit(repFigures(f.rep), f.amountCents, f.grossProfitCents);
        else
            for (const CreditLine& l : m_actuals.creditLines(o))
                credit(repFigures(m_positions->repPosition(l.repId)), l.amountCents, l.grossProfitCents);
    }

    // Collections (shared like the order), and the order's payments before, in and after the month.
    const Date monthFirst = m_first[0];
    std::int64_t paidBeforeMonth = 0;
    std::int64_t paidInMonth = 0;
    std::int64_t paidByToday = 0;
    for (const DashboardIndex::PaymentFacts& p : m_positions->paymentsOfOrder(position)) {
        if (p.paidOn < monthFirst)
            paidBeforeMonth += p.cents;
        else if (p.paidOn <= m_monthLast)
            paidInMonth += p.cents;
        if (p.paidOn <= m_today)
            paidByToday += p.cents;
        if (!inWindow(p.paidOn))
            continue;
        if (f.plain) {
            if (RepFigures* rep = repFigures(f.rep))
                addLine(*rep, p.paidOn, kCollections, p.cents);
        } else {
            for (const auto& [repId, share] : m_actuals.paymentCredits(m_positions->data().payments[p.payment], o))
                if (RepFigures* rep = repFigures(m_positions->repPosition(repId)))
                    addLine(*rep, p.paidOn, kCollections, share);
        }
    }

    // The receivable as of the day (every order: a customer's credit limit covers all its orders).
    if (f.orderDate <= m_today && !f.isCancelledBy(m_today) && f.amountCents != paidByToday) {
        Receivable r;
        r.order = &o;
        r.amountCents = f.amountCents;
        r.paidCents = paidByToday;
        r.balanceCents = (Money::fromCents(f.amountCents) - Money::fromCents(paidByToday)).cents();
        r.dueDate = f.dueDate;
        r.daysPastDue = m_today - r.dueDate;
        r.bucket = agingBucketFor(r.daysPastDue);
        m_receivables.push_back(r);
    }

    // The month's collection rate (SPEC §5): the due set and what was collected on it, with the order's rep_id.
    if (f.orderDate > m_monthLast || f.isCancelledBy(m_monthLast) || f.dueDate > m_monthLast)
        return;
    RepFigures* rep = repFigures(f.rep);
    if (!rep)
        return;
    const std::int64_t opening = f.amountCents - (f.orderDate < monthFirst ? paidBeforeMonth : 0);
    if (opening <= 0)
        return;
    ++rep->dueOrders;
    rep->dueCents += opening;
    rep->collectedCents += std::min(opening, paidInMonth);
}

void DashboardActuals::finishReceivables()
{
    const Dataset& ds = m_positions->data();
    const std::size_t unknownRep = ds.reps.size();
    // Each customer's whole balance and its positive balance more than 90 days past due, over everyone's orders.
    std::vector<std::int64_t> balance(m_positions->customerSlots(), 0);
    std::vector<std::int64_t> over90(m_positions->customerSlots(), 0);
    for (const Receivable& r : m_receivables) {
        const std::size_t order = static_cast<std::size_t>(r.order - ds.orders.data());
        const std::uint32_t c = m_positions->orderCustomer(order);
        balance[c] += r.balanceCents;
        const bool late = r.daysPastDue > 90 && r.balanceCents > 0;
        if (late)
            over90[c] += r.balanceCents;
        const std::uint32_t rep = m_positions->orderRep(order);
        RepReceivables& sums = m_repReceivables[rep < unknownRep ? rep : unknownRep];
        sums.balanceCents += r.balanceCents;
        if (r.daysPastDue > 0 && r.balanceCents > 0)
            sums.overdueCents += r.balanceCents;
        if (late)
            sums.over90Cents += r.balanceCents;
    }
    auto flagged = [&](std::uint32_t c) {
        const bool overLimit = c < ds.customers.size() && ds.customers[c].creditLimit
                               && balance[c] > ds.customers[c].creditLimit->cents();
        return overLimit || over90[c] > 0;
    };
    for (const Receivable& r : m_receivables) {
        const std::size_t order = static_cast<std::size_t>(r.order - ds.orders.data());
        const std::uint32_t c = m_positions->orderCustomer(order);
        if (!flagged(c))
            continue;
        const std::uint32_t rep = m_positions->orderRep(order);
        m_repReceivables[rep < unknownRep ? rep : unknownRep].flaggedCustomers.push_back(c);
    }
    for (RepReceivables& sums : m_repReceivables) {
        std::sort(sums.flaggedCustomers.begin(), sums.flaggedCustomers.end());
        sums.flaggedCustomers.erase(std::unique(sums.flaggedCustomers.begin(), sums.flaggedCustomers.end()),
                                    sums.flaggedCustomers.end());
    }
}

std::int64_t DashboardActuals::repNewCustomers(std::size_t repPosition, Span span) const
{
    if (span == Span::Year)
        throw DomainError("the dashboard's one-pass figures have no whole fiscal year");
    return repPosition < m_reps.size() ? m_reps[repPosition].newCustomers[span == Span::Quarter ? 1 : 0] : 0;
}

std::int64_t DashboardActuals::actual(const OwnerRef& owner, Metric metric, Span span) const
{
    const int m = metricIndex(metric);
    if (m == kGrossProfit)
        throw DomainError("the dashboard's one-pass figures have no gross profit to date");
    const std::size_t i = static_cast<std::size_t>((m == kRevenue ? 0 : 3) + static_cast<int>(span));
    std::int64_t total = 0;
    if (owner.kind == OwnerKind::Rep) {
        if (const RepFigures* rep = repFigures(owner.id))
            for (const auto& [unit, sums] : rep->byUnit)
                total += sums[i];
        return total;
    }
    for (const RepFigures& rep : m_reps)
        for (const auto& [unit, sums] : rep.byUnit)
            if (m_units.isUnder(unit, owner.id))
                total += sums[i];
    return total;
}

std::int64_t DashboardActuals::repWholePeriod(std::string_view repId, Metric metric, Span span) const
{
    if (span == Span::Year)
        throw DomainError("the dashboard's one-pass figures have no whole fiscal year");
    const RepFigures* rep = repFigures(repId);
    if (!rep)
        return 0;
    return rep->whole[static_cast<std::size_t>(metricIndex(metric) * 2 + (span == Span::Quarter ? 1 : 0))];
}

CollectionRate DashboardActuals::collectionRate(const OwnerRef& owner) const
{
    CollectionRate cr;
    auto add = [&](std::string_view repId) {
        const RepFigures* rep = repFigures(repId);
        if (!rep)
            return;
        cr.dueCents += rep->dueCents;
        cr.collectedCents += rep->collectedCents;
        cr.dueOrders += rep->dueOrders;
    };
    if (owner.kind == OwnerKind::Rep)
        add(owner.id);
    else
        for (const Rep* r : m_positions->index().repsUnder(owner.id))
            add(r->id);
    if (cr.dueOrders > 0)
        cr.rate = Rational(cr.collectedCents) / Rational(cr.dueCents);
    return cr;
}

} // namespace sd
