#pragma once

#include "storage/TeamSecurityUrl.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sd::app {

// File → Connect to Team Server…: host, port, database, user, password and TLS mode of a team workspace on a
// PostgreSQL server. OK stays disabled while a field is missing or wrong, and the problem is named under the
// form. The result is the server address (url() builds the postgresql:// URL).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    void setAddress(const storage::ServerAddress& address); // the password field is left as it is when empty
    storage::ServerAddress address() const;
    QString url(bool withPassword) const { return address().toUrl(withPassword); }
    // What is wrong with the fields, translated; empty when OK may be pressed.
    QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();

    QFormLayout* m_form;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_tlsMode;
    QLabel* m_problem;
    QLabel* m_urlPreview;
    QDialogButtonBox* m_buttons;
};

} // namespace sd::app
