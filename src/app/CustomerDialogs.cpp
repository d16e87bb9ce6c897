#include "app/CustomerDialogs.h"

#include "app/FormWidgets.h"
#include "app/Formatting.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sd::app {

namespace {

using form::errorLabel;
using form::finish;
using form::lineEdit;
using form::optionalText;
using form::showOrAccept;

QDate toQDate(Date d)
{
    return QDate(d.year(), d.month(), d.day());
}
Date fromQDate(const QDate& d)
{
    return Date::parseOrThrow(d.toString(QStringLiteral("yyyy-MM-dd")).toStdString());
}

QDateEdit* dateEdit(const QString& objectName, Date value)
{
    auto* edit = new QDateEdit(toQDate(value));
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

// An optional date typed as YYYY-MM-DD: empty is none; anything else must be a real date.
bool optionalDate(const QLineEdit* edit, const QString& field, std::optional<Date>& out, QString* error)
{
    const QString text = edit->text().trimmed();
    out.reset();
    if (text.isEmpty())
        return true;
    out = Date::parse(text.toStdString());
    if (!out && error)
        *error = QCoreApplication::translate(
                     "CustomerDialogs", QT_TRANSLATE_NOOP("CustomerDialogs", "%1: '%2' is not a date (YYYY-MM-DD)."))
                     .arg(field, text);
    return out.has_value();
}

Date today()
{
    return fromQDate(QDate::currentDate());
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

CustomerEditDialog::CustomerEditDialog(const std::vector<Rep>& reps, const std::optional<Customer>& existing,
                                       const std::string& newId, QWidget* parent)
    : QDialog(parent)
    , m_id(lineEdit(QStringLiteral("idEdit"), QString::fromStdString(existing ? existing->id : newId)))
    , m_name(lineEdit(QStringLiteral("nameEdit"), existing ? QString::fromStdString(existing->name) : QString()))
    , m_owner(new QComboBox)
    , m_industry(new QComboBox)
    , m_createdOn(dateEdit(QStringLiteral("createdOnEdit"), existing ? existing->createdOn : today()))
    , m_terms(new QSpinBox)
    , m_creditLimit(lineEdit(QStringLiteral("creditLimitEdit"), {}, tr("none")))
    , m_birthday(lineEdit(QStringLiteral("birthdayEdit"), {}, tr("YYYY-MM-DD, optional")))
    , m_foundedOn(lineEdit(QStringLiteral("foundedOnEdit"), {}, tr("YYYY-MM-DD, optional")))
    , m_error(errorLabel())
{
    setObjectName(QStringLiteral("customerEditDialog"));
    setWindowTitle(existing ? tr("Edit Customer") : tr("New Customer"));
    m_id->setReadOnly(existing.has_value());
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    for (const Rep& rep : reps) {
        if (rep.active || (existing && existing->ownerRepId == rep.id))
            m_owner->addItem(
                QStringLiteral("%1 (%2)").arg(QString::fromStdString(rep.name), QString::fromStdString(rep.id)),
                QString::fromStdString(rep.id));
    }
    m_industry->setObjectName(QStringLiteral("industryCombo"));
    m_industry->setEditable(true);
    for (const char* industry : {"", "制造", "零售", "金融", "医疗", "教育", "物流", "能源", "互联网"})
        m_industry->addItem(QString::fromUtf8(industry));
    m_terms->setObjectName(QStringLiteral("termsSpin"));
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_terms->setValue(30);
    if (existing) {
        m_owner->setCurrentIndex(m_owner->findData(QString::fromStdString(existing->ownerRepId)));
        m_industry->setCurrentText(existing->industry ? QString::fromStdString(*existing->industry) : QString());
        m_terms->setValue(existing->paymentTermsDays);
        if (existing->creditLimit)
            m_creditLimit->setText(QString::fromStdString(existing->creditLimit->toString()));
        if (existing->birthday)
            m_birthday->setText(QString::fromStdString(existing->birthday->toString()));
        if (existing->foundedOn)
            m_foundedOn->setText(QString::fromStdString(existing->foundedOn->toString()));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("ID"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Industry"), m_industry);
    form->addRow(tr("Customer since"), m_createdOn);
    form->addRow(tr("Payment terms"), m_terms);
    form->addRow(tr("Credit limit"), m_creditLimit);
    form->addRow(tr("Birthday (key contact)"), m_birthday);
    form->addRow(tr("Founded on"), m_foundedOn);
    finish(this, form, m_error);
}

std::optional<Customer> CustomerEditDialog::result(QString* error) const
{
    Customer c;
    c.id = m_id->text().trimmed().toStdString();
    c.name = m_name->text().trimmed().toStdString();
    if (c.id.empty()) {
        *error = tr("ID: a customer needs an id.");
        return std::nullopt;
    }
    if (c.name.empty()) {
        *error = tr("Name: a customer needs a name.");
        return std::nullopt;
    }
    if (m_owner->currentIndex() < 0) {
        *error = tr("Owner: choose the rep who owns the customer.");
        return std::nullopt;
    }
    c.ownerRepId = m_owner->currentData().toString().toStdString();
    c.industry = optionalText(m_industry->currentText());
    c.createdOn = fromQDate(m_createdOn->date());
    c.paymentTermsDays = m_terms->value();
    const QString limit = m_creditLimit->text().trimmed();
    if (!limit.isEmpty()) {
        c.creditLimit = Money::parse(limit.toStdString());
        if (!c.creditLimit || c.creditLimit->isNegative()) {
            *error = tr("Credit limit: '%1' is not an amount ≥ 0 with at most two decimals.").arg(limit);
            return std::nullopt;
        }
    }
    if (!optionalDate(m_birthday, tr("Birthday"), c.birthday, error)
        || !optionalDate(m_foundedOn, tr("Founded on"), c.foundedOn, error))
        return std::nullopt;
    return c;
}

void CustomerEditDialog::accept()
{
    QString error;
    const bool ok = result(&error).has_value();
    showOrAccept(this, m_error, error, ok);
}

// ---------------------------------------------------------------------------------------------------------------

ActivityDialog::ActivityDialog(const std::vector<Rep>& reps, const Customer& customer,
                               const std::vector<Opportunity>& opportunities, const std::string& newId, QWidget* parent)
    : QDialog(parent)
    , m_id(newId)
    , m_customerId(customer.id)
    , m_kind(new QComboBox)
    , m_date(dateEdit(QStringLiteral("dateEdit"), today()))
    , m_rep(new QComboBox)
    , m_opportunity(new QComboBox)
    , m_note(new QPlainTextEdit)
    , m_error(errorLabel())
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(tr("Log Activity — %1").arg(QString::fromStdString(customer.name)));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Visit"), int(ActivityKind::Visit));
    m_kind->addItem(tr("Call"), int(ActivityKind::Call));
    m_kind->addItem(tr("Meeting"), int(ActivityKind::Meeting));
    m_kind->addItem(tr("Demo"), int(ActivityKind::Demo));
    m_kind->addItem(tr("E-mail"), int(ActivityKind::Email));
    m_rep->setObjectName(QStringLiteral("repCombo"));
    for (const Rep& rep : reps) {
        if (rep.active)
            m_rep->addItem(QString::fromStdString(rep.name), QString::fromStdString(rep.id));
    }
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(QString::fromStdString(customer.ownerRepId))));
    m_opportunity->setObjectName(QStringLiteral("opportunityCombo"));
    m_opportunity->addItem(tr("(none)"), QString());
    for (const Opportunity& o : opportunities) {
        if (o.stage != "won" && o.stage != "lost")
            m_opportunity->addItem(
                QStringLiteral("%1 — %2").arg(QString::fromStdString(o.id), QString::fromStdString(o.name)),
                QString::fromStdString(o.id));
    }
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("What was discussed, next step"));
    m_note->setMaximumHeight(90);
    auto* form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Rep"), m_rep);
    form->addRow(tr("Opportunity"), m_opportunity);
    form->addRow(tr("Note"), m_note);
    finish(this, form, m_error);
}

std::optional<Activity> ActivityDialog::result(QString* error) const
{
    if (m_rep->currentIndex() < 0) {
        *error = tr("Rep: choose who had the activity.");
        return std::nullopt;
    }
    Activity a;
    a.id = m_id;
    a.repId = m_rep->currentData().toString().toStdString();
    a.customerId = m_customerId;
    a.kind = ActivityKind(m_kind->currentData().toInt());
    a.date = fromQDate(m_date->date());
    if (a.date > today()) {
        *error = tr("Date: an activity is logged when it happened, not in the future (plan visits in the visit plan).");
        return std::nullopt;
    }
    a.opportunityId = optionalText(m_opportunity->currentData().toString());
    a.note = optionalText(m_note->toPlainText());
    return a;
}

void ActivityDialog::accept()
{
    QString error;
    const bool ok = result(&error).has_value();
    showOrAccept(this, m_error, error, ok);
}

// ---------------------------------------------------------------------------------------------------------------

PaymentDialog::PaymentDialog(const std::vector<OpenOrder>& orders, const QString& currency, const std::string& newId,
                             QWidget* parent)
    : QDialog(parent)
    , m_orders(orders)
    , m_id(newId)
    , m_order(new QComboBox)
    , m_date(dateEdit(QStringLiteral("dateEdit"), today()))
    , m_amount(lineEdit(QStringLiteral("amountEdit")))
    , m_error(errorLabel())
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record Payment"));
    m_order->setObjectName(QStringLiteral("orderCombo"));
    for (const OpenOrder& o : m_orders)
        m_order->addItem(tr("%1 of %2 — open %3")
                             .arg(QString::fromStdString(o.order.id), Formatting::date(o.order.orderDate),
                                  Formatting::money(o.open, currency)));
    const auto fillOpen = [this] {
        const int i = m_order->currentIndex();
        if (i >= 0)
            m_amount->setText(QString::fromStdString(m_orders[std::size_t(i)].open.toString()));
    };
    connect(m_order, &QComboBox::currentIndexChanged, this, fillOpen);
    fillOpen();
    auto* form = new QFormLayout;
    form->addRow(tr("Order"), m_order);
    form->addRow(tr("Paid on"), m_date);
    form->addRow(tr("Amount"), m_amount);
    finish(this, form, m_error);
}

