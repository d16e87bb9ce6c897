#include "domain/FunnelWeekly.h"

#include "domain/Period.h"

#include <algorithm>

namespace sd {

std::string_view toCode(WeeklyCategory c)
{
    switch (c) {
    case WeeklyCategory::Won:
        return "won";
    case WeeklyCategory::Lost:
        return "lost";
    case WeeklyCategory::New:
        return "new";
    case WeeklyCategory::Advanced:
        return "advanced";
    case WeeklyCategory::Regressed:
        return "regressed";
    case WeeklyCategory::Stalled:
        return "stalled";
    case WeeklyCategory::Unchanged:
        return "unchanged";
    }
    return "unchanged";
}

namespace {

struct Classified
{
    std::optional<WeeklyCategory> category;
    std::optional<FunnelState> start;
    std::optional<FunnelState> end;
};

Classified classify(const Opportunity& o, const FunnelStages& stages, Date monday)
{
    const Date start = monday.addDays(-1);
    const Date end = monday.addDays(6);
    Classified c;
    c.start = stateAsOf(o, stages, start);
    c.end = stateAsOf(o, stages, end);
    if (!c.end || c.end->position == FunnelStages::kUnknown)
        return c;
    const int won = stages.wonPosition();
    auto terminal = [&](int pos) { return pos == 0 || pos == won; };
    // A start in an unknown stage gives no start index, like a deal that did not exist yet.
    const bool hasStart = c.start && c.start->position != FunnelStages::kUnknown;
    const int s = hasStart ? c.start->position : FunnelStages::kUnknown;
    const int e = c.end->position;
    if (hasStart && terminal(s) && terminal(e))
        return c;
    if (e == won && s != won)
        c.category = WeeklyCategory::Won;
    else if (e == 0 && s != 0)
        c.category = WeeklyCategory::Lost;
    else if (o.createdOn >= monday && o.createdOn <= end && stages.isOpen(e))
        c.category = WeeklyCategory::New;
    else if (hasStart && e > s)
        c.category = WeeklyCategory::Advanced;
    else if (hasStart && e < s)
        c.category = WeeklyCategory::Regressed;
    else if (stages.isOpen(e)) {
        const StageDef& def = stages.stage(e);
        const int stallDays = def.stallDays.value_or(stages.settings().stallDays);
        c.category = (end - c.end->enteredOn >= stallDays) ? WeeklyCategory::Stalled : WeeklyCategory::Unchanged;
    } else {
        c.category = WeeklyCategory::Unchanged;
    }
    return c;
}

} // namespace

std::optional<WeeklyCategory> weeklyCategory(const Opportunity& o, const FunnelStages& stages, Date monday)
{
    return classify(o, stages, monday).category;
}

WeeklyReport weeklyReport(const OpportunityList& opps, const WorkspaceSettings& settings, int isoYear, int week)
{
    FunnelStages stages(settings);
    WeeklyReport r;
    r.monday = isoWeekMonday(isoYear, week);
    r.start = r.monday.addDays(-1);
    r.end = r.monday.addDays(6);
    const int n = stages.openCount();
    r.stages.resize(static_cast<size_t>(n));
    for (int k = 1; k <= n; ++k)
        r.stages[static_cast<size_t>(k - 1)].code = stages.stage(k).code;

    for (const Opportunity* o : opps) {
        Classified c = classify(*o, stages, r.monday);
        if (c.start && stages.isOpen(c.start->position)) {
            auto& row = r.stages[static_cast<size_t>(c.start->position - 1)];
            ++row.countStart;
            row.amountStart += o->amount;
        }
        if (c.end && stages.isOpen(c.end->position)) {
            auto& row = r.stages[static_cast<size_t>(c.end->position - 1)];
            ++row.countEnd;
            row.amountEnd += o->amount;
        }
        if (!c.end)
            continue;
        if (!c.category) {
            if (c.end->position == FunnelStages::kUnknown)
                ++r.unknownStage;
            else
                ++r.closedBothEnds;
            continue;
        }
        r.entries.push_back(WeeklyEntry{o, *c.category, c.start ? c.start->position : FunnelStages::kUnknown,
                                        c.end->position});
    }
    auto byId = [](const WeeklyEntry& a, const WeeklyEntry& b) { return a.opportunity->id < b.opportunity->id; };
    // Workspaces load opportunities in ascending id already: skip the sort then.
    if (!std::is_sorted(r.entries.begin(), r.entries.end(), byId))
        std::sort(r.entries.begin(), r.entries.end(), byId);
    for (const WeeklyEntry& e : r.entries) {
        WeeklyCategoryFigures& f = r.categories[static_cast<size_t>(e.category)];
        ++f.count;
        f.amount += e.opportunity->amount;
        f.ids.push_back(e.opportunity->id);
    }
    return r;
}

} // namespace sd
