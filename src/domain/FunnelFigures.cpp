#include "domain/FunnelFigures.h"

#include <algorithm>

namespace sd {

FunnelSnapshot funnelSnapshot(const OpportunityList& opps, const WorkspaceSettings& settings, Date asOf)
{
    FunnelStages stages(settings);
    FunnelSnapshot snap;
    snap.asOf = asOf;
    const int n = stages.openCount();
    snap.stages.resize(static_cast<size_t>(n));
    for (int k = 1; k <= n; ++k)
        snap.stages[static_cast<size_t>(k - 1)].code = stages.stage(k).code;
    for (const Opportunity* o : opps) {
        auto st = stateAsOf(*o, stages, asOf);
        if (!st)
            continue;
        if (stages.isOpen(st->position)) {
            StageFigures& f = snap.stages[static_cast<size_t>(st->position - 1)];
            ++f.count;
            f.amount += o->amount;
        } else if (st->position == stages.wonPosition()) {
            ++snap.wonCount;
        } else if (st->position == 0) {
            ++snap.lostCount;
        } else {
            ++snap.unknownStageCount;
        }
    }
    for (int k = 1; k <= n; ++k) {
        StageFigures& f = snap.stages[static_cast<size_t>(k - 1)];
        // Σ amount × p/100 = (Σ amount) × p/100 exactly; rounded once for the stage.
        Rational exact = Rational(f.amount.cents()) * stages.stage(k).probability / Rational(100);
        f.weighted = Money::fromExactCents(exact);
        snap.weightedExactCents += exact;
        snap.openCount += f.count;
        snap.openAmount += f.amount;
    }
    snap.weightedTotal = Money::fromExactCents(snap.weightedExactCents);
    return snap;
}

void addToConversion(FunnelConversion& conv, const Opportunity& o, const FunnelStages& stages, const DateWindow& window)
{
    if (!window.contains(o.createdOn))
        return;
    const int n = stages.openCount();
    if (conv.reached.size() != static_cast<size_t>(n))
        conv.reached.assign(static_cast<size_t>(n), 0);
    ++conv.cohort;
    // Won reaches every open stage: its position n + 1 is ≥ every k.
    const int best = std::min(highestPositionReached(o, stages, window.to), n);
    for (int k = 1; k <= best; ++k)
        ++conv.reached[static_cast<size_t>(k - 1)];
    auto term = terminalEntryFor(o, window.to);
    if (term && term->won)
        ++conv.won;
}

void finishConversion(FunnelConversion& conv, const FunnelStages& stages)
{
    const int n = stages.openCount();
    conv.reached.resize(static_cast<size_t>(n), 0);
    conv.steps.clear();
    auto step = [](std::string from, std::string to, std::int64_t num, std::int64_t den) {
        ConversionStep s{std::move(from), std::move(to), num, den, std::nullopt};
        if (den != 0)
            s.rate = Rational(num) / Rational(den);
        return s;
    };
    for (int k = 1; k < n; ++k)
        conv.steps.push_back(step(stages.stage(k).code, stages.stage(k + 1).code, conv.reached[static_cast<size_t>(k)],
                                  conv.reached[static_cast<size_t>(k - 1)]));
    if (n > 0)
        conv.steps.push_back(step(stages.stage(n).code, "won", conv.won, conv.reached[static_cast<size_t>(n - 1)]));
}

FunnelConversion funnelConversion(const OpportunityList& opps, const WorkspaceSettings& settings,
                                  const DateWindow& window)
{
    FunnelStages stages(settings);
    FunnelConversion conv;
    for (const Opportunity* o : opps)
        addToConversion(conv, *o, stages, window);
    finishConversion(conv, stages);
    return conv;
}

FunnelVelocity funnelVelocity(const OpportunityList& opps, const WorkspaceSettings& settings, const DateWindow& window)
{
    FunnelStages stages(settings);
    FunnelVelocity v;
    v.tally = winLossTally(opps, window);
    for (const Opportunity* o : opps) {
        auto st = stateAsOf(*o, stages, window.to);
        if (st && stages.isOpen(st->position))
            ++v.openCountAtEnd;
    }
    v.winRate = v.tally.winRate();
    auto avgAmount = v.tally.avgWonAmountCents();
    v.avgCycleDays = v.tally.avgCycleDays();
    if (avgAmount)
        v.avgWonAmount = Money::fromExactCents(*avgAmount);
    // Not applicable when a divisor is zero: no won/lost deal, no won deal, or an average cycle of 0 days.
    if (v.winRate && avgAmount && v.avgCycleDays && !v.avgCycleDays->isZero()) {
        v.perDayExactCents = Rational(v.openCountAtEnd) * *v.winRate * *avgAmount / *v.avgCycleDays;
        v.perDay = Money::fromExactCents(*v.perDayExactCents);
    }
    return v;
}

std::vector<StageDuration> stageDurations(const OpportunityList& opps, const WorkspaceSettings& settings,
                                          const DateWindow& window)
{
    FunnelStages stages(settings);
    const int n = stages.openCount();
    std::vector<StageDuration> out(static_cast<size_t>(n));
    for (int k = 1; k <= n; ++k)
        out[static_cast<size_t>(k - 1)].code = stages.stage(k).code;
    for (const Opportunity* o : opps) {
        HistoryView h(*o);
        for (size_t i = 0; i + 1 < h.size(); ++i) {
            const Date next = h.date(i + 1);
            if (next > window.to)
                break;
            if (next < window.from)
                continue;
            const int pos = stages.position(h.stage(i));
            if (!stages.isOpen(pos))
                continue;
            StageDuration& sd = out[static_cast<size_t>(pos - 1)];
            ++sd.moves;
            sd.totalDays += next - h.date(i);
        }
    }
    for (auto& sd : out)
        if (sd.moves > 0)
            sd.avgDays = Rational(sd.totalDays) / Rational(sd.moves);
    return out;
}

FunnelCoverage funnelCoverage(const OpportunityList& opps, const WorkspaceSettings& settings, Date asOf,
                              Date periodFirst, Date periodLast, std::optional<Money> target, Money actualSoFar)
{
    FunnelStages stages(settings);
    FunnelCoverage c;
    c.restFirst = std::max(asOf.addDays(1), periodFirst);
    c.restLast = periodLast;
    for (const Opportunity* o : opps) {
        if (!o->expectedCloseOn || *o->expectedCloseOn < c.restFirst || *o->expectedCloseOn > c.restLast)
            continue;
        auto st = stateAsOf(*o, stages, asOf);
        if (!st || !stages.isOpen(st->position))
            continue;
        ++c.openCount;
        c.openAmount += o->amount;
    }
    c.target = target;
    c.actual = actualSoFar;
    if (target) {
        c.gap = *target - actualSoFar;
        if (c.gap->isPositive())
            c.ratio = Rational(c.openAmount.cents()) / Rational(c.gap->cents());
    }
    return c;
}

} // namespace sd
