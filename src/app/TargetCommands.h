#pragma once

#ifndef Q_MOC_RUN
#include "domain/TargetLifecycle.h"
#include "storage/RowVersion.h"
#include "storage/TargetPlanRepository.h"
#endif

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>
#include <string>
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
// The target commands below check the nodes' row versions: the versions read when the command is made for its
// first step, then those its previous step left; a node changed meanwhile by someone else refuses the step
// (StaleEditMessage: who, when, what it reads now) and the command leaves the stack.
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
    storage::VersionCheck m_versions;
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
    storage::VersionCheck m_versions;
};

// Sets the responsible person and KPI item (目标三定) of draft target nodes; undo puts back what each node had. Refused
// as a whole, with a message, when one of the nodes is approved (its responsibility is locked with its figure).
class SetTargetResponsibility : public QUndoCommand
{
public:
    SetTargetResponsibility(WorkspaceDocument* document, QWidget* window, std::vector<TargetKey> keys,
                            std::string responsibleRepId, std::string kpiCode, const QString& text,
                            std::function<void()> changed);
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

private:
    struct Before
    {
        TargetKey key;
        std::optional<std::string> responsibleRepId;
        std::optional<std::string> kpiCode;
    };
    void finish(const std::optional<QString>& error, const std::optional<storage::StaleEdit>& stale);

    WorkspaceDocument* m_document;
    QWidget* m_window;
    std::vector<TargetKey> m_keys;
    std::string m_responsible;
    std::string m_kpi;
    std::vector<Before> m_before;
    std::function<void()> m_changed;
    QString m_error;
    storage::VersionCheck m_versions;
};

// Runs a lifecycle write on the open workspace (on a worker thread with its own connection when `rows` is large);
// returns the user's message when it was refused or failed, nothing when it went through.
std::optional<QString> runTargetWrite(WorkspaceDocument* document, QWidget* window, std::size_t rows,
                                      const std::function<void(storage::TargetPlanRepository&)>& work);

// The same for a write based on the target nodes' row versions (target_plans): checked before `work` and
// remembered after it, in its transaction. A node changed meanwhile by someone else refuses the whole write: its
// StaleEdit is put in `stale` and its message (StaleEditMessage::text with `what`) returned.
std::optional<QString> runTargetWrite(WorkspaceDocument* document, QWidget* window, std::size_t rows,
                                      storage::VersionCheck& versions, std::optional<storage::StaleEdit>& stale,
                                      const QString& what,
                                      const std::function<void(storage::TargetPlanRepository&)>& work);

// The versioned rows of target nodes.
std::vector<storage::VersionedRow> targetRows(const std::vector<TargetKey>& keys);

} // namespace sd::app
