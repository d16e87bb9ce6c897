#pragma once

// The one rule for which org unit a rep's result belongs to (docs/daily.md, "Team moves"): a result dated inside a
// kept past membership (rep_unit_history) stays with that membership's unit; on every other day the rep's current
// unit (reps.org_unit_id) counts. Every unit-level result summed from reps goes through it (ActualsEngine for units,
// the dashboard, the meeting pack). Open items (open deals, open receivables) follow the rep's current unit instead.

#include "domain/DailyRecords.h"
#include "domain/DatasetIndex.h"

#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sd {

class UnitAttribution
{
public:
    // Memberships of unknown reps are ignored (no result can name them).
    UnitAttribution(const DatasetIndex& index, const std::vector<UnitMembership>& past);

    const DatasetIndex& index() const { return m_index; }
    bool hasMoves() const { return !m_past.empty(); }
    bool hasPast(const Rep& rep) const { return m_past.count(&rep) > 0; }

    // The unit the rep was in on day d.
    std::string_view unitOn(const Rep& rep, Date d) const;
    // Whether unitId is ancestorId or a unit under it.
    bool isUnder(std::string_view unitId, std::string_view ancestorId) const;
    // Whether the rep was in the unit, or a unit under it, on day d.
    bool inUnitOn(const Rep& rep, std::string_view unitId, Date d) const;
    // The sub-ranges of [first, last] during which the rep was in the unit (or under it), in date order.
    std::vector<std::pair<Date, Date>> daysIn(const Rep& rep, std::string_view unitId, Date first, Date last) const;
    // Reps in the unit (or under it) on at least one day of [first, last], ascending id.
    std::vector<const Rep*> repsDuring(std::string_view unitId, Date first, Date last) const;
    // The rep's past memberships, oldest first.
    std::vector<UnitMembership> pastOf(std::string_view repId) const;

private:
    const DatasetIndex& m_index;
    std::unordered_map<const Rep*, std::vector<UnitMembership>> m_past;
};

} // namespace sd
