#include "domain/MeetingPack.h"

#include "domain/Error.h"
#include "domain/TargetMonitor.h"
#include "domain/UnitHistory.h"

#include <algorithm>
#include <map>
#include <set>

namespace sd {

std::string_view toCode(PackSpan s)
{
    switch (s) {
    case PackSpan::Week: return "week";
    case PackSpan::Month: return "month";
    case PackSpan::Quarter: return "quarter";
    case PackSpan::Year: return "year";
    }
    return "week";
}

std::string_view toCode(PackCustomerChange::Kind k)
{
    switch (k) {
    case PackCustomerChange::Kind::Created: return "created";
    case PackCustomerChange::Kind::FirstOrder: return "first_order";
    case PackCustomerChange::Kind::Edited: return "edited";
    }
    return "created";
}

namespace {

bool overdueOrder(const Receivable& a, const Receivable& b)
{
    if (a.daysPastDue != b.daysPastDue)
        return a.daysPastDue > b.daysPastDue;
    return a.order->id < b.order->id;
}

struct Builder
{
    const DatasetIndex& index;
    const WorkspaceSettings& settings;
    const DailyRecords& records;
    FiscalCalendar cal;
    ActualsEngine actuals;
    TargetLookup lookup;
    TargetMonitor monitor;
    ReceivablesEngine receivables;
    UnitHistory history;
    MeetingPack pack;

    Builder(const DatasetIndex& idx, const WorkspaceSettings& s, const DailyRecords& r)
        : index(idx)
        , settings(s)
        , records(r)
        , cal(s.calendar())
        , actuals(idx, s)
        , lookup(idx.data().targets)
        , monitor(actuals, lookup, s)
        , receivables(idx, s)
        , history(idx, r.unitHistory)
    {
    }

    const std::string& unitId() const { return pack.unit->id; }

    bool inTeam(const Rep& rep, Date d) const { return history.inUnitOn(rep, unitId(), d); }

    std::int64_t teamActual(Metric metric, Date first, Date last) const
    {
        return history.unitActual(actuals, metric, unitId(), first, last);
    }

    PackTargetRow targetRow(const OwnerRef& owner, const std::string& name, Metric metric, PackSpan span,
                            const Period& period)
    {
        PackTargetRow row;
        row.owner = owner;
        row.name = name;
        row.metric = metric;
        row.span = span;
        row.period = period.label();
        row.target = monitor.targetFor(owner, metric, period, Segment::All);
        const Date first = period.firstDay(cal);
        const Date last = std::min(period.lastDay(cal), pack.sunday);
        row.actual = owner.kind == OwnerKind::Unit ? teamActual(metric, first, last)
                                                   : actuals.repActual(metric, owner.id, first, last);
        if (row.target) {
            row.attainment = attainmentOf(row.actual, *row.target);
            row.gap = *row.target - row.actual;
        }
        return row;
    }

    void buildTargets()
    {
        const std::vector<std::pair<PackSpan, Period>> spans{{PackSpan::Week, pack.week},
                                                             {PackSpan::Month, Period::monthOf(pack.sunday)},
                                                             {PackSpan::Quarter, pack.quarter},
                                                             {PackSpan::Year, Period::yearOf(pack.sunday, cal)}};
        std::vector<std::pair<OwnerRef, std::string>> owners{{OwnerRef{OwnerKind::Unit, unitId()}, pack.unit->name}};
        for (const Rep* r : pack.reps)
            owners.push_back({OwnerRef{OwnerKind::Rep, r->id}, r->name});
        for (Metric m : {Metric::Revenue, Metric::GrossProfit, Metric::Collections, Metric::NewCustomers}) {
            std::vector<PackTargetRow> rows;
            bool anyTarget = false;
            for (const auto& [owner, name] : owners)
                for (const auto& [span, period] : spans) {
                    rows.push_back(targetRow(owner, name, m, span, period));
                    anyTarget = anyTarget || rows.back().target.has_value();
                }
            if (anyTarget || m == Metric::Revenue)
                pack.targets.insert(pack.targets.end(), rows.begin(), rows.end());
        }
        std::stable_sort(pack.targets.begin(), pack.targets.end(), [](const auto& a, const auto& b) {
            if (a.owner.kind != b.owner.kind)
                return a.owner.kind == OwnerKind::Unit;
            return a.owner.id < b.owner.id;
        });
    }

    bool inWeek(Date d) const { return d >= pack.monday && d <= pack.sunday; }

