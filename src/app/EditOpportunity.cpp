#include "app/EditOpportunity.h"

#include "app/WorkspaceDocument.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace sd::app {

EditOpportunity::EditOpportunity(WorkspaceDocument* document, std::vector<storage::OpportunityEdit> edits)
    : m_document(document)
    , m_edits(std::move(edits))
{
    const QString id = m_edits.empty() ? QString() : QString::fromStdString(m_edits.front().opportunityId);
    setText(QCoreApplication::translate("UndoCommands", "Edit opportunity %1").arg(id));
}

EditOpportunity* EditOpportunity::create(WorkspaceDocument* document, std::vector<storage::OpportunityEdit> edits)
{
    auto* command = new EditOpportunity(document, std::move(edits));
    try {
        command->applyAll();
    } catch (...) {
        delete command;
        throw;
    }
    document->notifyRowsChanged();
    return command;
}

void EditOpportunity::applyAll()
{
    storage::SqlFunnelChangeRepository repo(*m_document->workspace());
    size_t done = 0;
    try {
        for (; done < m_edits.size(); ++done)
            repo.apply(m_edits[done]);
    } catch (...) {
        while (done > 0)
            repo.revertLast(m_edits[--done].opportunityId);
        throw;
    }
}

void EditOpportunity::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    try {
        applyAll();
    } catch (const std::exception& e) {
        spdlog::error("redo of an opportunity edit failed: {}", e.what());
    }
    m_document->notifyRowsChanged();
}

void EditOpportunity::undo()
{
    storage::SqlFunnelChangeRepository repo(*m_document->workspace());
    try {
        for (auto it = m_edits.rbegin(); it != m_edits.rend(); ++it)
            repo.revertLast(it->opportunityId);
    } catch (const std::exception& e) {
        spdlog::error("undo of an opportunity edit failed: {}", e.what());
    }
    m_document->notifyRowsChanged();
}

} // namespace sd::app
