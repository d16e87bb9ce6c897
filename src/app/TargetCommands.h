#pragma once

#ifndef Q_MOC_RUN
#include "domain/TargetLifecycle.h"
#include "storage/TargetPlanRepository.h"
#endif

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <vector>

class QWidget;

namespace sd::app {

class WorkspaceDocument;

// The user's message for a refused lifecycle action (translated; names the target).
class TargetMessages
{
    Q_DECLARE_TR_FUNCTIONS(TargetMessages)

public:
    static QString lifecycle(const LifecycleError& error);
};

// Writes draft targets through the lifecycle store (a cell edit, an applied decomposition); undo puts back exactly
// what the nodes were. A refused write (an approved node) shows why, changes nothing and leaves the stack as it was.
// Large batches run on a worker thread with a progress dialog.
class SaveTargetDrafts : public QUndoCommand
{
public:
    SaveTargetDrafts(WorkspaceDocument* document, QWidget* window, std::vector<TargetPlan> drafts, const QString& text,
                     std::function<void()> changed);
    void redo() override;
    void undo() override;
    // The message of the last refused redo/undo, empty when it went through.
    QString error() const { return m_error; }

private:
    bool run(const std::function<void(storage::TargetPlanRepository&)>& work);

    WorkspaceDocument* m_document;
    QWidget* m_window;
    std::vector<TargetPlan> m_drafts;
    std::vector<storage::DraftSnapshot> m_before;
    std::function<void()> m_changed;
    QString m_error;
};

// A bottom-up figure submitted for a target node (nullopt withdraws it); undo puts back the previous one.
class SubmitBottomUp : public QUndoCommand
{
public:
    SubmitBottomUp(WorkspaceDocument* document, QWidget* window, TargetKey key, std::optional<std::int64_t> before,
                   std::optional<std::int64_t> after, const QString& text, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<std::int64_t>& amount);

    WorkspaceDocument* m_document;
    QWidget* m_window;
    TargetKey m_key;
    std::optional<std::int64_t> m_before;
    std::optional<std::int64_t> m_after;
    std::function<void()> m_changed;
};

// Runs a lifecycle write on the open workspace (on a worker thread with its own connection when `rows` is large);
// returns the user's message when it was refused or failed, nothing when it went through.
std::optional<QString> runTargetWrite(WorkspaceDocument* document, QWidget* window, std::size_t rows,
                                      const std::function<void(storage::TargetPlanRepository&)>& work);

} // namespace sd::app
