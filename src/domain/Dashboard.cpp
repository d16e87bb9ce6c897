#include "domain/Dashboard.h"

#include "domain/DashboardActuals.h"
#include "domain/DashboardOpenItems.h"
#include "domain/Error.h"
#include "domain/Incentives.h"
#include "domain/UnitAttribution.h"

#include <algorithm>
#include <future>
#include <unordered_map>

namespace sd {

namespace {

// The positions of the reps currently in the owner (the rep itself, or every rep under the unit), ascending, each
// once: open items, receivables and care reminders follow the rep's current unit.
std::vector<std::uint32_t> ownerRepPositions(const DashboardIndex& positions, const OwnerRef& owner)
{
    std::vector<std::uint32_t> out;
    if (owner.kind == OwnerKind::Rep)
        out.push_back(positions.repPosition(owner.id));
    else
        for (const Rep* r : positions.index().repsUnder(owner.id))
            out.push_back(positions.repPosition(r->id));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (!out.empty() && out.back() == DashboardIndex::npos)
        out.pop_back();
    return out;
}

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
    // The contest's metric value as IncentiveEngine::metricValue defines it (the whole period), from the one pass
    // where a per-rep scan would cost seconds on the large workspace (visits: one pass over the activities).
    std::unordered_map<std::string_view, std::int64_t> visits;
    const auto metric = metricFromCode(f.contestMetric);
    if (f.contestMetric == "visits") {
        for (const Activity& a : index.data().activities)
            if (a.kind == ActivityKind::Visit && a.date >= first && a.date <= last)
                ++visits[a.repId];
    }
    std::optional<IncentiveEngine> engine;
    std::vector<ContestEntry> entries;
    for (const Rep* r : reps) {
        Rational value;
        const auto span = period.kind() == PeriodKind::Quarter ? DashboardActuals::Span::Quarter
                                                               : DashboardActuals::Span::Month;
        if (metric == Metric::NewCustomers) {
            value = Rational(pass.repNewCustomers(pass.positions().repPosition(r->id), span));
        } else if (f.contestMetric == "visits") {
            const auto it = visits.find(r->id);
            value = Rational(it == visits.end() ? 0 : it->second);
        } else if (metric) {
            // The whole month or quarter from the one pass (ActualsEngine::repActual over [first, last]).
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
        , positions(index)
    {
    }
    ActualsEngine actuals; // credit lines only: its per-rep and per-customer maps are built on first use
    TargetLookup targets;
    TargetMonitor monitor;
    DashboardIndex positions; // the ids the passes below look up millions of times, as positions
    std::optional<UnitAttribution> units;
    // The one-pass figures (actuals per rep and unit, receivables, collection rate) and the open items per rep
    // (funnel, stalled deals, care reminders) as of one day, kept while only the owner changes.
    std::unique_ptr<DashboardActuals> pass;
    std::unique_ptr<DashboardOpenItems> openItems;
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
    const DashboardIndex& positions = m_engines->positions;
    const bool newDay = !m_engines->pass || m_engines->pass->today() != today;
    if (newDay || !m_engines->openItems || !m_engines->openItems->answers(today, options)) {
        // The open items on a second thread while this one walks the orders and payments: the two read the dataset
        // and the positions only (the orders' pass alone fills the actuals engine's credit-line cache).
        auto openItems = std::async(std::launch::async, [&positions, &settings, today, options] {
            return std::make_unique<DashboardOpenItems>(positions, settings, today, options);
        });
        if (newDay) {
            m_engines->pass.reset();
            m_engines->pass
                = std::make_unique<DashboardActuals>(positions, actuals, *m_engines->units, settings, today);
        }
        m_engines->openItems = openItems.get();
    }
    const DashboardActuals& pass = *m_engines->pass;
    f.revenue = viewsOf(monitor, pass, settings, f.owner, Metric::Revenue);
    f.collections = viewsOf(monitor, pass, settings, f.owner, Metric::Collections);

    const std::vector<std::uint32_t> ownerReps = ownerRepPositions(positions, f.owner);
    m_engines->openItems->fill(f, ownerReps, options);

    // Receivables as of the day of the owner's orders (the company: every order, also those of no known rep); a
    // customer is flagged on its whole balance, every rep's orders.
    const bool company = f.owner.kind == OwnerKind::Unit && index.root() && f.owner.id == index.root()->id;
    std::vector<std::uint32_t> flagged;
    auto addReceivables = [&](std::size_t repPosition) {
        const DashboardActuals::RepReceivables& r = pass.receivablesOfRep(repPosition);
        f.balanceCents += r.balanceCents;
        f.overdueCents += r.overdueCents;
        f.over90Cents += r.over90Cents;
        flagged.insert(flagged.end(), r.flaggedCustomers.begin(), r.flaggedCustomers.end());
    };
    if (company)
        for (std::size_t i = 0; i <= positions.repCount(); ++i)
            addReceivables(i);
    else
        for (const std::uint32_t i : ownerReps)
            addReceivables(i);
    std::sort(flagged.begin(), flagged.end());
    f.creditFlags = static_cast<std::size_t>(std::unique(flagged.begin(), flagged.end()) - flagged.begin());
    f.collectionRate = pass.collectionRate(f.owner);

    computeContest(f, index, settings, actuals, targets, pass, options);
    return f;
}

} // namespace sd
