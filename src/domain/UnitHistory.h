#pragma once

// Which org unit a rep belonged to on a day, with past team moves (docs/daily.md): the rule is UnitAttribution's;
// this adds a unit's actual over a range, summed from the reps' actuals on the days they were in the unit, so a
// move does not carry past results to the new team.

#include "domain/Actuals.h"
#include "domain/UnitAttribution.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace sd {

class UnitHistory : public UnitAttribution
{
public:
    using UnitAttribution::UnitAttribution;

    // A unit's actual over [first, last] with moves: each rep's actual over the days it was in the unit.
    std::int64_t unitActual(const ActualsEngine& actuals, Metric metric, std::string_view unitId, Date first,
                            Date last) const;
};

} // namespace sd
