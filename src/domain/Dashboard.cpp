#include "domain/Dashboard.h"

#include "domain/Error.h"
#include "domain/Incentives.h"
#include "domain/UnitHistory.h"

#include <algorithm>
#include <unordered_map>

namespace sd {

namespace {

// The next occurrence on or after `today` of the month and day of `d` (29 February: 28 February in other years).
Date nextAnniversary(Date d, Date today)
{
    for (int y = today.year(); y <= today.year() + 1; ++y) {
        const int day = std::min(d.day(), Date::daysInMonth(y, d.month()));
        const Date candidate = Date::fromYmd(y, d.month(), day);
        if (candidate >= today)
            return candidate;
    }
    return today;
}

bool belongs(const DatasetIndex& index, std::string_view repId, const OwnerRef& owner)
{
    const Rep* r = index.rep(repId);
    return r && index.repBelongsTo(*r, owner);
}

void computeStalled(DashboardFigures& f, const OpportunityList& opps, const WorkspaceSettings& settings,
                    const DashboardOptions& options)
{
    const FunnelStages stages(settings);
    for (const Opportunity* o : opps) {
        const auto state = stateAsOf(*o, stages, f.today);
        if (!state || !stages.isOpen(state->position))
            continue;
        const StageDef& def = stages.stage(state->position);
        const int days = f.today - state->enteredOn;
        if (days < def.stallDays.value_or(settings.stallDays))
            continue;
        ++f.stalledCount;
        f.stalledAmount += o->amount;
        f.stalled.push_back({o, def.code, days});
    }
    std::sort(f.stalled.begin(), f.stalled.end(), [](const StalledDeal& a, const StalledDeal& b) {
        if (a.opportunity->amount != b.opportunity->amount)
            return a.opportunity->amount > b.opportunity->amount;
        return a.opportunity->id < b.opportunity->id;
    });
    if (f.stalled.size() > options.listLimit)
        f.stalled.resize(options.listLimit);
}

void computeCare(DashboardFigures& f, const DatasetIndex& index, const DashboardOptions& options)
{
    const Dataset& ds = index.data();
    std::unordered_map<std::string_view, Date> lastContact;
    for (const Activity& a : ds.activities) {
        if (a.date > f.today)
            continue;
        auto [it, inserted] = lastContact.try_emplace(a.customerId, a.date);
        if (!inserted && a.date > it->second)
            it->second = a.date;
    }
    std::vector<CareReminder> dates;
    std::vector<CareReminder> silent;
    for (const Customer& c : ds.customers) {
        if (!belongs(index, c.ownerRepId, f.owner) || c.createdOn > f.today)
            continue;
        for (auto [kind, date] : {std::pair{CareReminder::Kind::Birthday, c.birthday},
                                  std::pair{CareReminder::Kind::Founded, c.foundedOn}}) {
            if (!date)
                continue;
            const Date next = nextAnniversary(*date, f.today);
            if (next - f.today <= options.careHorizonDays)
                dates.push_back({kind, &c, next, next - f.today});
        }
        const auto it = lastContact.find(c.id);
        const Date last = it == lastContact.end() ? c.createdOn : it->second;
        if (f.today - last >= options.notContactedDays)
            silent.push_back({CareReminder::Kind::NotContacted, &c, last, f.today - last});
    }
    f.keyDatesCount = dates.size();
    f.notContactedCount = silent.size();
    auto byCustomer = [](const CareReminder& a, const CareReminder& b) { return a.customer->id < b.customer->id; };
    std::sort(dates.begin(), dates.end(), [&](const auto& a, const auto& b) {
        return a.days != b.days ? a.days < b.days : byCustomer(a, b);
    });
    std::sort(silent.begin(), silent.end(), [&](const auto& a, const auto& b) {
        return a.days != b.days ? a.days > b.days : byCustomer(a, b);
    });
    dates.resize(std::min(dates.size(), options.listLimit));
    silent.resize(std::min(silent.size(), options.listLimit));
    f.care = dates;
    f.care.insert(f.care.end(), silent.begin(), silent.end());
}

void computeContest(DashboardFigures& f, const DatasetIndex& index, const WorkspaceSettings& settings,
                    const ActualsEngine& actuals, const TargetLookup& targets, const DashboardOptions& options)
{
    // The first contest of the incentive plans (its period holding today), else revenue this month, no prizes.
    const IncentivePlan* plan = nullptr;
    const PlanComponent* contest = nullptr;
    for (const IncentivePlan& p : settings.incentivePlans)
        for (const PlanComponent& c : p.components)
            if (!contest && c.type == PlanComponent::Type::Contest) {
                plan = &p;
                contest = &c;
            }
    const FiscalCalendar cal = settings.calendar();
    const Period period = plan && plan->period == PeriodKind::Quarter ? Period::quarterOf(f.today, cal)
                                                                      : Period::monthOf(f.today);
    f.contestMetric = contest ? contest->metric : "revenue";
    f.contestPeriod = period.label();
    const Date first = period.firstDay(cal);
    const Date last = std::min(period.lastDay(cal), f.today);
    std::optional<IncentiveEngine> engine;
    if (contest) {
        try {
            engine.emplace(actuals, targets, settings);
        } catch (const DomainError&) {
            engine.reset();
        }
    }
    std::vector<ContestEntry> entries;
    for (const Rep& r : index.data().reps) {
        if (!r.isActiveIn(first, last) || !index.repBelongsTo(r, f.owner) || (plan && r.role != plan->role))
            continue;
        Rational value;
        if (engine)
            value = engine->metricValue(f.contestMetric, r, period);
        else
            value = Rational(actuals.repActual(Metric::Revenue, r.id, first, last));
        entries.push_back({r.id, value});
    }
    for (ContestPlace& p : rankContest(std::move(entries), contest ? contest->prizes : std::vector<Prize>{})) {
        if (!p.rank || f.leaderboard.size() >= options.listLimit)
            break;
        f.leaderboard.push_back(std::move(p));
    }
}

} // namespace

DashboardFigures computeDashboard(const DatasetIndex& index, const WorkspaceSettings& settings,
                                  const std::optional<OwnerRef>& owner, Date today, const DashboardOptions& options,
                                  const std::vector<UnitMembership>& unitHistory)
{
    DashboardFigures f;
    f.today = today;
    if (owner) {
        if ((owner->kind == OwnerKind::Unit && !index.unit(owner->id))
            || (owner->kind == OwnerKind::Rep && !index.rep(owner->id)))
            throw DomainError("unknown owner " + owner->toString());
        f.owner = *owner;
    } else {
        if (!index.root())
            return f;
        f.owner = OwnerRef{OwnerKind::Unit, index.root()->id};
    }
    const ActualsEngine actuals(index, settings);
    const TargetLookup targets(index.data().targets);
    const TargetMonitor monitor(actuals, targets, settings);
    f.revenue = monitor.views(f.owner, Metric::Revenue, Segment::All, today);
    f.collections = monitor.views(f.owner, Metric::Collections, Segment::All, today);
    if (!unitHistory.empty() && f.owner.kind == OwnerKind::Unit) {
        const UnitHistory history(index, unitHistory);
        for (auto* views : {&f.revenue, &f.collections})
            for (auto* s : {&views->month, &views->quarter, &views->year})
                if (*s && (*s)->from <= (*s)->to) {
                    TargetStatus& st = **s;
                    st.actual = history.unitActual(actuals, st.metric, f.owner.id, st.from, st.to);
                    st.attainment = attainmentOf(st.actual, st.target);
                    st.gap = st.target - st.actual;
                    st.runRate = runRateOf(st.actual, st.elapsedWorkingDays, st.workingDays);
                }
    }

    OpportunityList opps;
    if (f.owner.kind == OwnerKind::Rep)
        opps = index.opportunitiesOfOwner(f.owner.id);
    else
        for (const Rep* r : index.repsUnder(f.owner.id))
            for (const Opportunity* o : index.opportunitiesOfOwner(r->id))
                opps.push_back(o);
    f.funnel = funnelSnapshot(opps, settings, today);
    const FiscalCalendar cal = settings.calendar();
    f.winRate = winRate(opps, Period::yearOf(today, cal).firstDay(cal), today);
    computeStalled(f, opps, settings, options);

    const ReceivablesEngine receivables(index, settings);
    const ReceivablesReport ar = receivables.report(today, f.owner);
    f.balanceCents = ar.total.total();
    f.over90Cents = ar.total.over90();
    for (const Receivable& r : ar.overdue)
        f.overdueCents += r.balanceCents;
    f.creditFlags = ar.creditFlags.size();
    f.collectionRate = ar.collectionRate;

    computeCare(f, index, options);
    computeContest(f, index, settings, actuals, targets, options);
    return f;
}

} // namespace sd
