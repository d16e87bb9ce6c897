#pragma once

// The talent ladder (梯队) of each team against the target composition (SPEC §5, settings tierComposition,
// default 12421 from top performer to newcomer). Tiers as decided in docs/daily.md:
//   1 top performer: senior level and revenue attainment year to date ≥ 100%;
//   2 senior: senior level otherwise, or mid level with attainment ≥ 100%;
//   3 backbone: mid level otherwise;
//   4 developing: junior level;
//   5 newcomer: fewer than 6 whole months since the hire date (whatever the level).
// The target count per tier is the team's size split over the composition by SPEC §2.

#include "domain/Actuals.h"
#include "domain/TargetLookup.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sd {

struct LadderRep
{
    const Rep* rep = nullptr;
    int tier = 5;                       // 1 … number of tiers
    std::optional<Rational> attainment; // revenue year to date ÷ the year's revenue target
};

struct TeamLadder
{
    const OrgUnit* team = nullptr;
    std::vector<LadderRep> reps;           // active reps of the team, by tier then id
    std::vector<std::int64_t> actual;      // reps per tier
    std::vector<std::int64_t> target;      // the composition split over the team size
};

// The tier of one rep as of a day (attainment: revenue year to date against the year's revenue target).
int ladderTier(const Rep& rep, const std::optional<Rational>& attainment, Date asOf, std::size_t tiers);

// One ladder per team (units without child units), ascending team id.
std::vector<TeamLadder> teamLadders(const DatasetIndex& index, const WorkspaceSettings& settings, Date asOf);

} // namespace sd
