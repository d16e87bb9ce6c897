#include "app/ReviewChangeCommand.h"

#include "app/WorkspaceDocument.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/SqlReviewRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

std::string currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? std::string("user") : user.toStdString();
}

} // namespace

ReviewChangeCommand::ReviewChangeCommand(WorkspaceDocument* document, std::string repId, std::string period,
                                         Entries before, Entries after, std::string detail, const QString& text,
                                         QPointer<QObject> receiver, std::function<void()> changed)
    : QUndoCommand(text)
    , m_document(document)
    , m_repId(std::move(repId))
    , m_period(std::move(period))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_detail(std::move(detail))
    , m_receiver(std::move(receiver))
    , m_changed(std::move(changed))
{
}

void ReviewChangeCommand::store(const Entries& entries, const std::string& action, const std::string& detail)
{
    if (!m_document || !m_document->workspace())
        return;
    storage::Workspace& ws = *m_document->workspace();
    try {
        storage::ScopedTransaction tx(ws.database());
        storage::SqlAppraisalRepository appraisals(ws);
        const auto record = appraisals.record(m_repId, m_period);
        if (record && record->locked()) {
            spdlog::warn("360 reviews of {} for {} not changed: the appraisal is signed off", m_repId, m_period);
            return;
        }
        storage::SqlReviewRepository(ws).replace(m_repId, m_period, entries);
        AppraisalEvent event;
        event.repId = m_repId;
        event.period = m_period;
        event.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
        event.actor = currentUser();
        event.action = action;
        event.fromState = event.toState = record ? record->state : AppraisalState::Open;
        event.detail = detail;
        appraisals.addEvent(event);
        tx.commit();
    } catch (const std::exception& e) {
        spdlog::error("{} of 360 reviews of {} for {} failed: {}", action, m_repId, m_period, e.what());
        return;
    }
    m_document->notifyRowsChanged();
    if (m_receiver && m_changed)
        m_changed();
}

void ReviewChangeCommand::redo()
{
    store(m_after, "review", m_detail);
}

void ReviewChangeCommand::undo()
{
    store(m_before, "undo", "review: " + m_detail);
}

} // namespace sd::app
