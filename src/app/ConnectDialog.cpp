#include "app/ConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <initializer_list>

namespace sd::app {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_tlsMode(new QComboBox)
    , m_problem(new QLabel)
    , m_urlPreview(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("connectDialog"));
    m_host->setObjectName(QStringLiteral("connectHost"));
    m_port->setObjectName(QStringLiteral("connectPort"));
    m_database->setObjectName(QStringLiteral("connectDatabase"));
    m_user->setObjectName(QStringLiteral("connectUser"));
    m_password->setObjectName(QStringLiteral("connectPassword"));
    m_tlsMode->setObjectName(QStringLiteral("connectTlsMode"));
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_urlPreview->setObjectName(QStringLiteral("connectUrl"));
    m_buttons->setObjectName(QStringLiteral("connectButtons"));

    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_password->setEchoMode(QLineEdit::Password);
    for (const QString& mode : storage::ServerAddress::sslModes())
        m_tlsMode->addItem(QString(), mode);
    m_tlsMode->setCurrentIndex(m_tlsMode->findData(QStringLiteral("prefer")));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_urlPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlPreview->setWordWrap(true);

    // Labels made here: addRow with an empty text makes none, and retranslateUi fills them in.
    for (QWidget* field : std::initializer_list<QWidget*>{m_host, m_port, m_database, m_user, m_password, m_tlsMode,
                                                          m_urlPreview}) {
        auto* label = new QLabel;
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::validate);
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::validate);
    retranslateUi();
    setMinimumWidth(420);
}

void ConnectDialog::setAddress(const storage::ServerAddress& a)
{
    m_host->setText(a.host);
    m_port->setValue(a.port);
    m_database->setText(a.database);
    m_user->setText(a.user);
    if (!a.password.isEmpty())
        m_password->setText(a.password);
    const int mode = m_tlsMode->findData(a.sslMode);
    if (mode >= 0)
        m_tlsMode->setCurrentIndex(mode);
    validate();
}

storage::ServerAddress ConnectDialog::address() const
{
    storage::ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.password = m_password->text();
    a.sslMode = m_tlsMode->currentData().toString();
    return a;
}

QString ConnectDialog::problem() const
{
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9._:\\-\\[\\]]+$"));
    const storage::ServerAddress a = address();
    if (a.host.isEmpty())
        return tr("Enter the server's host name or address.");
    if (!hostPattern.match(a.host).hasMatch())
        return tr("The host \"%1\" is not a host name or address.").arg(a.host);
    if (a.database.isEmpty())
        return tr("Enter the name of the team database.");
    if (a.database.contains(u'/'))
        return tr("The database name must not contain '/'.");
    if (a.user.isEmpty())
        return tr("Enter your user name on the server.");
    if (!a.problem().isEmpty()) // anything the storage check finds that the form above does not
        return tr("The connection settings are not usable: %1").arg(a.problem());
    return QString();
}

void ConnectDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_urlPreview->setText(why.isEmpty() ? url(false) : QString());
}

void ConnectDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to Team Server"));
    const QString labels[] = {tr("&Host:"),     tr("&Port:"),     tr("&Database:"), tr("&User:"),
                              tr("Pass&word:"), tr("&TLS mode:"), tr("Address:")};
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (QLayoutItem* item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto* label = qobject_cast<QLabel*>(item->widget()))
                label->setText(labels[row]);
    m_host->setPlaceholderText(tr("sales-db.example.com"));
    m_user->setPlaceholderText(tr("your login on the server"));
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    const QString modeNames[] = {tr("Disable (no encryption)"), tr("Prefer (encrypt when the server can)"),
                                 tr("Require (always encrypt)"),
                                 tr("Verify full (encrypt and check the server's certificate and name)")};
    for (int i = 0; i < m_tlsMode->count(); ++i)
        m_tlsMode->setItemText(i, modeNames[i]);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    validate();
}

} // namespace sd::app
