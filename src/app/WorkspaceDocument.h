#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "domain/Settings.h"
#endif

#include <QObject>
#include <QString>

#include <memory>
#include <string>
#include <utility>
#include <vector>

class QUndoStack;

namespace sd::storage {
class Workspace;
}

namespace sd::app {

class DatasetCache;

// The open workspace (Tiled's Document): the storage connection, its settings and the undo stack of the user's
// edits. The main window and every section observe it through its signals.
class WorkspaceDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDocument(QObject* parent = nullptr);
    ~WorkspaceDocument() override;

    // Opens (creating when missing) the workspace file and reads its settings; the previous one is closed only
    // when the new one opened. Throws storage::StorageError (e.g. a newer schema) or DomainError (bad settings).
    void open(const QString& path);
    void close();

    bool isOpen() const { return m_workspace != nullptr; }
    QString path() const;
    storage::Workspace* workspace() const { return m_workspace.get(); }
    const WorkspaceSettings& settings() const { return m_settings; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // The rows the engines need, loaded off the GUI thread and shared by the sections.
    DatasetCache* datasetCache() const { return m_datasetCache; }

    // Writes the settings to the workspace and tells the views; the undoable way is pushing a ChangeSettings.
    void applySettings(const WorkspaceSettings& settings);
    // Pushes an undoable ChangeSettings from the current settings to `settings`.
    void editSettings(const WorkspaceSettings& settings);

    // Row counts per table, cached until the data changes.
    const std::vector<std::pair<std::string, long long>>& counts() const;
    long long count(const std::string& table) const;

    // Called after something else (an import on a worker thread) wrote to the workspace file.
    void reload();
    // Called after an edit in the app wrote rows (not settings): the counts and the loaded data are stale.
    void notifyRowsChanged();

Q_SIGNALS:
    void workspaceChanged(); // opened, switched or closed
    void settingsChanged();
    void dataChanged(); // rows were written (an import)

private:
    std::unique_ptr<storage::Workspace> m_workspace;
    WorkspaceSettings m_settings;
    QUndoStack* m_undoStack = nullptr;
    DatasetCache* m_datasetCache = nullptr;
    mutable std::vector<std::pair<std::string, long long>> m_counts;
    mutable bool m_countsValid = false;
};

} // namespace sd::app
