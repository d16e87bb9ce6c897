#include "app/ConnectActions.h"

#include "app/ConnectDialog.h"
#include "app/DialogHooks.h"
#include "app/RecentWorkspaces.h"
#include "app/WorkspaceController.h"
#include "app/WorkspaceDocument.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

ConnectActions::DialogHook& dialogHook()
{
    static ConnectActions::DialogHook hook;
    return hook;
}

} // namespace

ConnectActions::ConnectActions(QWidget* window, WorkspaceDocument* document, WorkspaceController* controller)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_controller(controller)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("connectServerAction"));
    connect(m_action, &QAction::triggered, this, [this] { connectDialog(); });
    window->installEventFilter(this);
    retranslate();
}

void ConnectActions::setDialogHook(DialogHook hook)
{
    dialogHook() = std::move(hook);
}

void ConnectActions::connectDialog(const QString& url)
{
    ConnectDialog dialog(m_window);
    if (!url.isEmpty()) {
        try {
            dialog.setAddress(storage::ServerAddress::parse(url));
        } catch (const std::exception& e) {
            spdlog::warn("recent server address not usable: {}", e.what());
        }
    }
    const bool accepted = dialogHook() ? dialogHook()(dialog) : dialog.exec() == QDialog::Accepted;
    if (accepted && dialog.problem().isEmpty())
        connectTo(dialog.address());
}

bool ConnectActions::connectTo(const storage::ServerAddress& address)
{
    const QString shown = address.toUrl(false);
    try {
        m_document->open(address.toUrl(true));
    } catch (const std::exception& e) {
        spdlog::warn("cannot open team workspace {}: {}", shown.toStdString(), e.what());
        DialogHooks::warning(m_window, tr("Cannot connect to the team server"),
                             tr("The team workspace %1 could not be opened:\n\n%2")
                                 .arg(shown, QString::fromUtf8(e.what())));
        return false;
    }
    RecentWorkspaces::add(shown);
    Q_EMIT m_controller->recentChanged();
    Q_EMIT m_controller->statusMessage(tr("Connected to %1").arg(shown));
    return true;
}

bool ConnectActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ConnectActions::retranslate()
{
    m_action->setText(tr("&Connect to Team Server…"));
    m_action->setStatusTip(tr("Open a shared team workspace on a PostgreSQL server"));
}

} // namespace sd::app
