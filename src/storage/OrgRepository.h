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
};

} // namespace sd::storage
