#pragma once

#ifndef Q_MOC_RUN
#include "storage/ReviewRepository.h"
#endif

#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <string>
#include <vector>

namespace sd::app {

class WorkspaceDocument;

// An edit of a rep's 360-degree reviews for a quarter (add, change or delete one) as an undoable command: redo
// writes the new list with a `review` event in the appraisal trail, undo writes the old list back with an `undo`
// event, each in one transaction. A step is skipped (logged) when the stored appraisal was signed off meanwhile.
// After each step the document's rows changed (the appraisal is scored again) and `changed` tells the view.
class ReviewChangeCommand : public QUndoCommand
{
public:
    using Entries = std::vector<storage::ReviewEntry>;

    ReviewChangeCommand(WorkspaceDocument* document, std::string repId, std::string period, Entries before,
                        Entries after, std::string detail, const QString& text, QPointer<QObject> receiver,
                        std::function<void()> changed);

    void redo() override;
    void undo() override;

private:
    void store(const Entries& entries, const std::string& action, const std::string& detail);

    QPointer<WorkspaceDocument> m_document;
    std::string m_repId;
    std::string m_period;
    Entries m_before;
    Entries m_after;
    std::string m_detail;
    QPointer<QObject> m_receiver;
    std::function<void()> m_changed;
};

} // namespace sd::app
