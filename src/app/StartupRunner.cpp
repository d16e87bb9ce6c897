#include "app/StartupRunner.h"

#include "app/CustomersPanel.h"
#include "app/DialogHooks.h"
#include "app/MainWindow.h"
#include "app/RecentWorkspaces.h"
#include "app/WorkspaceController.h"
#include "app/WorkspaceDocument.h"

#include <QApplication>
#include <QFileInfo>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace sd::app {

StartupRunner::StartupRunner(MainWindow* window, AppOptions options)
    : QObject(window)
    , m_window(window)
    , m_options(std::move(options))
{
}

void StartupRunner::start()
{
    QTimer::singleShot(0, this, &StartupRunner::run);
}

void StartupRunner::run()
{
    if (!m_options.screenshot.isEmpty()) {
        // Unattended: a message box would wait for a click that never comes; the log has the message.
        DialogHooks::setMessageHook([](QMessageBox::Icon, const QString&, const QString&) { return false; });
    }
    openInitialWorkspace();
    if (const auto section = SectionInfo::fromKey(m_options.section))
        m_window->showSection(*section);
    if (!m_options.screenshot.isEmpty()) {
        m_window->resize(1280, 800); // the same frame on every machine, whatever geometry was saved
        // A customer selected, so the picture shows the detail pane too.
        if (m_window->currentSection() == Section::Customers)
            m_window->customersPanel()->tableView()->selectRow(0);
        // Let the views fetch their first rows and lay out before grabbing.
        QTimer::singleShot(1200, this, &StartupRunner::takeScreenshot);
    }
}

void StartupRunner::openInitialWorkspace()
{
    WorkspaceController* controller = m_window->controller();
    if (!m_options.workspace.isEmpty()) {
        controller->openWorkspace(m_options.workspace);
        return;
    }
    const QString demo = WorkspaceController::demoWorkspacePath();
    if (m_options.demo) {
        controller->buildDemoWorkspace(demo);
        return;
    }
    for (const QString& path : RecentWorkspaces::list()) {
        if (QFileInfo::exists(path)) {
            if (controller->openWorkspace(path))
                return;
        }
    }
    // First start: a workspace to explore, rather than an empty window.
    if (QFileInfo::exists(demo) && controller->openWorkspace(demo))
        return;
    controller->buildDemoWorkspace(demo);
}

void StartupRunner::takeScreenshot()
{
    QApplication::processEvents();
    const QPixmap pixmap = m_window->grab();
    if (pixmap.save(m_options.screenshot, "PNG"))
        spdlog::info("screenshot saved to {}", m_options.screenshot.toStdString());
    else
        spdlog::error("cannot save the screenshot to {}", m_options.screenshot.toStdString());
    m_window->close();
    QApplication::exit(pixmap.isNull() ? 1 : 0);
}

} // namespace sd::app
