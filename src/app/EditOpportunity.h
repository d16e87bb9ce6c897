#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "storage/FunnelChangeRepository.h"
#endif

#include <QUndoCommand>

#include <map>
#include <string>
#include <vector>

namespace sd::app {

class WorkspaceDocument;

// The undoable edit of one opportunity from the Funnel section (stage, amount, expected close date, forecast
// category): each field change is applied and recorded in the change history in one transaction; undo takes
// the recorded changes back (the history keeps only what is in force). Built with create(), which applies it
// once, so a refused edit never lands on the undo stack. An undo or redo refused because someone else changed the
// opportunity since (storage::StaleEdit) is reported with the current value and drops the command.
class EditOpportunity : public QUndoCommand
{
public:
    // Applies `edits` (throws storage::StorageError, having taken back any part already applied) and returns the
    // command to push; its first redo() does nothing.
    static EditOpportunity* create(WorkspaceDocument* document, std::vector<storage::OpportunityEdit> edits);

    void undo() override;
    void redo() override;

private:
    EditOpportunity(WorkspaceDocument* document, std::vector<storage::OpportunityEdit> edits);
    void applyAll();
    WorkspaceDocument* m_document;
    std::vector<storage::OpportunityEdit> m_edits;
    // Each opportunity's row_version after this command's last step: undo and redo expect it, so a change made
    // meanwhile by another window or salesctl is reported instead of being overwritten.
    std::map<std::string, long long> m_versions;
    bool m_applied = true;
};

} // namespace sd::app
