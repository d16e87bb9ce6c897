#include "app/SignInStatus.h"

#include "app/WorkspaceDocument.h"
#include "storage/AuditLog.h"
#include "storage/TeamSecurity.h"
#include "storage/Workspace.h"

#include <QEvent>

#include <spdlog/spdlog.h>

namespace sd::app {

SignInStatus::SignInStatus(WorkspaceDocument* document, QWidget* parent)
    : QLabel(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("signInLabel"));
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, &SignInStatus::refresh);
    refresh();
}

QString SignInStatus::roleText(const std::string& role)
{
    if (role == "admin")
        return tr("Administrator");
    if (role == "sales_manager")
        return tr("Sales manager");
    if (role == "team_lead")
        return tr("Team lead");
    if (role == "rep")
        return tr("Sales rep");
    if (role == "hr")
        return tr("HR");
    return QString::fromStdString(role);
}

void SignInStatus::refresh()
{
    std::optional<storage::TeamSecurity::SignedIn> who;
    if (m_document->isOpen()) {
        try {
            who = storage::TeamSecurity(m_document->workspace()->database()).signedIn();
        } catch (const std::exception& e) {
            spdlog::warn("cannot tell who is signed in: {}", e.what());
        }
    }
    storage::AuditLog::setSignedInUser(who ? who->login : std::string());
    if (!who) {
        clear();
        setToolTip(QString());
        hide();
        return;
    }
    const QString login = QString::fromStdString(who->login);
    if (who->user)
        setText(tr("Signed in as %1 (%2)").arg(login, roleText(storage::teamRoleName(who->user->role))));
    else
        setText(tr("Signed in as %1 (database owner, no Salesdesk role)").arg(login));
    setToolTip(tr("The server decides what this user can see and change."));
    show();
}

void SignInStatus::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace sd::app
