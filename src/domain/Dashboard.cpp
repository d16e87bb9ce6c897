#include "domain/Dashboard.h"

#include "domain/DashboardActuals.h"
#include "domain/Error.h"
#include "domain/Incentives.h"
#include "domain/UnitAttribution.h"

#include <algorithm>
#include <future>
#include <unordered_map>
#include <unordered_set>

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

// The reps currently in the owner (the rep itself, or every rep under the unit): open items and care reminders.
class OwnerReps
{
public:
    OwnerReps(const DatasetIndex& index, const OwnerRef& owner)
    {
        if (owner.kind == OwnerKind::Rep)
            m_ids.insert(owner.id);
        else
            for (const Rep* r : index.repsUnder(owner.id))
                m_ids.insert(r->id);
    }
    bool contains(std::string_view repId) const { return m_ids.count(repId) > 0; }

private:
    std::unordered_set<std::string_view> m_ids;
};

// A target of the month, quarter or year against the one-pass actual to the day: the fields of
// TargetMonitor::status (Segment::All), with the actual the engines would give (test_dashboard_actuals.cpp).
std::optional<TargetStatus> viewOf(const TargetMonitor& monitor, const DashboardActuals& pass,
                                   const WorkspaceSettings& settings, const OwnerRef& owner, Metric metric,
                                   DashboardActuals::Span span)
{
    const Period& period = pass.period(span);
    const auto target = monitor.targetFor(owner, metric, period, Segment::All);
    if (!target)
        return std::nullopt;
    const FiscalCalendar cal = settings.calendar();
    TargetStatus s;
    s.owner = owner;
    s.metric = metric;
    s.period = period;
    s.segment = Segment::All;
    s.target = *target;
    s.from = period.firstDay(cal);
    s.to = std::min(period.lastDay(cal), pass.today());
    s.workingDays = period.workingDays(cal);
    s.elapsedWorkingDays = workingDaysBetween(s.from, s.to);
    s.actual = pass.actual(owner, metric, span);
    s.attainment = attainmentOf(s.actual, s.target);
    s.gap = s.target - s.actual;
    s.runRate = runRateOf(s.actual, s.elapsedWorkingDays, s.workingDays);
    return s;
}

TargetMonitor::Views viewsOf(const TargetMonitor& monitor, const DashboardActuals& pass,
                             const WorkspaceSettings& settings, const OwnerRef& owner, Metric metric)
{
    using Span = DashboardActuals::Span;
    return {viewOf(monitor, pass, settings, owner, metric, Span::Month),
            viewOf(monitor, pass, settings, owner, metric, Span::Quarter),
            viewOf(monitor, pass, settings, owner, metric, Span::Year)};
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

// The last activity of each customer on or before `today`.
std::unordered_map<std::string_view, Date> lastContacts(const Dataset& ds, Date today)
{
    std::unordered_map<std::string_view, Date> lastContact;
    lastContact.reserve(ds.customers.size());
    for (const Activity& a : ds.activities) {
        if (a.date > today)
            continue;
        auto [it, inserted] = lastContact.try_emplace(a.customerId, a.date);
        if (!inserted && a.date > it->second)
            it->second = a.date;
    }
    return lastContact;
}

void computeCare(DashboardFigures& f, const DatasetIndex& index, const OwnerReps& ownerReps,
                 const DashboardOptions& options, const std::unordered_map<std::string_view, Date>& lastContact)
{
    const Dataset& ds = index.data();
    std::vector<CareReminder> dates;
    std::vector<CareReminder> silent;
    for (const Customer& c : ds.customers) {
        if (!ownerReps.contains(c.ownerRepId) || c.createdOn > f.today)
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
                    const ActualsEngine& actuals, const TargetLookup& targets, const DashboardActuals& pass,
                    const DashboardOptions& options)
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
    const Date last = period.lastDay(cal);
    const Date activeTo = std::min(last, f.today);
    std::vector<const Rep*> reps;
    for (const Rep& r : index.data().reps)
        if (r.isActiveIn(first, activeTo) && index.repBelongsTo(r, f.owner) && (!plan || r.role == plan->role))
            reps.push_back(&r);
    // The contest's metric value as IncentiveEngine::metricValue defines it (the whole period), counted in one
    // pass where a per-rep scan would cost seconds on the large workspace.
    std::unordered_map<std::string_view, std::int64_t> counts;
    const auto metric = metricFromCode(f.contestMetric);
    if (metric == Metric::NewCustomers) {
        for (const Customer& c : index.data().customers)
            if (const Order* o = actuals.firstOrder(c.id); o && o->orderDate >= first && o->orderDate <= last)
                ++counts[o->repId];
    } else if (f.contestMetric == "visits") {
        for (const Activity& a : index.data().activities)
            if (a.kind == ActivityKind::Visit && a.date >= first && a.date <= last)
                ++counts[a.repId];
    }
    std::optional<IncentiveEngine> engine;
    std::vector<ContestEntry> entries;
    for (const Rep* r : reps) {
        Rational value;
        if (metric == Metric::NewCustomers || f.contestMetric == "visits") {
            const auto it = counts.find(r->id);
            value = Rational(it == counts.end() ? 0 : it->second);
        } else if (metric) {
            // The whole month or quarter from the one pass (ActualsEngine::repActual over [first, last]).
            const auto span = period.kind() == PeriodKind::Quarter ? DashboardActuals::Span::Quarter
                                                                   : DashboardActuals::Span::Month;
            value = Rational(pass.repWholePeriod(r->id, *metric, span));
        } else {
            if (!engine)
                engine.emplace(actuals, targets, settings);
            value = engine->metricValue(f.contestMetric, *r, period);
        }
        entries.push_back({r->id, value});
    }
    for (ContestPlace& p : rankContest(std::move(entries), contest ? contest->prizes : std::vector<Prize>{})) {
        if (!p.rank || f.leaderboard.size() >= options.listLimit)
            break;
        f.leaderboard.push_back(std::move(p));
    }
}

} // namespace

