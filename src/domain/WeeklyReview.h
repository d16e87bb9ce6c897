#pragma once

// The weekly funnel review (周漏斗复盘) as the weekly sales meeting reads it: the weekly change report of
// SPEC §4 plus the stalled list (longest in their stage first), the biggest movers and, when the change
// history is available, the pipeline bridge. Shared by `salesctl funnel weekly` exports and the app.

#include "domain/DatasetIndex.h"
#include "domain/FunnelWeekly.h"
#include "domain/PipelineBridge.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sd {

// One opportunity of the stalled list or the movers, with the names a reader needs.
struct WeeklyReviewLine
{
    const Opportunity* opportunity = nullptr;
    WeeklyCategory category = WeeklyCategory::Unchanged;
    std::string fromStage; // code at the start; empty when it did not exist then
    std::string toStage;   // code at the end
    std::string customerName;
    std::string ownerName;
    Date enteredOn;              // when the entry in force at the end began
    std::int64_t daysInStage = 0; // week's Sunday − enteredOn
};

struct WeeklyReview
{
    WeeklyReport report;
    std::vector<WeeklyReviewLine> stalled; // every stalled deal: most days in stage first, then amount, then id
    std::vector<WeeklyReviewLine> movers;  // won, lost, new, advanced, regressed: largest amount first, then id
    std::optional<PipelineBridge> bridge;
};

inline constexpr size_t kWeeklyMoverLimit = 10;

// Builds the review from a report over `index`'s dataset (names from it); movers are cut at `moverLimit`.
WeeklyReview weeklyReview(WeeklyReport report, const DatasetIndex& index, const WorkspaceSettings& settings,
                          size_t moverLimit = kWeeklyMoverLimit);

} // namespace sd
