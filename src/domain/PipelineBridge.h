#pragma once

// The pipeline bridge of the weekly review (docs/funnel.md): how the open pipeline expected to close by a
// period's end went from the start of a week to its end,
//   start + new + pulled in + increased − decreased − pushed out − won − lost = end,
// using the amounts and expected close dates each opportunity had at each end (from its change history).

#include "domain/Funnel.h"
#include "domain/OpportunityChange.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace sd {

enum class BridgeKind { New, PulledIn, Increased, Decreased, PushedOut, Won, Lost };
inline constexpr std::array<BridgeKind, 7> kBridgeKinds{BridgeKind::New,       BridgeKind::PulledIn,
                                                        BridgeKind::Increased, BridgeKind::Decreased,
                                                        BridgeKind::PushedOut, BridgeKind::Won,
                                                        BridgeKind::Lost};
std::string_view toCode(BridgeKind k);

struct BridgeStep
{
    std::int64_t count = 0;
    Money amount; // always ≥ 0; the sign is the step's (decreased, pushed out, won, lost subtract)
};

// One opportunity's part in the bridge.
struct BridgeLine
{
    const Opportunity* opportunity = nullptr;
    BridgeKind kind = BridgeKind::New;
    Money amount; // ≥ 0, as in BridgeStep
    Money amountStart;
    Money amountEnd;
    std::optional<Date> closeStart;
    std::optional<Date> closeEnd;
};

struct PipelineBridge
{
    Date start;      // as of the end of this day (the Sunday before the week)
    Date end;        // as of the end of this day (the week's Sunday)
    Date periodLast; // the pipeline holds open deals expected to close on or before this day
    std::int64_t startCount = 0;
    Money startAmount;
    std::int64_t endCount = 0;
    Money endAmount;
    std::array<BridgeStep, 7> steps; // indexed by BridgeKind
    std::vector<BridgeLine> lines;   // ascending opportunity id

    const BridgeStep& step(BridgeKind k) const { return steps[static_cast<size_t>(k)]; }
    // start + new + pulled in + increased − decreased − pushed out − won − lost (equals endAmount).
    Money computedEnd() const;
};

// An opportunity's amount / expected close date as of the end of day D: the old value of its first recorded
// change of that field dated after D, else its current value. `changes` are in recorded order.
Money amountAsOf(const Opportunity& o, const std::vector<const OpportunityChange*>& changes, Date d);
std::optional<Date> expectedCloseAsOf(const Opportunity& o, const std::vector<const OpportunityChange*>& changes,
                                      Date d);

// The bridge between the ends of day `start` and day `end`, for the pipeline expected to close on or before
// `periodLast`. `changes` may hold any opportunity's changes, in recorded order.
PipelineBridge pipelineBridge(const OpportunityList& opps, const std::vector<OpportunityChange>& changes,
                              const WorkspaceSettings& settings, Date start, Date end, Date periodLast);

} // namespace sd
