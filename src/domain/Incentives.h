#pragma once

#include "domain/Actuals.h"
#include "domain/Commission.h"
#include "domain/Contest.h"
#include "domain/IncentiveStatement.h"
#include "domain/TargetLookup.h"

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace sd {

// A rep's grade for a quarter, from the KPI/appraisal engine; nullopt when the rep has none.
using GradeProvider = std::function<std::optional<AppraisalGrade>(const std::string& repId, const Period& quarter)>;

// "What would r earn with X more booked": X more of `metric` in product category `category`.
struct WhatIf
{
    Metric metric = Metric::Revenue;
    std::string category;
    Money amount;
};

struct WhatIfResult
{
    IncentiveStatement before;
    IncentiveStatement after;
    // For the plan's first commission on that metric, after the extra amount: the next threshold
    // or tier and how much more of the metric reaches it (none at the top tier or without a target).
    std::optional<NextMilestone> next;
};

// The incentives engine of SPEC §7: picks each rep's plan for a period and computes its
// statement (commission with clawbacks, bonus, grade bonus, contest). Validates the plans on
// construction (DomainError). Caches contest rankings and booking-period statements, so one
// engine is for one thread; the dataset, settings and lookups must outlive it.
class IncentiveEngine
{
public:
    IncentiveEngine(const ActualsEngine& actuals, const TargetLookup& targets, const WorkspaceSettings& settings,
                    GradeProvider grades = {});

    // The order shares of a rep's approved statement for a period (StatementSnapshot::bookedShares), or null when
    // that statement is not approved. A clawback takes an order's line from the approved booking-period statement
    // when there is one, else from that period as calculated today (SPEC §7).
    using ApprovedShares
        = std::function<const std::map<std::string, std::int64_t>*(const std::string& repId, const std::string& period)>;
    void setApprovedShares(ApprovedShares approved) { m_approved = std::move(approved); }

    // The plan that pays the rep for the period (month label: month plans, quarter label: quarter plans).
    const IncentivePlan* planFor(const Rep& rep, const Period& period) const;
    // Every rep on a plan for the period who is active in it, ascending id.
    std::vector<const Rep*> repsOnPlans(const Period& period) const;
    // The rep's statement; a rep without a plan gets an empty one. Throws DomainError for a period
    // that is not a month or a quarter.
    IncentiveStatement statement(const Rep& rep, const Period& period) const;
    // The statement with a hypothetical extra line, and the next milestone.
    WhatIfResult whatIf(const Rep& rep, const Period& period, const WhatIf& extra) const;

    // The rep's commission lines for a base metric in [first, last] (amounts and categories; the
    // multipliers are the caller's). Sets `error` when an order's credit shares do not sum to 1.
    std::vector<IncentiveLine> commissionLines(const Rep& rep, Metric base, Date first, Date last,
                                               std::string& error) const;
    // A contest metric value for a rep and period (cents for money metrics, else a count or manual value).
    Rational metricValue(const std::string& code, const Rep& rep, const Period& period) const;

private:
    IncentiveStatement compute(const Rep& rep, const Period& period, const WhatIf* extra) const;
    ComponentResult commission(const Rep& rep, const PlanComponent& c, const Period& period,
                               const WhatIf* extra) const;
    ComponentResult clawback(const Rep& rep, const Period& period) const;
    ComponentResult contest(const Rep& rep, const IncentivePlan& plan, size_t index, const Period& period) const;
    // The rep's commission line shares (revenue and gross profit commissions) on a booking period's statement.
    const std::map<std::string, std::int64_t>& bookedShares(const Rep& rep, const Period& period) const;

    const ActualsEngine& m_actuals;
    const TargetLookup& m_targets;
    const WorkspaceSettings& m_settings;
    GradeProvider m_grades;
    ApprovedShares m_approved;
    FiscalCalendar m_cal;
    mutable std::map<std::string, std::map<std::string, std::int64_t>> m_booked;
    mutable std::map<std::string, std::vector<ContestPlace>> m_contests;
};

} // namespace sd
