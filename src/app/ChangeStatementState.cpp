#include "app/ChangeStatementState.h"

#include "app/StaleEditMessage.h"
#include "app/WorkspaceDocument.h"
#include "domain/Money.h"
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
    , m_versions({storage::statementRow(m_before.repId, m_before.period)})
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
    storage::Workspace& ws = *m_document->workspace();
    storage::SqlIncentiveStatementRepository repo(ws);
    const auto describe = [&](const QSqlDatabase&, const storage::VersionedRow&) {
        const auto now = repo.find(s.repId, s.period);
        return now ? std::string(toCode(now->state)) + ", total " + Money::fromCents(now->totalCents).toString()
                   : std::string();
    };
    try {
        storage::versionedWrite(
            ws.database(), m_versions,
            [&] {
                // The first step: the stored statement must still be in the state the view showed.
                if (!m_versions.isRead()) {
                    const auto now = repo.find(m_before.repId, m_before.period);
                    if (!now || now->state != m_before.state || now->totalCents != m_before.totalCents) {
                        const storage::VersionedRow row = m_versions.rows().front();
                        const auto last = storage::lastChange(ws.database(), row);
                        throw storage::StaleEdit(row.entity, row.key, 0,
                                                 storage::rowVersion(ws.database(), row).value_or(-1),
                                                 describe(ws.database(), row), last ? last->by : std::string(),
                                                 last ? last->at : std::string());
                    }
                }
                repo.save({s});
            },
            describe);
    } catch (const storage::StaleEdit& e) {
        spdlog::warn("statement change refused: {}", e.what());
        setObsolete(true);
        if (m_applied)
            if (const auto now = repo.find(s.repId, s.period))
                m_applied(*now);
        StaleEditMessage::show(nullptr, e, text());
        return;
    } catch (const std::exception& e) {
        spdlog::error("saving the incentive statement of {} for {}: {}", s.repId, s.period, e.what());
        return;
    }
    if (m_applied)
        m_applied(s);
}

} // namespace sd::app