std::optional<Payment> PaymentDialog::result(QString* error) const
{
    const int i = m_order->currentIndex();
    if (i < 0) {
        *error = tr("Order: the customer has no open order to pay.");
        return std::nullopt;
    }
    const OpenOrder& o = m_orders[std::size_t(i)];
    const QString text = m_amount->text().trimmed();
    const std::optional<Money> amount = Money::parse(text.toStdString());
    if (!amount || !amount->isPositive()) {
        *error = tr("Amount: '%1' is not a positive amount with at most two decimals.").arg(text);
        return std::nullopt;
    }
    if (*amount > o.open) {
        *error = tr("Amount: %1 is more than the %2 still open on order %3.")
                     .arg(text, QString::fromStdString(o.open.toString()), QString::fromStdString(o.order.id));
        return std::nullopt;
    }
    const Date paidOn = fromQDate(m_date->date());
    if (paidOn < o.order.orderDate) {
        *error = tr("Paid on: the payment is dated before the order (%1).").arg(Formatting::date(o.order.orderDate));
        return std::nullopt;
    }
    return Payment{m_id, o.order.id, paidOn, *amount};
}

void PaymentDialog::accept()
{
    QString error;
    const bool ok = result(&error).has_value();
    showOrAccept(this, m_error, error, ok);
}

