#include "app/ChangeAppraisal.h"

#include "app/WorkspaceDocument.h"
#include "storage/SqlAppraisalRepository.h"

#include <QDateTime>

namespace sd::app {

ChangeAppraisal::ChangeAppraisal(WorkspaceDocument* document, AppraisalRecord before, CycleStep step,
                                 const QString& text, QPointer<QObject> receiver, Notify changed)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_step(std::move(step))
    , m_receiver(std::move(receiver))
    , m_changed(std::move(changed))
{
}

void ChangeAppraisal::store(const AppraisalRecord& record, const AppraisalEvent& event)
{
    if (!m_document || !m_document->workspace())
        return;
    storage::SqlAppraisalRepository(*m_document->workspace()).save(record, event);
    if (m_receiver && m_changed)
        m_changed(record);
}

void ChangeAppraisal::redo()
{
    if (m_done) {
        const std::string now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
        m_step.event.at = now;
        m_step.record.updatedAt = now;
    }
    m_done = true;
    store(m_step.record, m_step.event);
}

void ChangeAppraisal::undo()
{
    AppraisalEvent ev = m_step.event;
    ev.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    ev.detail = ev.action + (ev.detail.empty() ? std::string() : ": " + ev.detail);
    ev.action = "undo";
    ev.fromState = m_step.record.state;
    ev.toState = m_before.state;
    AppraisalRecord restored = m_before;
    restored.updatedAt = ev.at;
    store(restored, ev);
}

} // namespace sd::app
