#pragma once

// An undoable edit made of two repository calls: `apply` and `revert` run against a set of repositories opened
// on the document's workspace (`Repos`, constructed from the workspace). The edit is applied once before it is
// pushed, so a refusal (StorageError, DomainError) reaches the form and nothing enters the undo stack; the first
// redo() from QUndoStack::push is then skipped. After each step `changed` tells the views (by default the
// document's rows changed). With guard(), every step is checked against the row versions it was based on: a row
// changed meanwhile by another window, salesctl or another user refuses the step (nothing written), the user is
// told and shown the current value (StaleEditMessage) and the command leaves the stack.

#include "app/StaleEditMessage.h"
#include "app/WorkspaceDocument.h"
#include "storage/Backup.h"
#include "storage/RowVersion.h"
#include "storage/Workspace.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <spdlog/spdlog.h>

#include <functional>
#include <memory>
#include <optional>

namespace sd::app {

template <class Repos> class RepositoryCommand : public QUndoCommand
{
public:
    using Step = std::function<void(Repos&)>;

    RepositoryCommand(WorkspaceDocument* document, const QString& text, Step apply, Step revert,
                      std::function<void()> changed = {})
        : QUndoCommand(text)
        , m_document(document)
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
        , m_changed(changed ? std::move(changed) : [document] { document->notifyRowsChanged(); })
    {
    }

    // The rows the edit is based on, their versions read now (call it when the command's "before" is read); every
    // later step expects the versions the previous one left. `describe` gives a changed row's current value.
    void guard(std::vector<storage::VersionedRow> rows, storage::VersionCheck::Describe describe = {})
    {
        m_versions.setRows(std::move(rows));
        m_describe = std::move(describe);
        if (m_document->isOpen())
            m_versions.read(m_document->workspace()->database());
    }

    // Runs the edit once; throws what the repository throws.
    void applyFirst()
    {
        run(m_apply);
        m_appliedOnce = true;
    }
    void redo() override
    {
        if (m_appliedOnce) {
            m_appliedOnce = false;
            return;
        }
        runLogged(m_apply, "redo");
    }
    void undo() override { runLogged(m_revert, "undo"); }

    // Applies the command and pushes it on the document's undo stack; the refusal's message when it fails.
    static std::optional<QString> push(WorkspaceDocument* document, RepositoryCommand* command)
    {
        std::unique_ptr<RepositoryCommand> owned(command);
        try {
            owned->applyFirst();
        } catch (const storage::StaleEdit& e) {
            spdlog::warn("'{}' refused: {}", owned->text().toStdString(), e.what());
            owned->m_changed();
            return StaleEditMessage::text(e, owned->text());
        } catch (const std::exception& e) {
            // A full disk or a read-only file is said so, naming the workspace (nothing was written).
            return QString::fromStdString(storage::Backup::describeWriteFailure(document->path(), e.what()));
        }
        document->undoStack()->push(owned.release());
        return std::nullopt;
    }

private:
    void run(const Step& step)
    {
        if (!m_document->isOpen())
            throw storage::StorageError("no workspace is open");
        Repos repositories(*m_document->workspace());
        if (m_versions.rows().empty())
            step(repositories);
        else
            storage::versionedWrite(m_document->workspace()->database(), m_versions, [&] { step(repositories); },
                                    m_describe);
        m_changed();
    }
    void runLogged(const Step& step, const char* what)
    {
        try {
            run(step);
        } catch (const storage::StaleEdit& e) {
            spdlog::warn("{} of '{}' refused: {}", what, text().toStdString(), e.what());
            setObsolete(true);
            m_changed();
            StaleEditMessage::show(nullptr, e, text());
        } catch (const std::exception& e) {
            spdlog::error("{} of '{}' failed: {}", what, text().toStdString(), e.what());
        }
    }

    WorkspaceDocument* m_document;
    Step m_apply;
    Step m_revert;
    std::function<void()> m_changed;
    storage::VersionCheck m_versions;
    storage::VersionCheck::Describe m_describe;
    bool m_appliedOnce = false;
};

} // namespace sd::app
