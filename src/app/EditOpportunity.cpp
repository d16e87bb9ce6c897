#include "app/EditOpportunity.h"

#include "app/StaleEditMessage.h"
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
        for (; done < m_edits.size(); ++done) {
            storage::OpportunityEdit edit = m_edits[done];
            if (const auto v = m_versions.find(edit.opportunityId); v != m_versions.end())
                edit.expectedVersion = v->second;
            repo.apply(edit);
            m_versions[edit.opportunityId] = repo.rowVersion(edit.opportunityId);
        }
    } catch (...) {
        while (done > 0) {
            const std::string& id = m_edits[--done].opportunityId;
            repo.revertLast(id);
            m_versions[id] = repo.rowVersion(id);
        }
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
    } catch (const storage::StaleEdit& e) {
        spdlog::warn("redo of an opportunity edit refused: {}", e.what());
        setObsolete(true);
        StaleEditMessage::show(nullptr, e, text());
    } catch (const std::exception& e) {
        spdlog::error("redo of an opportunity edit failed: {}", e.what());
    }
    m_document->notifyRowsChanged();
}

void EditOpportunity::undo()
{
    storage::SqlFunnelChangeRepository repo(*m_document->workspace());
    try {
        for (auto it = m_edits.rbegin(); it != m_edits.rend(); ++it) {
            const auto v = m_versions.find(it->opportunityId);
            repo.revertLast(it->opportunityId,
                            v == m_versions.end() ? std::optional<long long>() : std::optional<long long>(v->second));
            m_versions[it->opportunityId] = repo.rowVersion(it->opportunityId);
        }
    } catch (const storage::StaleEdit& e) {
        spdlog::warn("undo of an opportunity edit refused: {}", e.what());
        setObsolete(true);
        StaleEditMessage::show(nullptr, e, text());
    } catch (const std::exception& e) {
        spdlog::error("undo of an opportunity edit failed: {}", e.what());
    }
    m_document->notifyRowsChanged();
}

} // namespace sd::app
