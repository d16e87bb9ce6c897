#pragma once

// Which org unit a rep belonged to on a day, with past team moves (docs/daily.md): a past membership row
// decides for the days it covers; every other day the rep's current org_unit_id does. Results (orders,
// payments, activities) are attributed to the unit the rep was in on their date, so a move does not carry
// past results to the new team.

#include "domain/Actuals.h"
#include "domain/DailyRecords.h"
#include "domain/DatasetIndex.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sd {

class UnitHistory
{
public:
    UnitHistory(const DatasetIndex& index, const std::vector<UnitMembership>& past);

    // The unit the rep was in at the end of day d.
    std::string_view unitOn(const Rep& rep, Date d) const;
    // Whether the rep was in the unit, or a unit under it, on day d.
    bool inUnitOn(const Rep& rep, std::string_view unitId, Date d) const;
    // Reps in the unit (or under it) on at least one day of [first, last], ascending id.
    std::vector<const Rep*> repsDuring(std::string_view unitId, Date first, Date last) const;
    // The sub-ranges of [first, last] during which the rep was in the unit (or under it), in date order.
    std::vector<std::pair<Date, Date>> daysIn(const Rep& rep, std::string_view unitId, Date first, Date last) const;
    bool hasMoves() const { return !m_past.empty(); }
    // A unit's actual over [first, last] with moves: each rep's actual over the days it was in the unit.
    std::int64_t unitActual(const ActualsEngine& actuals, Metric metric, std::string_view unitId, Date first,
                            Date last) const;
    // The rep's past memberships, oldest first.
    std::vector<UnitMembership> pastOf(std::string_view repId) const;

private:
    bool under(std::string_view unitId, std::string_view ancestorId) const;

    const DatasetIndex& m_index;
    std::unordered_map<std::string, std::vector<UnitMembership>> m_past;
};

} // namespace sd