    void buildCustomerChanges()
    {
        auto ownedInTeam = [&](const Customer& c, Date d) {
            const Rep* owner = index.rep(c.ownerRepId);
            return owner && inTeam(*owner, d);
        };
        for (const Customer& c : index.data().customers) {
            if (inWeek(c.createdOn) && ownedInTeam(c, c.createdOn))
                pack.customerChanges.push_back(
                    {PackCustomerChange::Kind::Created, c.createdOn, c.id, c.name, c.ownerRepId, {}, {}, {}});
            const Order* first = actuals.firstOrder(c.id);
            if (first && inWeek(first->orderDate)) {
                const Rep* rep = index.rep(first->repId);
                if (rep && inTeam(*rep, first->orderDate))
                    pack.customerChanges.push_back({PackCustomerChange::Kind::FirstOrder, first->orderDate, c.id,
                                                    c.name, first->repId, {}, {}, first->id});
            }
        }
        for (const CustomerChange& ch : records.customerChanges) {
            const Customer* c = index.customer(ch.customerId);
            if (c && inWeek(ch.changedOn) && ownedInTeam(*c, ch.changedOn))
                pack.customerChanges.push_back({PackCustomerChange::Kind::Edited, ch.changedOn, c->id, c->name,
                                                c->ownerRepId, ch.field, ch.oldValue, ch.newValue});
        }
        std::stable_sort(pack.customerChanges.begin(), pack.customerChanges.end(), [](const auto& a, const auto& b) {
            if (a.date != b.date)
                return a.date < b.date;
            if (a.customerId != b.customerId)
                return a.customerId < b.customerId;
            return a.kind < b.kind;
        });
    }

    void buildVisits()
    {
        const std::string weekLabel = pack.week.label();
        for (const Rep* r : pack.reps) {
            std::map<std::string, PackVisitDetail> details;
            PackVisitRow row;
            row.repId = r->id;
            row.repName = r->name;
            for (const VisitPlan& p : records.visitPlans)
                if (p.repId == r->id && p.week == weekLabel) {
                    auto& d = details[p.customerId];
                    d.planned = true;
                    ++row.planned;
                }
            for (const Activity& a : index.data().activities) {
                if (a.repId != r->id || !inWeek(a.date) || !inTeam(*r, a.date))
                    continue;
                switch (a.kind) {
                case ActivityKind::Visit:
                    ++row.visits;
                    details[a.customerId].visitDates.push_back(a.date);
                    break;
                case ActivityKind::Call: ++row.calls; break;
                case ActivityKind::Meeting: ++row.meetings; break;
                case ActivityKind::Demo: ++row.demos; break;
                case ActivityKind::Email: break;
                }
            }
            for (auto& [customerId, d] : details) {
                d.repId = r->id;
                d.customerId = customerId;
                if (const Customer* c = index.customer(customerId))
                    d.customerName = c->name;
                std::sort(d.visitDates.begin(), d.visitDates.end());
                if (d.planned && !d.visitDates.empty())
                    ++row.plannedDone;
                if (!d.planned)
                    ++row.unplanned;
                pack.visitDetails.push_back(d);
            }
            if (row.planned > 0)
                row.completion = Rational(row.plannedDone, row.planned);
            pack.visits.push_back(row);
        }
    }

    void buildOpportunities()
    {
        OpportunityList opps;
        for (const Opportunity& o : index.data().opportunities) {
            const Rep* owner = index.rep(o.ownerRepId);
            if (owner && inTeam(*owner, pack.sunday))
                opps.push_back(&o);
        }
        pack.opportunities = weeklyReport(opps, settings, pack.week.yearNumber(), pack.week.index());
    }

    void addCollections(PackCollectionRow& row, const std::vector<const Order*>& orders)
    {
        for (const Order* o : orders) {
            row.collectedWeek += receivables.paidBetween(*o, pack.monday, pack.sunday);
            if (auto r = receivables.receivableOf(*o, pack.sunday)) {
                row.aging.add(r->bucket, r->balanceCents);
                if (r->daysPastDue > 0 && r->balanceCents > 0) {
                    row.overdue += r->balanceCents;
                    pack.overdue.push_back(*r);
                }
            }
        }
        const Period month = Period::monthOf(pack.sunday);
        row.monthRate = receivables.collectionRate(orders, month.firstDay(cal), month.lastDay(cal));
    }

