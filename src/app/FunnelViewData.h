#pragma once

// What the Funnel section shows, computed on a worker thread from the shared dataset: the SPEC §4 figures of
// the engines (never recomputed here) plus the opportunities behind each number for the drill-down, and the
// weekly review. Plain C++ (no widgets), so a test can check it without a window.

#include "domain/Dataset.h"
#include "domain/DatasetIndex.h"
#include "domain/FunnelFigures.h"
#include "domain/FunnelHealth.h"
#include "domain/OpportunityChange.h"
#include "domain/WeeklyReview.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sd::app {

struct FunnelQuery
{
    OwnerRef owner;
    DateWindow window;
    Date asOf;
    int isoYear = 0; // the weekly review's ISO week
    int isoWeek = 0;
    // The dataset holds orders and targets: compute the coverage of the fiscal quarter holding the as-of date.
    bool withCoverage = false;
};

// One rep of the forecast tab: the SPEC §4 weighted forecast of its own deals as of the as-of date and its open
// amounts by forecast category (current category), beside which the tab shows its submission and the adjustment.
struct RepForecastRow
{
    std::string repId;
    std::string name;
    std::string unitName;
    Money weighted;
    Money commit;
    Money bestCase;
};

// One open stage of the view: the snapshot figures and the deals behind them.
struct FunnelStageView
{
    StageFigures figures;
    std::string name;
    std::vector<const Opportunity*> deals; // in the stage as of the as-of date
    std::vector<const Opportunity*> stalledDeals; // of those, in force for the stage's stall days or more
    std::vector<const Opportunity*> reached; // cohort deals that reached the stage by the window's end
    std::optional<ConversionStep> conversion; // to the next stage (won after the last one)
    std::optional<StageDuration> duration;
};

struct FunnelViewData
{
    std::shared_ptr<const Dataset> dataset; // keeps the pointers below alive
    std::shared_ptr<const DatasetIndex> index;
    FunnelQuery query;
    FunnelSnapshot snapshot;
    FunnelConversion conversion;
    FunnelVelocity velocity;
    std::vector<FunnelStageView> stages;
    std::vector<HealthFlag> health;
    std::vector<const Opportunity*> won; // won-or-lost entry for the window dated in it: won
    std::vector<const Opportunity*> lost; // … lost
    std::vector<const Opportunity*> cohort; // created in the window
    std::optional<WeeklyReview> weekly;
    // Coverage (SPEC §4) of `coveragePeriod` (the fiscal quarter holding the as-of date) when query.withCoverage.
    std::optional<Period> coveragePeriod;
    std::optional<FunnelCoverage> coverage;
    std::vector<const Opportunity*> coverageDeals; // open as of the as-of date, expected to close in the rest
    std::vector<RepForecastRow> repForecasts; // every rep under the owner, in org order
};

// The opportunities whose owner rep belongs to `owner`.
OpportunityList ownerOpportunities(const DatasetIndex& index, const OwnerRef& owner);

// The latest date in the data (creation or stage entry), for a sensible default as-of date; nullopt when empty.
std::optional<Date> latestDataDate(const Dataset& dataset);

// Everything the view shows. `changes` is the recorded change history (for the weekly pipeline bridge),
// `categories` the opportunities' forecast categories (the others are in `pipeline`).
FunnelViewData computeFunnelView(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const DatasetIndex> index,
                                 const WorkspaceSettings& settings, const FunnelQuery& query,
                                 const std::vector<OpportunityChange>& changes,
                                 const std::map<std::string, ForecastCategory>& categories = {});

} // namespace sd::app
