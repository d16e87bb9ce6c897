#pragma once

// The funnel health check of SPEC §4 (非标准漏斗): flags a non-standard funnel. The exact rule is a
// product decision, written down in docs/funnel.md:
//  - shape: an open stage whose count (or amount) as of the date is larger than the stage before it;
//  - conversion: a rep whose conversion for a step is below half of the median of the same step
//    over the reps of their team, counting only reps with at least `minDeals` deals entering the
//    step, and only when at least `minReps` reps of the team qualify.

#include "domain/FunnelFigures.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace sd {

struct HealthFlag
{
    std::string kind;  // "count_above_previous", "amount_above_previous", "conversion_below_team_median"
    std::string stage; // shape: the stage flagged; conversion: the step's from-stage
    std::string other; // shape: the stage before it; conversion: the step's to-stage
    std::string repId;  // conversion flags only
    std::string teamId; // conversion flags only
    Rational value;     // the count, the amount in currency units, or the rep's rate
    Rational reference; // the previous stage's count or amount, or the team median
};

struct FunnelHealthRules
{
    std::int64_t minDeals = 5;         // deals entering the step (its denominator) for a rep to count
    std::int64_t minReps = 3;          // qualifying reps in the team for a median to exist
    Rational factor = Rational(1, 2);  // flag below factor × median
};

// Shape flags of a snapshot, in stage order (count before amount for the same stage).
std::vector<HealthFlag> shapeFlags(const FunnelSnapshot& snapshot);

// The conversion of one rep, with the team it is compared in.
struct RepConversion
{
    std::string repId;
    std::string teamId;
    FunnelConversion conversion;
};

// Conversion of every owner rep in one pass over the opportunities (keyed by owner rep id).
std::unordered_map<std::string, FunnelConversion> conversionByOwner(const OpportunityList& opps,
                                                                    const WorkspaceSettings& settings,
                                                                    const DateWindow& window);

// The exact median (mean of the two middle values for an even count); nullopt for an empty list.
std::optional<Rational> median(std::vector<Rational> values);

// Conversion flags for the subject reps (ascending rep id, then step order), each compared with the
// median over `reps` of its own team. `reps` holds every rep of the teams involved.
std::vector<HealthFlag> conversionFlags(const std::vector<RepConversion>& reps,
                                        const std::vector<std::string>& subjectRepIds,
                                        const FunnelHealthRules& rules = {});

} // namespace sd
