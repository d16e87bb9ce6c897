#pragma once

#include "domain/StatementLifecycle.h"

#include <QUndoCommand>

#include <functional>

namespace sd::app {

class WorkspaceDocument;

// The undoable change of an incentive statement's lifecycle (review, approve, reopen): stores the snapshot after
// (redo) or before (undo) and tells the Incentives view, which may have been closed meanwhile (then `applied` is
// a no-op the view's QPointer decides).
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
};

} // namespace sd::app
