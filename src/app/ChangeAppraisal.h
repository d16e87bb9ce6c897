#pragma once

#ifndef Q_MOC_RUN
#include "domain/AppraisalCycle.h"
#include "storage/RowVersion.h"
#endif

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace sd::app {

class WorkspaceDocument;

// One accepted appraisal-cycle action (advance, comment, calibrate, sign off, reopen) as an undoable edit: redo
// stores the changed record with the action's audit event; undo stores the record as it was, with an `undo`
// event naming the action, so the trail keeps both. `changed` tells the view (it may be gone). The first step is
// refused when the stored record is no longer `before` (its last change differs), every later one when the
// record's row version moved since the previous step: someone else changed it (StaleEditMessage; the view gets
// the current record and the command leaves the stack).
class ChangeAppraisal : public QUndoCommand
{
public:
    using Notify = std::function<void(const AppraisalRecord&)>;

    ChangeAppraisal(WorkspaceDocument* document, AppraisalRecord before, CycleStep step, const QString& text,
                    QPointer<QObject> receiver, Notify changed);

    void redo() override;
    void undo() override;

private:
    void store(const AppraisalRecord& record, const AppraisalEvent& event);

    QPointer<WorkspaceDocument> m_document;
    AppraisalRecord m_before;
    CycleStep m_step;
    QPointer<QObject> m_receiver;
    Notify m_changed;
    storage::VersionCheck m_versions;
    bool m_done = false; // redone once: a later redo is stamped with its own time
};

} // namespace sd::app