struct DashboardContext::Engines
{
    Engines(const DatasetIndex& index, const WorkspaceSettings& settings)
        : actuals(index, settings)
        , targets(index.data().targets)
        , monitor(actuals, targets, settings)
        , receivables(index, settings)
    {
    }
    ActualsEngine actuals;
    TargetLookup targets;
    TargetMonitor monitor;
    ReceivablesEngine receivables;
    std::optional<UnitAttribution> units;
    // The one-pass figures (actuals per rep and unit, receivables, collection rate) and every customer's last contact
    // as of one day, kept while only the owner changes.
    std::unique_ptr<DashboardActuals> pass;
    std::unordered_map<std::string_view, Date> lastContact;
};

DashboardContext::DashboardContext(const DatasetIndex& index, const WorkspaceSettings& settings,
                                   std::vector<UnitMembership> unitHistory)
    : m_index(index)
    , m_settings(settings)
    , m_unitHistory(std::move(unitHistory))
    , m_engines(std::make_unique<Engines>(index, settings))
{
    // The memberships given (the panel's daily records), else those loaded with the dataset's org.
    m_engines->units.emplace(index, m_unitHistory.empty() ? index.data().unitHistory : m_unitHistory);
}

DashboardContext::~DashboardContext() = default;

DashboardFigures computeDashboard(const DatasetIndex& index, const WorkspaceSettings& settings,
                                  const std::optional<OwnerRef>& owner, Date today, const DashboardOptions& options,
                                  const std::vector<UnitMembership>& unitHistory)
{
    return DashboardContext(index, settings, unitHistory).compute(owner, today, options);
}

DashboardFigures DashboardContext::compute(const std::optional<OwnerRef>& owner, Date today,
                                           const DashboardOptions& options) const
{
    const DatasetIndex& index = m_index;
    const WorkspaceSettings& settings = m_settings;
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
    const ActualsEngine& actuals = m_engines->actuals;
    const TargetLookup& targets = m_engines->targets;
    const TargetMonitor& monitor = m_engines->monitor;
    if (!m_engines->pass || m_engines->pass->today() != today) {
        m_engines->pass.reset();
        // The last contacts (3 million activities on the large workspace) on a second thread while this one walks
        // the orders and payments: the two read the dataset only.
        auto contacts = std::async(std::launch::async, [&index, today] { return lastContacts(index.data(), today); });
        m_engines->pass = std::make_unique<DashboardActuals>(actuals, m_engines->receivables, *m_engines->units,
                                                             settings, today);
        m_engines->lastContact = contacts.get();
    }
    const DashboardActuals& pass = *m_engines->pass;
    f.revenue = viewsOf(monitor, pass, settings, f.owner, Metric::Revenue);
    f.collections = viewsOf(monitor, pass, settings, f.owner, Metric::Collections);

    const OwnerReps ownerReps(index, f.owner);
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

    // Receivables of every order (a customer's credit limit covers all its orders), the owner's summed apart.
    std::unordered_map<std::string_view, std::pair<std::int64_t, std::int64_t>> customers; // whole balance, over 90
    std::unordered_map<std::string_view, bool> inView;
    const bool company = f.owner.kind == OwnerKind::Unit && index.root() && f.owner.id == index.root()->id;
    for (const Receivable& r : pass.receivables()) {
        auto& c = customers[r.order->customerId];
        c.first += r.balanceCents;
        const bool over90 = r.daysPastDue > 90 && r.balanceCents > 0;
        if (over90)
            c.second += r.balanceCents;
        if (!company && !ownerReps.contains(r.order->repId))
            continue;
        inView[r.order->customerId] = true;
        f.balanceCents += r.balanceCents;
        if (r.daysPastDue > 0 && r.balanceCents > 0)
            f.overdueCents += r.balanceCents;
        if (over90)
            f.over90Cents += r.balanceCents;
    }
    for (const auto& [id, shown] : inView) {
        const Customer* c = index.customer(id);
        const auto& [balance, over90] = customers[id];
        if ((c && c->creditLimit && balance > c->creditLimit->cents()) || over90 > 0)
            ++f.creditFlags;
    }
    f.collectionRate = pass.collectionRate(f.owner);

    computeCare(f, index, ownerReps, options, m_engines->lastContact);
    computeContest(f, index, settings, actuals, targets, pass, options);
    return f;
}

} // namespace sd
