#pragma once

#ifndef Q_MOC_RUN
#include "domain/Settings.h"
#include "storage/RowVersion.h"
#endif

#include <QUndoCommand>

namespace sd::app {

class WorkspaceDocument;

// The undoable edit of the workspace settings (the Settings dialog's OK, stages, plans, templates). The first step
// is refused when the stored settings are no longer `before` (what the document read), every later one when the
// settings row's version moved since the previous step: someone else saved settings meanwhile (another window,
// salesctl, an import). Then nothing is written, the user is told which parts changed and by whom
// (StaleEditMessage), the document reloads the current settings and the command leaves the stack. A write that
// fails (a full disk, a read-only file) is reported the same way, with the workspace unchanged.
class ChangeSettings : public QUndoCommand
{
public:
    ChangeSettings(WorkspaceDocument* document, WorkspaceSettings before, WorkspaceSettings after);

    void undo() override;
    void redo() override;

private:
    void apply(const WorkspaceSettings& settings);

    WorkspaceDocument* m_document;
    WorkspaceSettings m_before;
    WorkspaceSettings m_after;
    storage::VersionCheck m_versions;
};

} // namespace sd::app
