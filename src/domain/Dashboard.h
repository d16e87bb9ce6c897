#pragma once

// The figures of the home dashboard for one owner (company, region, team or rep) as of a day: attainment against
// target (month, quarter and year to date), the funnel, collections and overdue, stalled deals, care reminders and
// the contest leaderboard. Pure assembly over the engines; the rules are in docs/daily.md.

#include "domain/Contest.h"
#include "domain/DailyRecords.h"
#include "domain/FunnelFigures.h"
#include "domain/Receivables.h"
#include "domain/TargetMonitor.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sd {

struct DashboardOptions
{
    int careHorizonDays = 14; // key dates (birthday, founding day) within this many days from today
    int notContactedDays = 60; // customers without an activity for at least this many days
    std::size_t listLimit = 5; // rows per list
};

struct StalledDeal
{
    const Opportunity* opportunity = nullptr;
    std::string stage;
    int daysInStage = 0;
};

struct CareReminder
{
    enum class Kind { Birthday, Founded, NotContacted } kind = Kind::Birthday;
    const Customer* customer = nullptr;
    Date date;     // the key date's next occurrence, or the last contact (created_on when never contacted)
    int days = 0;  // days until the key date, or days since the last contact
};

struct DashboardFigures
{
    Date today;
    OwnerRef owner;
    // Revenue and collections: month, quarter and year to date (a view is nullopt without a target).
    TargetMonitor::Views revenue;
    TargetMonitor::Views collections;

    FunnelSnapshot funnel;         // the owner's opportunities as of today
    std::optional<Rational> winRate; // fiscal year to today

    std::int64_t balanceCents = 0; // receivables as of today
    std::int64_t overdueCents = 0; // positive balances past due
    std::int64_t over90Cents = 0;
    std::size_t creditFlags = 0;
    CollectionRate collectionRate; // the fiscal month holding today

    std::size_t stalledCount = 0;
    Money stalledAmount;
    std::vector<StalledDeal> stalled; // biggest amount first, at most listLimit

    std::size_t keyDatesCount = 0;
    std::size_t notContactedCount = 0;
    std::vector<CareReminder> care; // key dates soonest first, then the longest without contact; at most 2 × listLimit

    std::string contestMetric;       // the KPI code ranked
    std::string contestPeriod;       // its period label
    std::vector<ContestPlace> leaderboard; // ranked places only, at most listLimit
};

// The engines the dashboard needs over one dataset, built once and reused while the owner or the day changes
// (the large workspace takes seconds to build them). Not thread-safe: one computation at a time.
class DashboardContext
{
public:
    DashboardContext(const DatasetIndex& index, const WorkspaceSettings& settings,
                     std::vector<UnitMembership> unitHistory = {});
    ~DashboardContext();
    DashboardContext(const DashboardContext&) = delete;
    DashboardContext& operator=(const DashboardContext&) = delete;

    DashboardFigures compute(const std::optional<OwnerRef>& owner, Date today,
                             const DashboardOptions& options = {}) const;

private:
    struct Engines;
    const DatasetIndex& m_index;
    const WorkspaceSettings& m_settings;
    std::vector<UnitMembership> m_unitHistory;
    std::unique_ptr<Engines> m_engines;
};

// Computes the dashboard; `owner` nullopt is the whole company. With past team memberships, a unit's actuals
// count each rep's results on the days it was in the unit (UnitHistory). Throws DomainError for an unknown owner.
DashboardFigures computeDashboard(const DatasetIndex& index, const WorkspaceSettings& settings,
                                  const std::optional<OwnerRef>& owner, Date today,
                                  const DashboardOptions& options = {},
                                  const std::vector<UnitMembership>& unitHistory = {});

} // namespace sd
