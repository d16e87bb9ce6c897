#include "app/FunnelViewData.h"

#include "domain/Actuals.h"
#include "domain/Period.h"
#include "domain/TargetLookup.h"

#include <algorithm>
#include <functional>
#include <set>
#include <unordered_map>

namespace sd::app {

OpportunityList ownerOpportunities(const DatasetIndex& index, const OwnerRef& owner)
{
    std::unordered_map<std::string_view, bool> belongs;
    for (const Rep& r : index.data().reps)
        belongs.emplace(r.id, index.repBelongsTo(r, owner));
    OpportunityList out;
    for (const Opportunity& o : index.data().opportunities) {
        auto it = belongs.find(o.ownerRepId);
        if (it != belongs.end() && it->second)
            out.push_back(&o);
    }
    return out;
}

std::optional<Date> latestDataDate(const Dataset& dataset)
{
    std::optional<Date> latest;
    auto see = [&latest](Date d) {
        if (!latest || d > *latest)
            latest = d;
    };
    for (const Opportunity& o : dataset.opportunities) {
        see(o.createdOn);
        if (!o.history.empty())
            see(o.history.back().enteredOn);
    }
    return latest;
}

namespace {

std::vector<HealthFlag> conversionHealth(const DatasetIndex& idx, const WorkspaceSettings& settings,
                                         const OwnerRef& owner, const DateWindow& window)
{
    std::vector<std::string> subjects;
    std::set<std::string> teams;
    for (const Rep& r : idx.data().reps) {
        if (!idx.repBelongsTo(r, owner))
            continue;
        subjects.push_back(r.id);
        teams.insert(r.orgUnitId);
    }
    OpportunityList all;
    all.reserve(idx.data().opportunities.size());
    for (const Opportunity& o : idx.data().opportunities)
        all.push_back(&o);
    const auto byOwner = conversionByOwner(all, settings, window);
    std::vector<RepConversion> reps;
    for (const std::string& t : teams)
        for (const Rep* r : idx.repsDirectlyIn(t)) {
            RepConversion rc{r->id, r->orgUnitId, {}};
            auto it = byOwner.find(rc.repId);
            if (it != byOwner.end())
                rc.conversion = it->second;
            reps.push_back(std::move(rc));
        }
    return conversionFlags(reps, subjects);
}

// Coverage of the fiscal quarter holding the as-of date, as `salesctl funnel` computes it: the owner's revenue target
// (explicit row, else its months), its revenue actual from the quarter's first day to the as-of date.
void computeCoverage(FunnelViewData& v, const OpportunityList& opps, const WorkspaceSettings& settings)
{
    const FiscalCalendar cal = settings.calendar();
    const FunnelQuery& q = v.query;
    const Period period = Period::quarterOf(q.asOf, cal);
    const Date first = period.firstDay(cal);
    const Date last = period.lastDay(cal);
    const TargetLookup targets(v.dataset->targets);
    std::optional<Money> target;
    if (auto t = targets.targetFor(q.owner, Metric::Revenue, period, cal))
        target = Money::fromCents(*t);
    Money actual;
    if (q.asOf >= first) {
        const ActualsEngine actuals(*v.index, settings);
        actual = Money::fromCents(actuals.ownerActual(Metric::Revenue, q.owner, first, std::min(q.asOf, last)));
    }
    v.coverage = funnelCoverage(opps, settings, q.asOf, first, last, target, actual);
    v.coveragePeriod = period;
    for (const FunnelStageView& s : v.stages)
        for (const Opportunity* o : s.deals)
            if (o->expectedCloseOn && *o->expectedCloseOn >= v.coverage->restFirst
                && *o->expectedCloseOn <= v.coverage->restLast)
                v.coverageDeals.push_back(o);
}

std::vector<RepForecastRow> repForecasts(const DatasetIndex& idx, const WorkspaceSettings& settings,
                                         const OwnerRef& owner, const OpportunityList& opps,
                                         const std::map<std::string, ForecastCategory>& categories, Date asOf)
{
    std::unordered_map<std::string_view, OpportunityList> byRep;
    for (const Opportunity* o : opps)
        byRep[o->ownerRepId].push_back(o);
    const FunnelStages stages(settings);
    std::vector<RepForecastRow> out;
    std::function<void(const OrgUnit&)> walk = [&](const OrgUnit& u) {
        for (const Rep* r : idx.repsDirectlyIn(u.id)) {
            if (!idx.repBelongsTo(*r, owner))
                continue;
            RepForecastRow row{r->id, r->name, u.name, {}, {}, {}};
            const auto it = byRep.find(r->id);
            if (it != byRep.end()) {
                row.weighted = funnelSnapshot(it->second, settings, asOf).weightedTotal;
                for (const Opportunity* o : it->second) {
                    const auto state = stateAsOf(*o, stages, asOf);
                    if (!state || !stages.isOpen(state->position))
                        continue;
                    const auto c = categories.find(o->id);
                    if (c == categories.end())
                        continue;
                    if (c->second == ForecastCategory::Commit)
                        row.commit = row.commit + o->amount;
                    else if (c->second == ForecastCategory::BestCase)
                        row.bestCase = row.bestCase + o->amount;
                }
            }
            out.push_back(std::move(row));
        }
        for (const OrgUnit* child : idx.childUnits(u.id))
            walk(*child);
    };
    if (idx.root())
        walk(*idx.root());
    return out;
}

} // namespace

FunnelViewData computeFunnelView(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const DatasetIndex> index,
                                 const WorkspaceSettings& settings, const FunnelQuery& query,
                                 const std::vector<OpportunityChange>& changes,
                                 const std::map<std::string, ForecastCategory>& categories)
{
    FunnelViewData v;
    v.dataset = std::move(dataset);
    v.index = std::move(index);
    v.query = query;
    const DatasetIndex& idx = *v.index;
    const OpportunityList opps = ownerOpportunities(idx, query.owner);
    const FunnelStages stages(settings);

    v.snapshot = funnelSnapshot(opps, settings, query.asOf);
    v.conversion = funnelConversion(opps, settings, query.window);
    v.velocity = funnelVelocity(opps, settings, query.window);
    const std::vector<StageDuration> durations = stageDurations(opps, settings, query.window);
    v.health = shapeFlags(v.snapshot);
    const auto conv = conversionHealth(idx, settings, query.owner, query.window);
    v.health.insert(v.health.end(), conv.begin(), conv.end());

    const int n = stages.openCount();
    v.stages.resize(static_cast<size_t>(n));
    for (int k = 1; k <= n; ++k) {
        FunnelStageView& s = v.stages[static_cast<size_t>(k - 1)];
        s.figures = v.snapshot.stages[static_cast<size_t>(k - 1)];
        s.name = stages.stage(k).name;
        if (static_cast<size_t>(k - 1) < v.conversion.steps.size())
            s.conversion = v.conversion.steps[static_cast<size_t>(k - 1)];
        if (static_cast<size_t>(k - 1) < durations.size())
            s.duration = durations[static_cast<size_t>(k - 1)];
    }
    // The deals behind the numbers, with the engines' own rules (state as of, highest position, terminal entry).
    for (const Opportunity* o : opps) {
        if (const auto state = stateAsOf(*o, stages, query.asOf); state && stages.isOpen(state->position)) {
            FunnelStageView& s = v.stages[static_cast<size_t>(state->position - 1)];
            s.deals.push_back(o);
            const StageDef& def = stages.stage(state->position);
            if (query.asOf - state->enteredOn >= def.stallDays.value_or(settings.stallDays))
                s.stalledDeals.push_back(o);
        }
        if (query.window.contains(o->createdOn)) {
            v.cohort.push_back(o);
            const int highest = highestPositionReached(*o, stages, query.window.to);
            for (int k = 1; k <= std::min(highest, n); ++k)
                v.stages[static_cast<size_t>(k - 1)].reached.push_back(o);
        }
        if (const auto t = terminalEntryFor(*o, query.window.to); t && query.window.contains(t->date))
            (t->won ? v.won : v.lost).push_back(o);
    }

    if (query.withCoverage)
        computeCoverage(v, opps, settings);
    v.repForecasts = repForecasts(idx, settings, query.owner, opps, categories, query.asOf);

    if (query.isoWeek > 0) {
        WeeklyReport report = weeklyReport(opps, settings, query.isoYear, query.isoWeek);
        const Date start = report.start;
        const Date end = report.end;
        const FiscalCalendar cal = settings.calendar();
        v.weekly = weeklyReview(std::move(report), idx, settings);
        v.weekly->bridge
            = pipelineBridge(opps, changes, settings, start, end, Period::quarterOf(end, cal).lastDay(cal));
    }
    return v;
}

} // namespace sd::app
