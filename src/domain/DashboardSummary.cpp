#include "domain/DashboardSummary.h"

#include <unordered_map>

namespace sd {

namespace {

std::optional<DashboardSummary::Bar> bar(const std::optional<TargetStatus>& s)
{
    if (!s)
        return std::nullopt;
    return DashboardSummary::Bar{s->actual, s->target, s->attainment};
}

} // namespace

DashboardSummary summarizeDashboard(const DashboardFigures& f, const std::vector<Rep>& reps,
                                    const WorkspaceSettings& settings)
{
    DashboardSummary s;
    s.today = f.today;
    s.owner = f.owner.id.empty() ? std::string() : f.owner.toString();
    s.revenue = {bar(f.revenue.month), bar(f.revenue.quarter), bar(f.revenue.year)};
    s.collections = {bar(f.collections.month), bar(f.collections.quarter), bar(f.collections.year)};

    s.openCount = f.funnel.openCount;
    s.openAmountCents = f.funnel.openAmount.cents();
    s.weightedCents = f.funnel.weightedTotal.cents();
    s.winRate = f.winRate;
    for (const StageFigures& st : f.funnel.stages)
        s.stages.push_back({st.code, st.count});

    s.balanceCents = f.balanceCents;
    s.overdueCents = f.overdueCents;
    s.over90Cents = f.over90Cents;
    s.creditFlags = static_cast<std::int64_t>(f.creditFlags);
    s.collectionRate = f.collectionRate.rate;

    s.stallDays = settings.stallDays;
    s.stalledCount = static_cast<std::int64_t>(f.stalledCount);
    s.stalledAmountCents = f.stalledAmount.cents();
    for (const StalledDeal& d : f.stalled)
        if (d.opportunity)
            s.stalled.push_back({d.opportunity->name, d.daysInStage, d.opportunity->amount.cents()});

    s.keyDatesCount = static_cast<std::int64_t>(f.keyDatesCount);
    s.notContactedCount = static_cast<std::int64_t>(f.notContactedCount);
    for (const CareReminder& c : f.care)
        if (c.customer)
            s.care.push_back({c.kind, c.customer->name, c.date, c.days});

    s.contestMetric = f.contestMetric;
    s.contestPeriod = f.contestPeriod;
    std::unordered_map<std::string, const Rep*> byId;
    for (const ContestPlace& p : f.leaderboard)
        byId.emplace(p.repId, nullptr);
    for (const Rep& r : reps)
        if (const auto it = byId.find(r.id); it != byId.end())
            it->second = &r;
    for (const ContestPlace& p : f.leaderboard) {
        const Rep* rep = byId[p.repId];
        s.leaderboard.push_back({p.rank.value_or(0), p.repId, rep ? rep->name : p.repId, p.value, p.prizeCents,
                                 p.titles});
    }
    return s;
}

} // namespace sd
