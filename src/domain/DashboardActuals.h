#pragma once

// The dearest figures of the home dashboard from ONE pass over the orders and their payments, per rep and per unit
// the rep was in on each result's date (UnitAttribution), as of a day: revenue and collections of the month, quarter
// and fiscal year to that day (the spans of TargetMonitor::views), the collection rate of the month holding the day
// (SPEC §5) per rep, every order's receivable as of the day, and each rep's revenue, gross profit and collections of
// the whole month and quarter (the contest). A unit's figure is then a sum over reps instead of a walk over every
// order per figure (docs/performance.md, "Dashboard"). The figures are exactly the engines' (ActualsEngine::repActual,
// ReceivablesEngine), which tests/domain/test_dashboard_actuals.cpp checks.

#include "domain/Actuals.h"
#include "domain/DashboardIndex.h"
#include "domain/Receivables.h"
#include "domain/UnitAttribution.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace sd {

class DashboardActuals
{
public:
    enum class Span { Month = 0, Quarter = 1, Year = 2 };

    // Over the positions of a dataset (the dashboard's context keeps one DashboardIndex per loaded dataset). Not
    // thread-safe while building (ActualsEngine caches credit lines); the result is read-only.
    DashboardActuals(const DashboardIndex& positions, const ActualsEngine& actuals, const UnitAttribution& units,
                     const WorkspaceSettings& settings, Date today);
    // The same with a DashboardIndex of its own (one computation, tests; the due dates are the receivables
    // engine's rule, DashboardIndex::dueDate).
    DashboardActuals(const ActualsEngine& actuals, const ReceivablesEngine& receivables,
                     const UnitAttribution& units, const WorkspaceSettings& settings, Date today);
    ~DashboardActuals();

    Date today() const { return m_today; }
    // The month, fiscal quarter or fiscal year holding the day.
    const Period& period(Span span) const { return m_periods[static_cast<int>(span)]; }

    // Revenue or collections of the owner from the span's first day to the day (a unit: each rep's results dated on
    // days it was in the unit or a unit under it). Other metrics throw DomainError.
    std::int64_t actual(const OwnerRef& owner, Metric metric, Span span) const;
    // A rep's revenue, gross profit or collections over the whole month or quarter (Span::Month or Span::Quarter),
    // as ActualsEngine::repActual counts them.
    std::int64_t repWholePeriod(std::string_view repId, Metric metric, Span span) const;
    // The collection rate of the month holding the day over the orders whose rep_id is the owner or a rep currently
    // under it (ReceivablesEngine::collectionRateOf).
    CollectionRate collectionRate(const OwnerRef& owner) const;
    // Every order's receivable as of the day with a non-zero balance (ReceivablesEngine::receivableOf), dataset order.
    const std::vector<Receivable>& receivables() const { return m_receivables; }

    // The receivables as of the day of the orders whose rep_id is the rep at a position of DashboardIndex
    // (repCount(): every order of no known rep): balance, overdue (positive balances past due), over 90 days, and
    // the customers among theirs with a credit-risk flag (a whole balance over the credit limit, or a positive
    // balance more than 90 days past due on any of the customer's orders, whoever's).
    struct RepReceivables
    {
        std::int64_t balanceCents = 0;
        std::int64_t overdueCents = 0;
        std::int64_t over90Cents = 0;
        std::vector<std::uint32_t> flaggedCustomers; // customer positions, ascending, each once
    };
    const RepReceivables& receivablesOfRep(std::size_t repPosition) const { return m_repReceivables[repPosition]; }
    // New customers (SPEC §3: the customer's first order ever, by the order's rep) over the whole month or quarter.
    std::int64_t repNewCustomers(std::size_t repPosition, Span span) const;
    const DashboardIndex& positions() const { return *m_positions; }

private:
    using Sums = std::array<std::int64_t, 6>; // revenue month, quarter, year; collections month, quarter, year
    struct RepFigures
    {
        const Rep* rep = nullptr;
        std::vector<std::pair<std::string_view, Sums>> byUnit; // the unit the rep was in on the results' dates
        std::array<std::int64_t, 6> whole{}; // revenue, gross profit, collections × whole month, whole quarter
        std::array<std::int64_t, 2> newCustomers{}; // whole month, whole quarter
        std::int64_t dueCents = 0;
        std::int64_t collectedCents = 0;
        std::size_t dueOrders = 0;
    };

    void build(const WorkspaceSettings& settings);
    void addOrder(std::size_t position);
    void addLine(RepFigures& rep, Date d, int metric, std::int64_t cents);
    RepFigures* repFigures(std::uint32_t position);
    const RepFigures* repFigures(std::string_view repId) const;
    void finishReceivables();

    std::unique_ptr<DashboardIndex> m_ownPositions;
    const DashboardIndex* m_positions = nullptr;
    const ActualsEngine& m_actuals;
    const UnitAttribution& m_units;
    Date m_today;
    std::array<Period, 3> m_periods;
    std::array<Date, 3> m_first; // first day of each span
    Date m_monthLast;
    Date m_quarterLast;
    std::vector<RepFigures> m_reps; // by rep position
    std::vector<Receivable> m_receivables;
    std::vector<RepReceivables> m_repReceivables; // by rep position, then orders of no known rep
};

} // namespace sd
