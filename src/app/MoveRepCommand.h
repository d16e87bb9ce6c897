#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in.
#ifndef Q_MOC_RUN
#include "domain/DailyRecords.h"
#endif

#include <QUndoCommand>

#include <string>

namespace sd::app {

class WorkspaceDocument;

// MoveRep: moves a rep to another team from a date on, keeping its past membership (storage::DailyRepository
// ::moveRep), so results earned before the move stay with the old team. Undo removes the kept membership and
// puts the rep back. apply() runs the move once before the push (so a refusal is reported and nothing is
// pushed); the push's first redo() is then skipped.
class MoveRepCommand : public QUndoCommand
{
public:
    MoveRepCommand(WorkspaceDocument* document, std::string repId, std::string toTeamId, Date effective,
                   const QString& text);

    // Throws storage::StorageError when the move is refused (unknown team, not after the current membership …).
    void apply();
    void redo() override;
    void undo() override;

private:
    WorkspaceDocument* m_document;
    std::string m_repId;
    std::string m_toTeamId;
    Date m_effective;
    UnitMembership m_closed;
    bool m_appliedOnce = false;
};

} // namespace sd::app
