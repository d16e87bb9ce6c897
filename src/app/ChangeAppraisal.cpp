#include "app/ChangeAppraisal.h"

#include "app/StaleEditMessage.h"
#include "app/WorkspaceDocument.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

std::string describe(const std::optional<AppraisalRecord>& r)
{
    if (!r)
        return "open";
    std::string s(toCode(r->state));
    if (r->calibratedGrade)
        s += ", calibrated " + *r->calibratedGrade;
    return s;
}

} // namespace

ChangeAppraisal::ChangeAppraisal(WorkspaceDocument* document, AppraisalRecord before, CycleStep step,
                                 const QString& text, QPointer<QObject> receiver, Notify changed)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_step(std::move(step))
    , m_receiver(std::move(receiver))
    , m_changed(std::move(changed))
    , m_versions({storage::appraisalRow(m_before.repId, m_before.period)})
{
}

void ChangeAppraisal::store(const AppraisalRecord& record, const AppraisalEvent& event)
{
    if (!m_document || !m_document->workspace())
        return;
    storage::Workspace& ws = *m_document->workspace();
    storage::SqlAppraisalRepository repo(ws);
    try {
        storage::versionedWrite(
            ws.database(), m_versions,
            [&] {
                // The first step: the stored record must still be the one the view showed (its last change).
                if (!m_versions.isRead()) {
                    const auto now = repo.record(m_before.repId, m_before.period);
                    const bool same = now ? now->updatedAt == m_before.updatedAt && now->state == m_before.state
                                          : m_before.updatedAt.empty();
                    if (!same) {
                        const storage::VersionedRow row = m_versions.rows().front();
                        const auto last = storage::lastChange(ws.database(), row);
                        throw storage::StaleEdit(row.entity, row.key, 0,
                                                 storage::rowVersion(ws.database(), row).value_or(-1), describe(now),
                                                 last ? last->by : std::string(), last ? last->at : std::string());
                    }
                }
                repo.save(record, event);
            },
            [&](const QSqlDatabase&, const storage::VersionedRow&) {
                return describe(repo.record(m_before.repId, m_before.period));
            });
    } catch (const storage::StaleEdit& e) {
        spdlog::warn("appraisal change refused: {}", e.what());
        setObsolete(true);
        if (m_receiver && m_changed)
            if (const auto now = repo.record(m_before.repId, m_before.period))
                m_changed(*now);
        StaleEditMessage::show(nullptr, e, text());
        return;
    }
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
