#pragma once

#include "domain/Model.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// What keeps an org unit from being deactivated: the reps still in it on the day (no leave date and active, or
// leaving on or after the day; by name, then id) and the active units directly under it (by id).
struct UnitDeactivationBlockers
{
    std::vector<Rep> activeReps;
    std::vector<OrgUnit> activeUnits;
    bool empty() const { return activeReps.empty() && activeUnits.empty(); }
};

// The organisation aggregate: org units (the tree, by parent id) and sales reps.
// Every function throws StorageError on a database problem.
class OrgRepository
{
public:
    virtual ~OrgRepository() = default;
    virtual std::vector<OrgUnit> orgUnits() const = 0; // all, by id
    virtual std::vector<OrgUnit> children(const std::optional<std::string>& parentId) const = 0; // roots for nullopt
    virtual std::vector<Rep> reps() const = 0; // all, by id
    virtual std::vector<Rep> repsOf(const std::string& orgUnitId) const = 0; // by name, then id
    virtual std::optional<Rep> rep(const std::string& id) const = 0;
    // Insert or overwrite by id; a missing parent, unit or manager throws StorageError, and so does an active unit
    // put under an inactive one or a rep who has not left put in an inactive unit. Saving a unit keeps its status.
    virtual void save(const OrgUnit& unit) = 0;
    virtual void save(const Rep& rep) = 0;
    // Removes a unit that nothing refers to: no child unit, no rep (current or past membership), no target or
    // target plan. Otherwise throws StorageError naming what still refers to it.
    virtual void removeUnit(const std::string& id) = 0;
    // Removes a rep that has no rows anywhere (a rep added by mistake; undo of its creation). Throws StorageError
    // when the database still refers to it.
    virtual void removeRep(const std::string& id) = 0;

    // Deactivated units (schema 10) with the day each was deactivated; every other unit is active. Inactive units
    // leave the pickers and the org tree; their results, targets and memberships stay.
    virtual std::map<std::string, Date> inactiveUnits() const = 0;
    virtual UnitDeactivationBlockers deactivationBlockers(const std::string& id, Date on) const = 0;
    // Deactivates a unit from `on`; throws StorageError for an unknown or already inactive unit, the company, or
    // while deactivationBlockers(id, on) is not empty (naming them).
    virtual void deactivateUnit(const std::string& id, Date on) = 0;
    // Makes an inactive unit active again; throws StorageError while its parent is inactive.
    virtual void reactivateUnit(const std::string& id) = 0;
};

} // namespace sd::storage
