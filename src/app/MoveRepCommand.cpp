#include "app/MoveRepCommand.h"

#include "app/WorkspaceDocument.h"
#include "storage/SqlDailyRepository.h"
#include "storage/Workspace.h"

#include <spdlog/spdlog.h>

namespace sd::app {

MoveRepCommand::MoveRepCommand(WorkspaceDocument* document, std::string repId, std::string toTeamId, Date effective,
                               const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_repId(std::move(repId))
    , m_toTeamId(std::move(toTeamId))
    , m_effective(effective)
{
}

void MoveRepCommand::apply()
{
    if (!m_document->isOpen())
        throw storage::StorageError("no workspace is open");
    m_closed = storage::SqlDailyRepository(*m_document->workspace()).moveRep(m_repId, m_toTeamId, m_effective);
    m_appliedOnce = true;
    m_document->notifyRowsChanged();
}

void MoveRepCommand::redo()
{
    if (m_appliedOnce) {
        m_appliedOnce = false;
        return;
    }
    try {
        apply();
        m_appliedOnce = false;
    } catch (const std::exception& e) {
        spdlog::error("redo of moving rep {} failed: {}", m_repId, e.what());
    }
}

void MoveRepCommand::undo()
{
    try {
        if (!m_document->isOpen())
            throw storage::StorageError("no workspace is open");
        storage::SqlDailyRepository(*m_document->workspace()).undoMove(m_closed);
        m_document->notifyRowsChanged();
    } catch (const std::exception& e) {
        spdlog::error("undo of moving rep {} failed: {}", m_repId, e.what());
    }
}

} // namespace sd::app
