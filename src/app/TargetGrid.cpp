#include "app/TargetGrid.h"

#include "domain/WeekTargets.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace sd::app {

namespace {

std::string ownerKey(const OwnerRef& o)
{
    return o.toString();
}

} // namespace

std::vector<std::string> TargetGrid::storedPeriods(int fiscalYear, const FiscalCalendar& cal)
{
    std::vector<std::string> out{Period::year(fiscalYear).label()};
    for (int q = 1; q <= 4; ++q)
        out.push_back(Period::quarter(fiscalYear, q).label());
    for (const Period& m : Period::year(fiscalYear).months(cal))
        out.push_back(m.label());
    return out;
}

TargetGrid TargetGrid::build(const Dataset& org, const std::vector<TargetPlan>& plans, const TargetGridRequest& request)
{
    TargetGrid g;
    g.m_request = request;
    const FiscalCalendar& cal = request.calendar;
    const Period year = Period::year(request.fiscalYear);
    const Date first = year.firstDay(cal), last = year.lastDay(cal);
    g.m_periods.push_back(year);
    for (int q = 1; q <= 4; ++q)
        g.m_periods.push_back(Period::quarter(request.fiscalYear, q));
    const std::vector<Period> months = year.months(cal);
    for (const Period& m : months)
        g.m_periods.push_back(m);
    if (request.weeks) {
        const Period firstWeek = Period::weekOf(first);
        for (Date d = isoWeekMonday(firstWeek.yearNumber(), firstWeek.index()); d <= last; d = d.addDays(7))
            g.m_periods.push_back(Period::weekOf(d));
    }

    // Rows: the org tree in depth-first order, children by ascending id (the units and reps are sorted by id).
    std::map<std::string, std::vector<const OrgUnit*>> childUnits;
    std::vector<const OrgUnit*> roots;
    for (const OrgUnit& u : org.orgUnits)
        (u.parentId ? childUnits[*u.parentId] : roots).push_back(&u);
    std::map<std::string, std::vector<const Rep*>> repsIn;
    for (const Rep& r : org.reps)
        if (r.isActiveIn(first, last))
            repsIn[r.orgUnitId].push_back(&r);
    auto byId = [](auto* a, auto* b) { return a->id < b->id; };
    std::sort(roots.begin(), roots.end(), byId);
    for (auto& [id, v] : childUnits)
        std::sort(v.begin(), v.end(), byId);
    for (auto& [id, v] : repsIn)
        std::sort(v.begin(), v.end(), byId);
    auto addRow = [&g](OwnerRef owner, const std::string& name, int parent) {
        const int depth = parent < 0 ? 0 : g.m_rows[static_cast<std::size_t>(parent)].depth + 1;
        TargetGridRow row{std::move(owner), name, parent, depth, {}, {}};
        g.m_rows.push_back(std::move(row));
        const int index = static_cast<int>(g.m_rows.size()) - 1;
        if (parent >= 0)
            g.m_rows[static_cast<std::size_t>(parent)].children.push_back(index);
        return index;
    };
    auto addUnit = [&](auto& self, const OrgUnit* u, int parent) -> void {
        const int row = addRow(OwnerRef{OwnerKind::Unit, u->id}, u->name, parent);
        auto kids = childUnits.find(u->id);
        if (kids != childUnits.end() && !kids->second.empty()) {
            for (const OrgUnit* c : kids->second)
                self(self, c, row);
        } else if (auto reps = repsIn.find(u->id); reps != repsIn.end()) {
            for (const Rep* r : reps->second)
                addRow(OwnerRef{OwnerKind::Rep, r->id}, r->name, row);
        }
    };
    for (const OrgUnit* r : roots)
        addUnit(addUnit, r, -1);
    for (TargetGridRow& row : g.m_rows)
        row.proposedResponsible = defaultResponsible(row.owner, org.orgUnits, org.reps, first, last);

    // Cells: the explicit rows first, then the quarters and the year from their months where no row exists.
    std::unordered_map<std::string, int> rowIndex;
    for (std::size_t i = 0; i < g.m_rows.size(); ++i)
        rowIndex.emplace(ownerKey(g.m_rows[i].owner), static_cast<int>(i));
    std::unordered_map<std::string, int> columnIndex;
    for (std::size_t c = 0; c < g.m_periods.size(); ++c)
        if (g.m_periods[c].kind() != PeriodKind::Week)
            columnIndex.emplace(g.m_periods[c].label(), static_cast<int>(c));
    const std::size_t width = g.m_periods.size();
    g.m_cells.assign(g.m_rows.size() * width, TargetGridCell{});
    for (const TargetPlan& p : plans) {
        if (p.key.metric != request.metric || p.key.segment != request.segment)
            continue;
        auto r = rowIndex.find(ownerKey(p.key.owner));
        auto c = columnIndex.find(p.key.period);
        if (r == rowIndex.end() || c == columnIndex.end())
            continue;
        TargetGridCell& cell
            = g.m_cells[static_cast<std::size_t>(r->second) * width + static_cast<std::size_t>(c->second)];
        cell.amount = p.amount;
        cell.explicitRow = p.amount.has_value();
        cell.state = p.state;
        cell.version = p.version;
        cell.submitted = p.submitted;
        cell.responsibleRepId = p.responsibleRepId;
        cell.kpiCode = p.kpiCode;
    }
    const std::size_t firstMonth = 5;
    for (std::size_t r = 0; r < g.m_rows.size(); ++r) {
        TargetGridCell* row = &g.m_cells[r * width];
        auto monthsSum = [&](std::size_t from, std::size_t count) -> std::optional<std::int64_t> {
            std::optional<std::int64_t> sum;
            for (std::size_t m = from; m < from + count; ++m)
                if (row[m].amount)
                    sum = sum.value_or(0) + *row[m].amount;
            return sum;
        };
        for (std::size_t q = 0; q < 4; ++q)
            if (!row[1 + q].explicitRow)
                row[1 + q].amount = monthsSum(firstMonth + 3 * q, 3);
        if (!row[0].explicitRow)
            row[0].amount = monthsSum(firstMonth, months.size());
        if (width > firstMonth + months.size()) {
            std::vector<std::optional<std::int64_t>> monthAmounts;
            for (std::size_t i = 0; i < months.size(); ++i)
                monthAmounts.push_back(row[firstMonth + i].amount);
            const auto weeks = weekTargets(std::span<const Period>(g.m_periods).subspan(firstMonth + months.size()),
                                           months, monthAmounts);
            for (std::size_t w = 0; w < weeks.size(); ++w)
                row[firstMonth + months.size() + w].amount = weeks[w];
        }
    }
    for (std::size_t r = 0; r < g.m_rows.size(); ++r) {
        const auto& kids = g.m_rows[r].children;
        if (kids.empty())
            continue;
        for (std::size_t c = 0; c < width; ++c) {
            std::optional<std::int64_t> sum;
            for (int k : kids)
                if (const auto& a = g.m_cells[static_cast<std::size_t>(k) * width + c].amount)
                    sum = sum.value_or(0) + *a;
            g.m_cells[r * width + c].childrenSum = sum;
        }
    }
    return g;
}

