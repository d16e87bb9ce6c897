#pragma once

#include "domain/Dataset.h"
#include "domain/Period.h"
#include "domain/TargetLifecycle.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sd::app {

// What the Targets view shows: one metric and segment, one fiscal year.
struct TargetGridRequest
{
    Metric metric = Metric::Revenue;
    Segment segment = Segment::All;
    int fiscalYear = 2026;
    bool weeks = false; // ISO week columns after the months
    FiscalCalendar calendar;
};

// One target node of the grid: its top-down figure (explicit row, else the sum of its month rows, SPEC §3), its
// lifecycle, and for a node with children the sum of their figures (over/under-allocation).
struct TargetGridCell
{
    std::optional<std::int64_t> amount;
    bool explicitRow = false;
    TargetState state = TargetState::Draft;
    int version = 0;
    std::optional<std::int64_t> submitted;
    std::optional<std::string> responsibleRepId;
    std::optional<std::string> kpiCode;
    std::optional<std::int64_t> childrenSum; // rows with children, when one of them has a figure
};

// One row: an org unit or a rep, in tree order (units: child units by id; a unit without child units: its reps
// active in the fiscal year by id — the decomposition's children).
struct TargetGridRow
{
    OwnerRef owner;
    std::string name;
    int parent = -1;
    int depth = 0;
    std::vector<int> children;
    std::optional<std::string> proposedResponsible; // 目标三定 default when none is stored (defaultResponsible)
};

// The grid of the Targets view, built off the GUI thread from the org and the stored target plans; read-only.
class TargetGrid
{
public:
    static TargetGrid build(const Dataset& org, const std::vector<TargetPlan>& plans, const TargetGridRequest& request);
    // The period labels of the stored rows a grid needs (year, quarters, months): what to read.
    static std::vector<std::string> storedPeriods(int fiscalYear, const FiscalCalendar& cal);

    const TargetGridRequest& request() const { return m_request; }
    const std::vector<TargetGridRow>& rows() const { return m_rows; }
    const std::vector<Period>& periods() const { return m_periods; }
    const TargetGridCell& cell(int row, int periodColumn) const
    {
        return m_cells[static_cast<std::size_t>(row) * m_periods.size() + static_cast<std::size_t>(periodColumn)];
    }
    // The rows without a parent (the company).
    std::vector<int> roots() const;
    // The row and every row below it, in tree order.
    std::vector<int> subtree(int row) const;
    int rowOf(const OwnerRef& owner) const;
    // Bottom-up against top-down for the year column (SPEC §3 reconciliation).
    TargetReconciliation reconciliation(int row) const;
    TargetKey keyOf(int row, int periodColumn) const;
    // Every week column is derived from the months (not editable).
    bool isWeekColumn(int periodColumn) const { return m_periods[static_cast<std::size_t>(periodColumn)].kind() == PeriodKind::Week; }

private:
    TargetGridRequest m_request;
    std::vector<TargetGridRow> m_rows;
    std::vector<Period> m_periods;
    std::vector<TargetGridCell> m_cells;
};

} // namespace sd::app
