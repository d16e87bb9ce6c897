#pragma once

#include "app/SectionInfo.h"
#include "storage/TeamSecurity.h"

#include <QMainWindow>

#include <map>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace sd::app {

class CustomersPanel;
class LanguageManager;
class WorkspaceController;
class WorkspaceDocument;

// The application's frame: a sidebar of sections, a stack of section widgets (one class per section), the menus,
// the status bar and the window geometry. It holds no business logic: workspace operations live in
// WorkspaceController, the data in WorkspaceDocument, each screen in its own panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(WorkspaceDocument* document, LanguageManager* language, QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkspaceController* controller() const { return m_controller; }
    WorkspaceDocument* document() const { return m_document; }
    QWidget* sectionWidget(Section section) const;
    CustomersPanel* customersPanel() const;
    Section currentSection() const;

public Q_SLOTS:
    void showSection(sd::app::Section section);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void retranslateUi();
    void updateWorkspaceState();
    void updateUndoActions();
    void updateRecentMenu();
    void restoreWindowState();
    QWidget* createSectionWidget(Section section);
    void readSignedInRole();
    // Enables the sections the signed-in role may use (SectionAccess) and leaves one it may not.
    void applySectionAccess();

    WorkspaceDocument* m_document;
    LanguageManager* m_language;
    WorkspaceController* m_controller;

    QListWidget* m_sectionList = nullptr;
    QStackedWidget* m_sectionStack = nullptr;
    std::map<Section, QWidget*> m_sections;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QTimer* m_messageTimer = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_importCsvAction = nullptr;
    QAction* m_importSettingsAction = nullptr;
    QAction* m_exportSettingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_logFolderAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_refreshAction = nullptr;
    std::map<Section, QAction*> m_sectionActions;
    QActionGroup* m_languageGroup = nullptr;
    std::optional<storage::TeamRole> m_role; // the signed-in team user's role; none for a file
};

} // namespace sd::app
