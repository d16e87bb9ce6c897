#pragma once

// The open items of the home dashboard per rep as of a day, from one pass over the opportunities and one over the
// customers (docs/daily.md, "Dashboard"; docs/performance.md): each rep's funnel snapshot (SPEC §4: deals and amount
// per open stage, won, lost, unknown stage), its won and lost deals of the fiscal year to the day (the win rate), its
// stalled deals and its customers' care reminders. A view of a unit or the company then sums or merges the lists of
// its reps instead of walking a million opportunities per view. Every rep's list is complete and sorted as the view
// sorts it; the figures are exactly funnelSnapshot's, winRate's and the dashboard's own rules
// (tests/domain/test_dashboard_open_items.cpp).

#include "domain/Dashboard.h"
#include "domain/DashboardIndex.h"

#include <cstdint>
#include <vector>

namespace sd {

class DashboardOpenItems
{
public:
    struct RepItems
    {
        std::vector<std::int64_t> stageCount; // per open stage, in the settings' order
        std::vector<std::int64_t> stageCents;
        std::int64_t won = 0;     // state as of the day
        std::int64_t lost = 0;
        std::int64_t unknown = 0; // in a stage code that is not in the settings
        std::int64_t yearWon = 0; // won or lost entry dated in the fiscal year to the day (winLossTally)
        std::int64_t yearLost = 0;
        std::size_t stalledCount = 0;
        Money stalledAmount;
        std::vector<StalledDeal> stalled;   // biggest amount first, then opportunity id
        std::vector<CareReminder> keyDates; // soonest first, then customer id, birthday before founding day
        std::vector<CareReminder> silent;   // longest without contact first, then customer id
    };

    // Care reminders use options.careHorizonDays and options.notContactedDays (not listLimit: lists are complete).
    DashboardOpenItems(const DashboardIndex& positions, const WorkspaceSettings& settings, Date today,
                       const DashboardOptions& options);

    Date today() const { return m_today; }
    // Whether these items answer for that day and those care options.
    bool answers(Date today, const DashboardOptions& options) const;
    // The items of the rep at a position of DashboardIndex.
    const RepItems& ofRep(std::size_t repPosition) const { return m_reps[repPosition]; }

    // Sums and merges of the reps at the given positions (each once): the funnel snapshot and win rate, the
    // stalled deals and the care reminders, as DashboardFigures holds them (lists cut to options.listLimit).
    void fill(DashboardFigures& f, const std::vector<std::uint32_t>& repPositions,
              const DashboardOptions& options) const;

private:
    void addOpportunity(const Opportunity& o, RepItems& rep);
    void addCustomer(const Customer& c, std::optional<Date> lastContact, RepItems& rep);

    const DashboardIndex& m_positions;
    const WorkspaceSettings& m_settings;
    Date m_today;
    Date m_yearFirst;
    int m_careHorizonDays = 0;
    int m_notContactedDays = 0;
    std::vector<RepItems> m_reps;
};

// The next occurrence on or after `today` of the month and day of `d` (29 February: 28 February in other years).
Date nextAnniversary(Date d, Date today);

} // namespace sd