// ---------------------------------------------------------------------------------------------------------------

ContactDialog::ContactDialog(const storage::Contact& contact, QWidget* parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_name(lineEdit(QStringLiteral("nameEdit"), QString::fromStdString(contact.name)))
    , m_title(lineEdit(QStringLiteral("titleEdit"), QString::fromStdString(contact.title.value_or(""))))
    , m_phone(lineEdit(QStringLiteral("phoneEdit"), QString::fromStdString(contact.phone.value_or(""))))
    , m_email(lineEdit(QStringLiteral("emailEdit"), QString::fromStdString(contact.email.value_or(""))))
    , m_birthday(lineEdit(QStringLiteral("birthdayEdit"),
                          contact.birthday ? QString::fromStdString(contact.birthday->toString()) : QString(),
                          tr("YYYY-MM-DD, optional")))
    , m_note(new QPlainTextEdit(QString::fromStdString(contact.note.value_or(""))))
    , m_error(errorLabel())
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.name.empty() ? tr("New Contact") : tr("Edit Contact"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaximumHeight(70);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Birthday"), m_birthday);
    form->addRow(tr("Note"), m_note);
    finish(this, form, m_error);
}

std::optional<storage::Contact> ContactDialog::result(QString* error) const
{
    storage::Contact c = m_contact;
    c.name = m_name->text().trimmed().toStdString();
    if (c.name.empty()) {
        *error = tr("Name: a contact needs a name.");
        return std::nullopt;
    }
    c.title = optionalText(m_title->text());
    c.phone = optionalText(m_phone->text());
    c.email = optionalText(m_email->text());
    if (c.email && c.email->find('@') == std::string::npos) {
        *error = tr("E-mail: '%1' is not an e-mail address.").arg(m_email->text().trimmed());
        return std::nullopt;
    }
    if (!optionalDate(m_birthday, tr("Birthday"), c.birthday, error))
        return std::nullopt;
    c.note = optionalText(m_note->toPlainText());
    return c;
}

void ContactDialog::accept()
{
    QString error;
    const bool ok = result(&error).has_value();
    showOrAccept(this, m_error, error, ok);
}

} // namespace sd::app