    void buildCollections()
    {
        std::vector<const Order*> teamOrders;
        pack.collectionTotal.repId = unitId();
        pack.collectionTotal.repName = pack.unit->name;
        for (const Rep* r : pack.reps) {
            // Open receivables follow the rep (docs/daily.md).
            const std::vector<const Order*>& orders = index.ordersOfRep(r->id);
            PackCollectionRow row;
            row.repId = r->id;
            row.repName = r->name;
            addCollections(row, orders);
            teamOrders.insert(teamOrders.end(), orders.begin(), orders.end());
            pack.collectionTotal.collectedWeek += row.collectedWeek;
            for (AgingBucket b : allAgingBuckets())
                pack.collectionTotal.aging.add(b, row.aging[b]);
            pack.collectionTotal.overdue += row.overdue;
            pack.collections.push_back(row);
        }
        const Period month = Period::monthOf(pack.sunday);
        pack.collectionTotal.monthRate = receivables.collectionRate(teamOrders, month.firstDay(cal), month.lastDay(cal));
        std::sort(pack.overdue.begin(), pack.overdue.end(), overdueOrder);
    }

    void buildPages()
    {
        const AppraisalEngine appraisal(index, settings);
        const FunnelStages stages(settings);
        for (const Rep* r : pack.reps) {
            PackRepPage page;
            page.rep = r;
            for (const PackTargetRow& t : pack.targets)
                if (t.owner.kind == OwnerKind::Rep && t.owner.id == r->id)
                    page.attainment.push_back(t);
            page.funnel = funnelSnapshot(index.opportunitiesOfOwner(r->id), settings, pack.sunday);
            for (const WeeklyEntry& e : pack.opportunities.entries)
                if (e.opportunity->ownerRepId == r->id)
                    ++page.weekMoves[static_cast<std::size_t>(e.category)];
            for (const Receivable& rc : pack.overdue)
                if (rc.order->repId == r->id)
                    page.overdue.push_back(rc);
            std::set<std::string> gaps;
            if (const KpiTemplate* tmpl = templateFor(*r, settings.kpiTemplates);
                tmpl && isAppraised(*r, pack.quarter, settings)) {
                page.appraisal = appraisal.scoreRep(*r, *tmpl, pack.quarter);
                for (const ItemScore& item : page.appraisal->items)
                    if (!item.applicable || *item.score < Rational(100)) {
                        page.openItems.push_back(item);
                        gaps.insert(item.kpi);
                    }
            }
            for (const TrainingRecord& t : records.training)
                if (t.repId == r->id)
                    page.training.push_back(t);
            std::stable_sort(page.training.begin(), page.training.end(), [&](const auto& a, const auto& b) {
                return (a.kpiCode && gaps.count(*a.kpiCode)) > (b.kpiCode && gaps.count(*b.kpiCode));
            });
            for (const CoachingNote& n : records.coachingNotes)
                if (n.repId == r->id && n.notedOn <= pack.sunday)
                    page.notes.push_back(n);
            std::stable_sort(page.notes.begin(), page.notes.end(), [](const auto& a, const auto& b) {
                return a.notedOn != b.notedOn ? a.notedOn > b.notedOn : a.id < b.id;
            });
            if (page.notes.size() > 5)
                page.notes.resize(5);
            pack.pages.push_back(std::move(page));
        }
    }
};

} // namespace

MeetingPack buildMeetingPack(const DatasetIndex& index, const WorkspaceSettings& settings, const DailyRecords& records,
                             const std::string& unitId, const Period& week)
{
    if (week.kind() != PeriodKind::Week)
        throw DomainError("the meeting pack needs an ISO week (2026-W47), not " + week.label());
    Builder b(index, settings, records);
    b.pack.unit = index.unit(unitId);
    if (!b.pack.unit)
        throw DomainError("unknown org unit " + unitId);
    b.pack.week = week;
    b.pack.monday = isoWeekMonday(week.yearNumber(), week.index());
    b.pack.sunday = b.pack.monday.addDays(6);
    b.pack.quarter = Period::quarterOf(b.pack.sunday, b.cal);
    for (const Rep* r : b.history.repsDuring(unitId, b.pack.monday, b.pack.sunday))
        if (r->isActiveIn(b.pack.monday, b.pack.sunday))
            b.pack.reps.push_back(r);
    b.buildTargets();
    b.buildCustomerChanges();
    b.buildVisits();
    b.buildOpportunities();
    b.buildCollections();
    b.buildPages();
    return std::move(b.pack);
}

} // namespace sd