std::vector<int> TargetGrid::roots() const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].parent < 0)
            out.push_back(static_cast<int>(i));
    return out;
}

std::vector<int> TargetGrid::subtree(int row) const
{
    std::vector<int> out{row};
    for (std::size_t i = 0; i < out.size(); ++i)
        for (int c : m_rows[static_cast<std::size_t>(out[i])].children)
            out.push_back(c);
    std::sort(out.begin(), out.end()); // rows are in depth-first order
    return out;
}

int TargetGrid::rowOf(const OwnerRef& owner) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].owner == owner)
            return static_cast<int>(i);
    return -1;
}

TargetReconciliation TargetGrid::reconciliation(int row) const
{
    const auto& kids = m_rows[static_cast<std::size_t>(row)].children;
    std::vector<std::optional<std::int64_t>> subs;
    if (kids.empty())
        subs.push_back(cell(row, 0).submitted);
    for (int k : kids)
        subs.push_back(cell(k, 0).submitted);
    return reconcile(cell(row, 0).amount, subs);
}

TargetKey TargetGrid::keyOf(int row, int periodColumn) const
{
    return TargetKey{m_rows[static_cast<std::size_t>(row)].owner, m_request.metric,
                     m_periods[static_cast<std::size_t>(periodColumn)].label(), m_request.segment};
}

} // namespace sd::app
