#include "app/MainWindow.h"

#include "app/AppraisalPanel.h"
#include "app/AuditLogDialog.h"
#include "app/BackupActions.h"
#include "app/ConnectActions.h"
#include "app/CustomersPanel.h"
#include "app/DashboardPanel.h"
#include "app/FunnelPanel.h"
#include "app/IncentivesPanel.h"
#include "app/TargetsPanel.h"
#include "app/TeamPanel.h"
#include "app/LanguageManager.h"
#include "app/PlaceholderPanel.h"
#include "app/RecentWorkspaces.h"
#include "app/SectionAccess.h"
#include "app/SignInStatus.h"
#include "app/WorkspaceController.h"
#include "app/WorkspaceDocument.h"
#include "storage/TeamSecurity.h"
#include "storage/Workspace.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

constexpr int kSectionRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(WorkspaceDocument* document, LanguageManager* language, QWidget* parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_language(language)
    , m_controller(new WorkspaceController(document, language, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(SectionInfo::icon(Section::Dashboard));
    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();

    connect(m_document, &WorkspaceDocument::workspaceChanged, this, &MainWindow::updateWorkspaceState);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &MainWindow::updateWorkspaceState);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    // Messages replace the path for a while (QStatusBar's own messages would hide the counts as well).
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(8000);
    connect(m_messageTimer, &QTimer::timeout, this, &MainWindow::updateWorkspaceState);
    connect(m_controller, &WorkspaceController::statusMessage, this, [this](const QString& text) {
        m_pathLabel->setText(text);
        m_messageTimer->start();
    });
    connect(m_controller, &WorkspaceController::recentChanged, this, &MainWindow::updateRecentMenu);
    connect(m_language, &LanguageManager::languageChanged, this, [this](const QString& lang) {
        for (QAction* action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == lang);
        updateWorkspaceState(); // the counts are formatted per locale
    });

    retranslateUi();
    updateWorkspaceState();
    updateRecentMenu();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const char* name, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_newAction = make("newWorkspaceAction", QKeySequence::New);
    m_openAction = make("openWorkspaceAction", QKeySequence::Open);
    m_importCsvAction = make("importCsvAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importSettingsAction = make("importSettingsAction");
    m_exportSettingsAction = make("exportSettingsAction");
    m_quitAction = make("quitAction", QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_undoAction = make("undoAction", QKeySequence::Undo);
    m_redoAction = make("redoAction", QKeySequence::Redo);
    m_settingsAction = make("settingsAction", QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_aboutAction = make("aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_logFolderAction = make("openLogFolderAction");
    m_clearRecentAction = make("clearRecentAction");
    m_refreshAction = make("refreshAction", QKeySequence::Refresh);
    if (m_refreshAction->shortcut().isEmpty())
        m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));

    connect(m_newAction, &QAction::triggered, m_controller, &WorkspaceController::newWorkspace);
    connect(m_openAction, &QAction::triggered, m_controller, &WorkspaceController::openWorkspaceDialog);
    connect(m_importCsvAction, &QAction::triggered, m_controller, &WorkspaceController::importCsvFolderDialog);
    connect(m_importSettingsAction, &QAction::triggered, m_controller, &WorkspaceController::importSettingsDialog);
    connect(m_exportSettingsAction, &QAction::triggered, m_controller, &WorkspaceController::exportSettingsDialog);
    // Reads the workspace again: what another window, salesctl or a colleague on the team server saved since.
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (!m_document->isOpen())
            return;
        m_document->reload();
        updateWorkspaceState();
        statusBar()->showMessage(tr("Read the workspace again."), 4000);
    });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_undoAction, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);
    connect(m_settingsAction, &QAction::triggered, m_controller, &WorkspaceController::showSettingsDialog);
    connect(m_aboutAction, &QAction::triggered, m_controller, &WorkspaceController::showAbout);
    connect(m_logFolderAction, &QAction::triggered, m_controller, &WorkspaceController::openLogFolder);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        RecentWorkspaces::clear();
        updateRecentMenu();
    });

    int number = 1;
    for (Section section : SectionInfo::all()) {
        auto* action = new QAction(SectionInfo::icon(section), QString(), this);
        action->setObjectName(SectionInfo::key(section) + QStringLiteral("SectionAction"));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
        m_sectionActions[section] = action;
    }

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString& lang : LanguageManager::available()) {
        auto* action = new QAction(LanguageManager::displayName(lang), m_languageGroup);
        action->setObjectName(lang + QStringLiteral("LanguageAction"));
        action->setData(lang);
        action->setCheckable(true);
        action->setChecked(lang == m_language->language());
        connect(action, &QAction::triggered, this, [this, lang] { m_language->setLanguage(lang); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction((new ConnectActions(this, m_document, m_controller))->action());
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importCsvAction);
    m_fileMenu->addAction(m_importSettingsAction);
    m_fileMenu->addAction(m_exportSettingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions((new BackupActions(this, m_document, m_controller))->actions());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);
    AuditLogDialog::addMenuAction(m_editMenu, m_document, this);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (Section section : SectionInfo::all())
        m_viewMenu->addAction(m_sectionActions[section]);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_logFolderAction);
}

