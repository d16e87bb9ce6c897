#pragma once

// The weekly change report of SPEC §4 (周漏斗复盘): every opportunity's move between "as of the
// Sunday before week W" and "as of W's Sunday", in one category each.

#include "domain/Funnel.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

// In the order of SPEC §4: the first that matches wins.
enum class WeeklyCategory { Won, Lost, New, Advanced, Regressed, Stalled, Unchanged };
inline constexpr std::array<WeeklyCategory, 7> kWeeklyCategories{
    WeeklyCategory::Won,       WeeklyCategory::Lost,    WeeklyCategory::New,      WeeklyCategory::Advanced,
    WeeklyCategory::Regressed, WeeklyCategory::Stalled, WeeklyCategory::Unchanged};
std::string_view toCode(WeeklyCategory c);

struct WeeklyCategoryFigures
{
    std::int64_t count = 0;
    Money amount;                 // the opportunities' current amounts
    std::vector<std::string> ids; // ascending (plain string order)
};

// One open stage at both ends of the week (every opportunity that exists at that end).
struct WeeklyStageRow
{
    std::string code;
    std::int64_t countStart = 0;
    Money amountStart;
    std::int64_t countEnd = 0;
    Money amountEnd;
};

// One classified opportunity; startPosition is FunnelStages::kUnknown when it did not exist at the start.
struct WeeklyEntry
{
    const Opportunity* opportunity = nullptr;
    WeeklyCategory category = WeeklyCategory::Unchanged;
    int startPosition = FunnelStages::kUnknown;
    int endPosition = FunnelStages::kUnknown;
};

struct WeeklyReport
{
    Date monday;
    Date start; // the Sunday before the week
    Date end;   // the week's Sunday
    std::array<WeeklyCategoryFigures, 7> categories; // indexed by WeeklyCategory
    std::vector<WeeklyStageRow> stages;
    std::vector<WeeklyEntry> entries; // ascending opportunity id
    std::int64_t closedBothEnds = 0;  // won or lost at both ends: left out
    std::int64_t unknownStage = 0;    // in a stage code not in the settings at the end: left out

    const WeeklyCategoryFigures& category(WeeklyCategory c) const { return categories[static_cast<size_t>(c)]; }
};

// The category of one opportunity, or nullopt when it is left out (not existing at the end, won or
// lost at both ends, or in an unknown stage at the end).
std::optional<WeeklyCategory> weeklyCategory(const Opportunity& o, const FunnelStages& stages, Date monday);

// The report for ISO week `week` of ISO year `isoYear`.
WeeklyReport weeklyReport(const OpportunityList& opps, const WorkspaceSettings& settings, int isoYear, int week);

} // namespace sd
