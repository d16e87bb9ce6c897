#pragma once

#include <QCoreApplication>
#include <QString>

#ifndef Q_MOC_RUN
#include "domain/Date.h"
#include "storage/OrgRepository.h"
#endif

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sd::app {

class WorkspaceDocument;

// Deactivating and reactivating org units (schema 10), each an undoable command on the document's undo stack.
// A unit is deactivated only once no rep who has not left and no active unit is left in it; the refusal names
// them. An inactive unit leaves the pickers and the org tree (the Team section shows it on request); its results,
// targets and rep memberships stay. Reactivating waits for the parent to be active.
class TeamUnitStatus
{
    Q_DECLARE_TR_FUNCTIONS(TeamUnitStatus)

public:
    // The refusal, naming the unit and what keeps it active (pure; reps and units listed, the first few by name).
    static QString blockedMessage(const OrgUnit& unit, const storage::UnitDeactivationBlockers& blockers, Date on);

    // Deactivates `unitId` from `on` / reactivates it; the error text, or nothing when it was done and pushed.
    static std::optional<QString> deactivate(WorkspaceDocument* document, const std::string& unitId, Date on);
    static std::optional<QString> reactivate(WorkspaceDocument* document, const std::string& unitId);

    // The units a picker offers: the active ones, plus `keep` (a unit's current parent) whatever its status.
    static std::vector<OrgUnit> pickable(const std::vector<OrgUnit>& units, const std::map<std::string, Date>& inactive,
                                         const std::optional<std::string>& keep = std::nullopt);
};

} // namespace sd::app
