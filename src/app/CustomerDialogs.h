#pragma once

#include <QDialog>

#ifndef Q_MOC_RUN
#include "domain/Model.h"
#include "storage/CustomerRepository.h"
#endif

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sd::app {

// The forms of the Customers section. Each reads its fields into a domain struct with result(); a field that does
// not parse is named in the error (shown under the form; OK keeps the dialog open until it is fixed).

// New or changed customer: id (fixed when editing), name, owner, industry, since, payment terms, credit limit,
// birthday (for customer care) and founding date.
class CustomerEditDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerEditDialog(const std::vector<Rep>& reps, const std::optional<Customer>& existing, const std::string& newId,
                       QWidget* parent = nullptr);
    // The customer the form describes, or nothing with `error` set.
    std::optional<Customer> result(QString* error) const;
    void accept() override;

private:
    QLineEdit* m_id;
    QLineEdit* m_name;
    QComboBox* m_owner;
    QComboBox* m_industry;
    QDateEdit* m_createdOn;
    QSpinBox* m_terms;
    QLineEdit* m_creditLimit;
    QLineEdit* m_birthday;
    QLineEdit* m_foundedOn;
    QLabel* m_error;
};

// A visit, call, meeting, demo or e-mail with a customer, optionally about one of its opportunities.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityDialog(const std::vector<Rep>& reps, const Customer& customer, const std::vector<Opportunity>& opportunities,
                   const std::string& newId, QWidget* parent = nullptr);
    std::optional<Activity> result(QString* error) const;
    void accept() override;

private:
    std::string m_id;
    std::string m_customerId;
    QComboBox* m_kind;
    QDateEdit* m_date;
    QComboBox* m_rep;
    QComboBox* m_opportunity;
    QPlainTextEdit* m_note;
    QLabel* m_error;
};

// A payment (回款) received on one of the customer's open orders; the amount may not exceed what is still open.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    struct OpenOrder
    {
        Order order;
        Money open; // amount − payments so far
    };
    PaymentDialog(const std::vector<OpenOrder>& orders, const QString& currency, const std::string& newId,
                  QWidget* parent = nullptr);
    std::optional<Payment> result(QString* error) const;
    void accept() override;

private:
    std::vector<OpenOrder> m_orders;
    std::string m_id;
    QComboBox* m_order;
    QDateEdit* m_date;
    QLineEdit* m_amount;
    QLabel* m_error;
};

// A person at the customer.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(const storage::Contact& contact, QWidget* parent = nullptr);
    std::optional<storage::Contact> result(QString* error) const;
    void accept() override;

private:
    storage::Contact m_contact;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_birthday;
    QPlainTextEdit* m_note;
    QLabel* m_error;
};

} // namespace sd::app
