#pragma once

#include "domain/Actuals.h"
#include "domain/TargetLookup.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace sd {

// One target against its actual (SPEC §3 monitoring, 监控): attainment = actual ÷ target (exact;
// nullopt for a zero target), gap = target − actual, run rate = actual ÷ elapsed working days ×
// all working days of the period, rounded once half away from zero (nullopt before any working
// day has elapsed). The actual covers [period start, min(today, period end)].
struct TargetStatus
{
    OwnerRef owner;
    Metric metric = Metric::Revenue;
    Period period;
    Segment segment = Segment::All;
    std::int64_t target = 0; // cents, or a count for new_customers
    std::int64_t actual = 0;
    std::optional<Rational> attainment;
    std::int64_t gap = 0;
    std::optional<std::int64_t> runRate;
    Date from; // first day counted
    Date to; // last day counted (before `from` when nothing has elapsed)
    int elapsedWorkingDays = 0;
    int workingDays = 0;
};

std::optional<Rational> attainmentOf(std::int64_t actual, std::int64_t target);
std::optional<std::int64_t> runRateOf(std::int64_t actual, int elapsedWorkingDays, int workingDays);

// Targets of a period with their actuals, for one owner or every owner in a part of the org.
class TargetMonitor
{
public:
    TargetMonitor(const ActualsEngine& actuals, const TargetLookup& targets, const WorkspaceSettings& settings);

    // The owner's target for a period and segment: the explicit row, else the sum of its months'
    // rows (TargetLookup); for an ISO week the sum of its working days' shares of its months' targets.
    std::optional<std::int64_t> targetFor(const OwnerRef& owner, Metric metric, const Period& period,
                                          Segment segment) const;

    // The actual of an owner for a period (segment `existing`/`new`: by the customer's status at the
    // period's first day), up to `today` when given.
    std::int64_t actualFor(const OwnerRef& owner, Metric metric, const Period& period, Segment segment,
                           std::optional<Date> today) const;

    TargetStatus status(const OwnerRef& owner, Metric metric, const Period& period, Segment segment,
                        std::int64_t target, std::optional<Date> today) const;

    // Every (owner, metric, segment) with a target for the period, for `scope` and every unit and
    // rep under it (nullopt: every owner), optionally one metric; sorted by owner (units before
    // reps, then ascending id), metric (revenue, gross_profit, collections, new_customers), segment
    // (all, existing, new). Throws DomainError for an unknown scope owner.
    std::vector<TargetStatus> statuses(const Period& period, std::optional<Date> today,
                                       const std::optional<OwnerRef>& scope, std::optional<Metric> metric) const;

    // The month, quarter and fiscal year holding `today`, each with its actual to `today`
    // (month-, quarter- and year-to-date); a view is nullopt when the owner has no target for it.
    struct Views
    {
        std::optional<TargetStatus> month;
        std::optional<TargetStatus> quarter;
        std::optional<TargetStatus> year;
    };
    Views views(const OwnerRef& owner, Metric metric, Segment segment, Date today) const;

private:
    bool inScope(const OwnerRef& owner, const OwnerRef& scope) const;

    const ActualsEngine& m_actuals;
    const TargetLookup& m_targets;
    const WorkspaceSettings& m_settings;
    FiscalCalendar m_cal;
};

} // namespace sd