void MainWindow::createCentralWidget()
{
    m_sectionList = new QListWidget;
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setIconSize(QSize(28, 28));
    m_sectionList->setSpacing(2);
    m_sectionList->setFrameShape(QFrame::NoFrame);
    m_sectionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectionList->setStyleSheet(QStringLiteral(
        "QListWidget#sectionList { background: #f1f5f9; padding-top: 8px; outline: 0; }"
        "QListWidget#sectionList::item { padding: 8px 10px; border-radius: 6px; color: #1e293b; }"
        "QListWidget#sectionList::item:selected { background: #dbeafe; color: #1e3a8a; font-weight: bold; }"
        "QListWidget#sectionList::item:hover:!selected { background: #e2e8f0; }"));

    m_sectionStack = new QStackedWidget;
    m_sectionStack->setObjectName(QStringLiteral("sectionStack"));
    for (Section section : SectionInfo::all()) {
        auto* item = new QListWidgetItem(SectionInfo::icon(section), QString(), m_sectionList);
        item->setData(kSectionRole, int(section));
        QWidget* widget = createSectionWidget(section);
        m_sections[section] = widget;
        m_sectionStack->addWidget(widget);
    }
    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const auto section = Section(m_sectionList->item(row)->data(kSectionRole).toInt());
        m_sectionStack->setCurrentWidget(m_sections[section]);
        for (auto& [s, action] : m_sectionActions)
            action->setChecked(s == section);
        QSettings().setValue(QStringLiteral("mainWindow/section"), SectionInfo::key(section));
    });

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sectionList);
    splitter->addWidget(m_sectionStack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({210, 1000});
    setCentralWidget(splitter);
}

