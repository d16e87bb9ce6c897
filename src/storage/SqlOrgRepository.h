#pragma once

#include "storage/OrgRepository.h"

namespace sd::storage {

class Workspace;

// OrgRepository over a workspace's SQL connection.
class SqlOrgRepository : public OrgRepository
{
public:
    explicit SqlOrgRepository(const Workspace& workspace);
    std::vector<OrgUnit> orgUnits() const override;
    std::vector<OrgUnit> children(const std::optional<std::string>& parentId) const override;
    std::vector<Rep> reps() const override;
    std::vector<Rep> repsOf(const std::string& orgUnitId) const override;
    std::optional<Rep> rep(const std::string& id) const override;
    void save(const OrgUnit& unit) override;
    void save(const Rep& rep) override;
    void removeUnit(const std::string& id) override;
    void removeRep(const std::string& id) override;

private:
    const Workspace& m_ws;
};

} // namespace sd::storage
