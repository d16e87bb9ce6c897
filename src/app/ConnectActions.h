#pragma once

#include "storage/TeamSecurityUrl.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace sd::app {

class ConnectDialog;
class WorkspaceController;
class WorkspaceDocument;

// File → Connect to Team Server…: asks for the server's address (ConnectDialog) and opens the team workspace there
// through the workspace document, like a file. The recent list keeps the URL without the password.
class ConnectActions : public QObject
{
    Q_OBJECT

public:
    ConnectActions(QWidget* window, WorkspaceDocument* document, WorkspaceController* controller);

    QAction* action() const { return m_action; }
    // Opens the workspace at `address`; on failure tells the user (the server's message) and keeps the current one.
    bool connectTo(const storage::ServerAddress& address);

    // Tests: called instead of exec() with the dialog filled in; returns whether the "user" pressed Connect.
    using DialogHook = std::function<bool(ConnectDialog& dialog)>;
    static void setDialogHook(DialogHook hook);

public Q_SLOTS:
    // The dialog, filled from `url` when one is given (a recent entry: everything but the password).
    void connectDialog(const QString& url = QString());

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QWidget* m_window;
    WorkspaceDocument* m_document;
    WorkspaceController* m_controller;
    QAction* m_action;
};

} // namespace sd::app
