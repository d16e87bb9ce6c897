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
    std::map<std::string, Date> inactiveUnits() const override;
    UnitDeactivationBlockers deactivationBlockers(const std::string& id, Date on) const override;
    void deactivateUnit(const std::string& id, Date on) override;
    void reactivateUnit(const std::string& id) override;

private:
    // Schema 10's columns exist (false on a workspace migrated while 0010 was a placeholder; add() adds them).
    bool hasStatus() const;
    void addStatusColumns();
    std::optional<OrgUnit> unit(const std::string& id) const;
    void checkPlacement(const OrgUnit& unit) const;
    void checkPlacement(const Rep& rep) const;

    const Workspace& m_ws;
};

} // namespace sd::storage
