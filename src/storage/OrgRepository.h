#pragma once

#include "domain/Model.h"

#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

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
    // Insert or overwrite by id; a missing parent, unit or manager throws StorageError.
    virtual void save(const OrgUnit& unit) = 0;
    virtual void save(const Rep& rep) = 0;
    // Removes a unit that nothing refers to: no child unit, no rep (current or past membership), no target or
    // target plan. Otherwise throws StorageError naming what still refers to it.
    virtual void removeUnit(const std::string& id) = 0;
    // Removes a rep that has no rows anywhere (a rep added by mistake; undo of its creation). Throws StorageError
    // when the database still refers to it.
    virtual void removeRep(const std::string& id) = 0;
};

} // namespace sd::storage
