#include "domain/TargetMonitor.h"

#include "domain/Error.h"
#include "domain/Seasonality.h"
#include "domain/SegmentActuals.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace sd {

std::optional<Rational> attainmentOf(std::int64_t actual, std::int64_t target)
{
    if (target == 0)
        return std::nullopt;
    return Rational(actual, target);
}

std::optional<std::int64_t> runRateOf(std::int64_t actual, int elapsedWorkingDays, int workingDays)
{
    if (elapsedWorkingDays <= 0)
        return std::nullopt;
    const Rational projected = Rational(actual) / Rational(elapsedWorkingDays) * Rational(workingDays);
    return static_cast<std::int64_t>(projected.roundHalfAwayFromZero());
}

TargetMonitor::TargetMonitor(const ActualsEngine& actuals, const TargetLookup& targets,
                             const WorkspaceSettings& settings)
    : m_actuals(actuals)
    , m_targets(targets)
    , m_settings(settings)
    , m_cal(settings.calendar())
{
}

std::optional<std::int64_t> TargetMonitor::targetFor(const OwnerRef& owner, Metric metric, const Period& period,
                                                     Segment segment) const
{
    if (period.kind() != PeriodKind::Week)
        return m_targets.targetFor(owner, metric, period, m_cal, segment);
    if (const Target* t = m_targets.explicitTarget(owner, metric, period.label(), segment))
        return t->amount;
    return weekTarget(period,
                      [&](const Period& month) { return m_targets.targetFor(owner, metric, month, m_cal, segment); });
}

std::int64_t TargetMonitor::actualFor(const OwnerRef& owner, Metric metric, const Period& period, Segment segment,
                                      std::optional<Date> today) const
{
    const Date first = period.firstDay(m_cal);
    Date last = period.lastDay(m_cal);
    if (today && *today < last)
        last = *today;
    return segmentActual(m_actuals, metric, owner, segment, first, last, first);
}

TargetStatus TargetMonitor::status(const OwnerRef& owner, Metric metric, const Period& period, Segment segment,
                                   std::int64_t target, std::optional<Date> today) const
{
    TargetStatus s;
    s.owner = owner;
    s.metric = metric;
    s.period = period;
    s.segment = segment;
    s.target = target;
    s.from = period.firstDay(m_cal);
    s.to = period.lastDay(m_cal);
    if (today && *today < s.to)
        s.to = *today;
    s.workingDays = period.workingDays(m_cal);
    s.elapsedWorkingDays = workingDaysBetween(s.from, s.to);
    s.actual = segmentActual(m_actuals, metric, owner, segment, s.from, s.to, s.from);
    s.attainment = attainmentOf(s.actual, target);
    s.gap = target - s.actual;
    s.runRate = runRateOf(s.actual, s.elapsedWorkingDays, s.workingDays);
    return s;
}

bool TargetMonitor::inScope(const OwnerRef& owner, const OwnerRef& scope) const
{
    const DatasetIndex& index = m_actuals.index();
    if (scope.kind == OwnerKind::Rep)
        return owner == scope;
    if (owner.kind == OwnerKind::Rep) {
        const Rep* r = index.rep(owner.id);
        return r && index.repBelongsTo(*r, scope);
    }
    if (!index.unit(owner.id))
        return false;
    for (const OrgUnit* u : index.unitPath(owner.id))
        if (u->id == scope.id)
            return true;
    return false;
}

std::vector<TargetStatus> TargetMonitor::statuses(const Period& period, std::optional<Date> today,
                                                  const std::optional<OwnerRef>& scope,
                                                  std::optional<Metric> metric) const
{
    const DatasetIndex& index = m_actuals.index();
    if (scope && (scope->kind == OwnerKind::Unit ? index.unit(scope->id) == nullptr : index.rep(scope->id) == nullptr))
        throw DomainError("unknown owner " + scope->toString());

    std::vector<TargetLookup::Key> keys;
    if (period.kind() == PeriodKind::Week) {
        std::set<std::tuple<OwnerRef, int, int>> seen;
        std::vector<Period> labels{ period, Period::monthOf(period.firstDay(m_cal)),
                                    Period::monthOf(period.lastDay(m_cal)) };
        for (const Period& p : labels)
            for (const TargetLookup::Key& k : m_targets.keysFor(p, m_cal))
                if (seen.insert({ k.owner, static_cast<int>(k.metric), static_cast<int>(k.segment) }).second)
                    keys.push_back(k);
        std::sort(keys.begin(), keys.end(), [](const TargetLookup::Key& a, const TargetLookup::Key& b) {
            return std::tie(a.owner, a.metric, a.segment) < std::tie(b.owner, b.metric, b.segment);
        });
    } else {
        keys = m_targets.keysFor(period, m_cal);
    }

    std::vector<TargetStatus> out;
    for (const TargetLookup::Key& k : keys) {
        if (metric && k.metric != *metric)
            continue;
        if (scope && !inScope(k.owner, *scope))
            continue;
        auto target = targetFor(k.owner, k.metric, period, k.segment);
        if (!target)
            continue;
        out.push_back(status(k.owner, k.metric, period, k.segment, *target, today));
    }
    return out;
}

TargetMonitor::Views TargetMonitor::views(const OwnerRef& owner, Metric metric, Segment segment, Date today) const
{
    Views v;
    auto view = [&](const Period& p) -> std::optional<TargetStatus> {
        auto target = targetFor(owner, metric, p, segment);
        if (!target)
            return std::nullopt;
        return status(owner, metric, p, segment, *target, today);
    };
    v.month = view(Period::monthOf(today));
    v.quarter = view(Period::quarterOf(today, m_cal));
    v.year = view(Period::yearOf(today, m_cal));
    return v;
}

} // namespace sd
