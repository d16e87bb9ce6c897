#pragma once

// The funnel figures of SPEC §4 over a list of opportunities already filtered to an owner:
// snapshot, conversion, velocity, stage durations and coverage. Exact arithmetic throughout,
// each money figure rounded once half away from zero to the cent; "not applicable" is nullopt.

#include "domain/Funnel.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sd {

// One open stage of a snapshot: count, amount, and Σ amount × probability/100 rounded once.
struct StageFigures
{
    std::string code;
    std::int64_t count = 0;
    Money amount;
    Money weighted;
};

// The funnel as of a date (end of that day), per open stage; won/lost are the deals whose state
// at that date is terminal (all time, not a window).
struct FunnelSnapshot
{
    Date asOf;
    std::vector<StageFigures> stages;
    Rational weightedExactCents; // Σ over the stages of the exact weighted amounts, in cents
    Money weightedTotal;         // weightedExactCents rounded once (the weighted forecast)
    std::int64_t openCount = 0;
    Money openAmount;
    std::int64_t wonCount = 0;
    std::int64_t lostCount = 0;
    std::int64_t unknownStageCount = 0; // in a stage code that is not in the settings
};
FunnelSnapshot funnelSnapshot(const OpportunityList& opps, const WorkspaceSettings& settings, Date asOf);

// One step of the conversion: from an open stage to the next one, or from the last open stage to won.
struct ConversionStep
{
    std::string from;
    std::string to;
    std::int64_t numerator = 0;   // reached_{k+1}, or won for the last step
    std::int64_t denominator = 0; // reached_k
    std::optional<Rational> rate; // nullopt when the denominator is 0
};

// Conversion over the cohort of opportunities created in the window.
struct FunnelConversion
{
    std::int64_t cohort = 0;
    std::vector<std::int64_t> reached; // reached[k-1] = cohort deals whose highest stage by `to` is ≥ k
    std::int64_t won = 0;              // cohort deals whose won-or-lost entry for the window is `won`
    std::vector<ConversionStep> steps;
};
FunnelConversion funnelConversion(const OpportunityList& opps, const WorkspaceSettings& settings,
                                  const DateWindow& window);
// The same counted incrementally (one pass over many owners): add each opportunity, then finish
// (fills `steps` from the counts).
void addToConversion(FunnelConversion& conv, const Opportunity& o, const FunnelStages& stages, const DateWindow& window);
void finishConversion(FunnelConversion& conv, const FunnelStages& stages);

// Sales velocity of a window: open count as of `to` × win rate × average won amount ÷ average cycle.
struct FunnelVelocity
{
    WinLossTally tally;
    std::int64_t openCountAtEnd = 0;
    std::optional<Rational> winRate;
    std::optional<Money> avgWonAmount;        // rounded once to the cent
    std::optional<Rational> avgCycleDays;     // exact; shown to 2 decimals
    std::optional<Rational> perDayExactCents; // exact, from the exact averages
    std::optional<Money> perDay;              // rounded once to the cent
};
FunnelVelocity funnelVelocity(const OpportunityList& opps, const WorkspaceSettings& settings, const DateWindow& window);

// Mean days in an open stage, over the moves out of it (the next history entry, whatever it is)
// dated in the window; same-day moves count 0 days.
struct StageDuration
{
    std::string code;
    std::int64_t moves = 0;
    std::int64_t totalDays = 0;
    std::optional<Rational> avgDays; // exact; shown to 2 decimals
};
std::vector<StageDuration> stageDurations(const OpportunityList& opps, const WorkspaceSettings& settings,
                                          const DateWindow& window);

// Pipeline coverage of the rest of a period: open amount (as of `asOf`) expected to close in
// [max(asOf + 1, periodFirst), periodLast] ÷ (target − actual so far); nullopt without a target
// or when that gap ≤ 0. The as-of day itself is over ("as of D" is the end of D), so it is not in the rest.
struct FunnelCoverage
{
    Date restFirst;
    Date restLast;
    std::int64_t openCount = 0;
    Money openAmount; // open as of asOf, expected close in [restFirst, restLast]
    std::optional<Money> target;
    Money actual;
    std::optional<Money> gap; // target − actual
    std::optional<Rational> ratio;
};
FunnelCoverage funnelCoverage(const OpportunityList& opps, const WorkspaceSettings& settings, Date asOf,
                              Date periodFirst, Date periodLast, std::optional<Money> target, Money actualSoFar);

} // namespace sd
