#include "app/ChangeStatementState.h"

#include "app/WorkspaceDocument.h"
#include "storage/SqlIncentiveStatementRepository.h"
#include "storage/Workspace.h"

#include <spdlog/spdlog.h>

namespace sd::app {

ChangeStatementState::ChangeStatementState(WorkspaceDocument* document, StatementSnapshot before,
                                           StatementSnapshot after, const QString& text, Applied applied)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_applied(std::move(applied))
{
    setText(text);
}

void ChangeStatementState::undo()
{
    apply(m_before);
}

void ChangeStatementState::redo()
{
    apply(m_after);
}

void ChangeStatementState::apply(const StatementSnapshot& s)
{
    if (!m_document->workspace())
        return;
    try {
        storage::SqlIncentiveStatementRepository(*m_document->workspace()).save({s});
    } catch (const std::exception& e) {
        spdlog::error("saving the incentive statement of {} for {}: {}", s.repId, s.period, e.what());
        return;
    }
    if (m_applied)
        m_applied(s);
}

} // namespace sd::app
