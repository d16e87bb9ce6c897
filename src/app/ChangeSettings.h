#pragma once

#include "domain/Settings.h"

#include <QUndoCommand>

namespace sd::app {

class WorkspaceDocument;

// The undoable edit of the workspace settings (the Settings dialog's OK).
class ChangeSettings : public QUndoCommand
{
public:
    ChangeSettings(WorkspaceDocument* document, WorkspaceSettings before, WorkspaceSettings after);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* m_document;
    WorkspaceSettings m_before;
    WorkspaceSettings m_after;
};

} // namespace sd::app
