#include "domain/TeamLadder.h"

#include "domain/Split.h"
#include "domain/TargetMonitor.h"

#include <algorithm>

namespace sd {

namespace {

int wholeMonthsBetween(Date from, Date to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return months;
}

} // namespace

int ladderTier(const Rep& rep, const std::optional<Rational>& attainment, Date asOf, std::size_t tiers)
{
    const int last = static_cast<int>(std::max<std::size_t>(tiers, 1));
    int tier = 4;
    if (wholeMonthsBetween(rep.hireDate, asOf) < 6)
        tier = 5;
    else {
        const bool atTarget = attainment && *attainment >= Rational(1);
        switch (rep.level) {
        case Level::Senior: tier = atTarget ? 1 : 2; break;
        case Level::Mid: tier = atTarget ? 2 : 3; break;
        case Level::Junior: tier = 4; break;
        }
    }
    return std::min(tier, last);
}

std::vector<TeamLadder> teamLadders(const DatasetIndex& index, const WorkspaceSettings& settings, Date asOf)
{
    const ActualsEngine actuals(index, settings);
    const TargetLookup targets(index.data().targets);
    const TargetMonitor monitor(actuals, targets, settings);
    const FiscalCalendar cal = settings.calendar();
    const Period year = Period::yearOf(asOf, cal);
    const std::size_t tiers = std::max<std::size_t>(settings.tierComposition.size(), 1);
    std::vector<Rational> weights;
    for (int w : settings.tierComposition)
        weights.emplace_back(w);

    std::vector<TeamLadder> out;
    for (const OrgUnit& u : index.data().orgUnits) {
        if (!index.childUnits(u.id).empty() || u.kind == OrgKind::Company)
            continue;
        TeamLadder ladder;
        ladder.team = &u;
        ladder.actual.assign(tiers, 0);
        for (const Rep* r : index.repsDirectlyIn(u.id)) {
            if (!r->isActiveIn(asOf, asOf))
                continue;
            LadderRep lr;
            lr.rep = r;
            const OwnerRef owner{OwnerKind::Rep, r->id};
            if (const auto target = monitor.targetFor(owner, Metric::Revenue, year, Segment::All))
                lr.attainment = attainmentOf(actuals.repActual(Metric::Revenue, r->id, year.firstDay(cal), asOf), *target);
            lr.tier = ladderTier(*r, lr.attainment, asOf, tiers);
            ++ladder.actual[static_cast<std::size_t>(lr.tier - 1)];
            ladder.reps.push_back(lr);
        }
        std::sort(ladder.reps.begin(), ladder.reps.end(), [](const LadderRep& a, const LadderRep& b) {
            return a.tier != b.tier ? a.tier < b.tier : a.rep->id < b.rep->id;
        });
        const auto size = static_cast<std::int64_t>(ladder.reps.size());
        bool anyWeight = false;
        for (const Rational& w : weights)
            anyWeight = anyWeight || !w.isZero();
        ladder.target = anyWeight ? exactSplit(size, weights) : std::vector<std::int64_t>(tiers, 0);
        out.push_back(std::move(ladder));
    }
    std::sort(out.begin(), out.end(), [](const TeamLadder& a, const TeamLadder& b) { return a.team->id < b.team->id; });
    return out;
}

} // namespace sd
