#pragma once

#ifndef Q_MOC_RUN
#include "domain/StatementLifecycle.h"
#include "storage/RowVersion.h"
#endif

#include <QUndoCommand>

#include <functional>

namespace sd::app {

class WorkspaceDocument;

// The undoable change of an incentive statement's lifecycle (review, approve, reopen): stores the snapshot after
// (redo) or before (undo) and tells the Incentives view, which may have been closed meanwhile (then `applied` is
// a no-op the view's QPointer decides). The first step is refused when the stored statement is no longer in the
// state the view showed, every later one when its row version moved since the previous step (someone else
// reviewed, approved or recalculated it): the user is told (StaleEditMessage) and the view gets the current one.
class ChangeStatementState : public QUndoCommand
{
public:
    using Applied = std::function<void(const StatementSnapshot&)>;
    ChangeStatementState(WorkspaceDocument* document, StatementSnapshot before, StatementSnapshot after,
                         const QString& text, Applied applied);

    void undo() override;
    void redo() override;

private:
    void apply(const StatementSnapshot& s);
    WorkspaceDocument* m_document;
    StatementSnapshot m_before;
    StatementSnapshot m_after;
    Applied m_applied;
    storage::VersionCheck m_versions;
};

} // namespace sd::app