QWidget* MainWindow::createSectionWidget(Section section)
{
    switch (section) {
    case Section::Dashboard: {
        auto* dashboard = new DashboardPanel(m_document);
        connect(dashboard, &DashboardPanel::openSection, this, &MainWindow::showSection);
        connect(dashboard, &DashboardPanel::openReceivables, this, [this] {
            showSection(Section::Customers);
            if (CustomersPanel* customers = customersPanel())
                customers->showReceivables();
        });
        return dashboard;
    }
    case Section::Targets:
        return new TargetsPanel(m_document);
    case Section::Funnel:
        return new FunnelPanel(m_document);
    case Section::Kpi:
        return new AppraisalPanel(m_document);
    case Section::Incentives:
        return new IncentivesPanel(m_document);
    case Section::Customers:
        return new CustomersPanel(m_document);
    case Section::Team:
        return new TeamPanel(m_document);
    }
    return new PlaceholderPanel(section);
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("workspacePathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel;
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(new SignInStatus(m_document));
}

QWidget* MainWindow::sectionWidget(Section section) const
{
    const auto it = m_sections.find(section);
    return it == m_sections.end() ? nullptr : it->second;
}

CustomersPanel* MainWindow::customersPanel() const
{
    return qobject_cast<CustomersPanel*>(sectionWidget(Section::Customers));
}

Section MainWindow::currentSection() const
{
    const QListWidgetItem* item = m_sectionList->currentItem();
    return item ? Section(item->data(kSectionRole).toInt()) : Section::Dashboard;
}

void MainWindow::showSection(Section section)
{
    for (int row = 0; row < m_sectionList->count(); ++row) {
        if (Section(m_sectionList->item(row)->data(kSectionRole).toInt()) == section) {
            m_sectionList->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::retranslateUi()
{
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_importCsvAction->setText(tr("&Import CSV Folder…"));
    m_importSettingsAction->setText(tr("Import Workspace Settings (JSON)…"));
    m_exportSettingsAction->setText(tr("Export Workspace Settings (JSON)…"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_aboutAction->setText(tr("&About Salesdesk"));
    m_logFolderAction->setText(tr("Open &Log Folder"));
    m_clearRecentAction->setText(tr("Clear List"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Read the workspace again, with the changes others saved since"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    for (auto& [section, action] : m_sectionActions)
        action->setText(SectionInfo::title(section));
    for (int row = 0; row < m_sectionList->count(); ++row) {
        QListWidgetItem* item = m_sectionList->item(row);
        const auto section = Section(item->data(kSectionRole).toInt());
        item->setText(SectionInfo::title(section));
    }
    applySectionAccess();
    updateUndoActions();
    updateWorkspaceState();
    updateRecentMenu();
}

void MainWindow::updateUndoActions()
{
    const QUndoStack* stack = m_document->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateWorkspaceState()
{
    if (m_messageTimer && m_messageTimer->isActive() && sender() != m_messageTimer)
        m_messageTimer->stop();
    const bool open = m_document->isOpen();
    m_importCsvAction->setEnabled(open);
    m_importSettingsAction->setEnabled(open);
    m_exportSettingsAction->setEnabled(open);
    m_refreshAction->setEnabled(open);
    readSignedInRole();
    applySectionAccess();
    if (!open) {
        setWindowTitle(tr("Salesdesk"));
        m_pathLabel->setText(tr("No workspace open. Use File ▸ New Workspace or Open Workspace."));
        m_countsLabel->clear();
        return;
    }
    const storage::Workspace* ws = m_document->workspace();
    if (ws->isServer()) { // the address without the password
        setWindowTitle(tr("%1 — Salesdesk").arg(ws->displayName()));
        m_pathLabel->setText(tr("Workspace: %1").arg(ws->displayName()));
    } else {
        const QString path = m_document->path();
        setWindowTitle(tr("%1 — Salesdesk").arg(QFileInfo(path).fileName()));
        m_pathLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(path)));
    }
    // One plural form per count ("1 rep", "2 reps"); %Ln groups the digits in the chosen locale.
    const auto n = [this](const char* table) { return static_cast<int>(m_document->count(table)); };
    const QStringList counts{tr("%Ln rep(s)", nullptr, n("reps")), tr("%Ln customer(s)", nullptr, n("customers")),
                             tr("%Ln opportunity(s)", nullptr, n("opportunities")),
                             tr("%Ln order(s)", nullptr, n("orders"))};
    m_countsLabel->setText(counts.join(QStringLiteral(" · ")));
}

void MainWindow::readSignedInRole()
{
    m_role.reset();
    if (!m_document->isOpen() || !m_document->workspace()->isServer())
        return;
    try {
        const auto who = storage::TeamSecurity(m_document->workspace()->database()).signedIn();
        if (who && who->user)
            m_role = who->user->role;
    } catch (const std::exception& e) {
        spdlog::warn("cannot read the signed-in user's role: {}", e.what());
    }
}

void MainWindow::applySectionAccess()
{
    for (int row = 0; row < m_sectionList->count(); ++row) {
        QListWidgetItem* item = m_sectionList->item(row);
        const auto section = Section(item->data(kSectionRole).toInt());
        const bool allowed = SectionAccess::allowed(section, m_role);
        item->setFlags(allowed ? item->flags() | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                               : item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        item->setToolTip(allowed ? SectionInfo::summary(section) : SectionAccess::refusal(section, m_role));
        m_sectionActions[section]->setEnabled(allowed);
    }
    if (SectionAccess::allowed(currentSection(), m_role))
        return;
    for (Section section : SectionInfo::all())
        if (SectionAccess::allowed(section, m_role)) {
            showSection(section);
            return;
        }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentWorkspaces::list();
    int number = 1;
    for (const QString& path : paths) {
        const bool server = storage::ServerAddress::isServerUrl(path); // kept without its password
        const QString name = server ? path : QFileInfo(path).fileName();
        const QString label = number <= 9 ? QStringLiteral("&%1 %2").arg(number).arg(name) : name;
        ++number;
        QAction* action = m_recentMenu->addAction(label);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path, server] {
            if (auto* connectActions = findChild<ConnectActions*>(); server && connectActions)
                connectActions->connectDialog(path); // asks for the password
            else
                m_controller->openWorkspace(path);
        });
    }
    if (paths.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent workspaces"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecentAction);
    }
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const auto section = SectionInfo::fromKey(settings.value(QStringLiteral("mainWindow/section")).toString());
    showSection(section.value_or(Section::Dashboard));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace sd::app
