#pragma once

#include <QLabel>

namespace sd::app {

class WorkspaceDocument;

// The status bar's "Signed in as rep1 (Rep)" for a team workspace on a server: the login the server knows this
// connection by and its Salesdesk role. Also hands the login to the audit log (AuditLog::setSignedInUser) so the
// changes made here name that user. Hidden for a workspace file.
class SignInStatus : public QLabel
{
    Q_OBJECT

public:
    explicit SignInStatus(WorkspaceDocument* document, QWidget* parent = nullptr);

    // The role as shown to the user ("admin" → "Administrator"), translated.
    static QString roleText(const std::string& role);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    WorkspaceDocument* m_document;
};

} // namespace sd::app
