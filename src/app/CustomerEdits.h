#pragma once

#include <QCoreApplication>
#include <QString>

#ifndef Q_MOC_RUN
#include "storage/CustomerRepository.h"
#endif

#include <optional>
#include <string>

namespace sd::app {

class WorkspaceDocument;

// The Customers section's edits, each an undoable command on the document's undo stack: a customer added or
// changed, deactivated or reactivated, merged into another, an activity logged, a payment recorded, a contact saved
// or removed. Each function first performs the change (so a refusal — an unknown owner, a taken id — is reported and
// nothing is pushed) and returns the error text, or nothing when it was done.
class CustomerEdits
{
    Q_DECLARE_TR_FUNCTIONS(CustomerEdits)

public:
    explicit CustomerEdits(WorkspaceDocument* document);

    std::optional<QString> addCustomer(const Customer& customer);
    std::optional<QString> editCustomer(const Customer& customer);
    std::optional<QString> setActive(const std::string& customerId, bool active);
    std::optional<QString> merge(const std::string& fromId, const std::string& intoId);
    std::optional<QString> logActivity(const Activity& activity);
    std::optional<QString> recordPayment(const Payment& payment);
    std::optional<QString> saveContact(const storage::Contact& contact);
    std::optional<QString> removeContact(const std::string& customerId, const std::string& contactId);

    // A fresh id for a new row of `table` ("customers", "contacts", "activities", "payments"): prefix + date + n.
    std::string newId(const std::string& table, const std::string& prefix) const;

private:
    WorkspaceDocument* m_document;
};

} // namespace sd::app
