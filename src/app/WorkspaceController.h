#pragma once

#include "io/ImportReport.h"

#include <QObject>
#include <QString>

#include <optional>

class QWidget;

namespace sd::app {

class LanguageManager;
class WorkspaceDocument;

// The File and Edit menus' operations on the workspace: new, open, import a CSV folder (on a worker thread),
// settings JSON import/export, the Settings and About dialogs, and the first-start demo workspace. Every dialog
// goes through DialogHooks, so tests drive the same code path as the menus without blocking.
class WorkspaceController : public QObject
{
    Q_OBJECT

public:
    WorkspaceController(WorkspaceDocument* document, LanguageManager* language, QWidget* window);

    // Opens (creating when missing) a workspace; on failure (a newer schema, an unreadable file) tells the user
    // and keeps the current one. Adds it to the recent list.
    bool openWorkspace(const QString& path);
    // Imports a CSV folder into the open workspace with a progress dialog; shows the error list when the folder
    // has errors. Nothing when no workspace is open or the job could not run.
    std::optional<io::ImportReport> importCsvFolder(const QString& folder);
    // Generates the small demo company into a temporary folder and imports it into `path` (replacing that file).
    bool buildDemoWorkspace(const QString& path);
    // <AppDataLocation>/demo.sqlite
    static QString demoWorkspacePath();

public Q_SLOTS:
    void newWorkspace();
    void openWorkspaceDialog();
    void importCsvFolderDialog();
    void importSettingsDialog();
    void exportSettingsDialog();
    void showSettingsDialog();
    void showAbout();
    void openLogFolder();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void recentChanged();

private:
    QString lastFolder() const;
    void rememberFolder(const QString& path);

    WorkspaceDocument* m_document;
    LanguageManager* m_language;
    QWidget* m_window;
};

} // namespace sd::app
