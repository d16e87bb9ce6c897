#include "app/CustomerEdits.h"

#include "app/RepositoryCommand.h"
#include "app/WorkspaceDocument.h"
#include "storage/SqlCustomerRepository.h"
#include "storage/SqlSalesRepository.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>

#include <spdlog/spdlog.h>

#include <functional>

namespace sd::app {

namespace {

Date today()
{
    const QDate d = QDate::currentDate();
    return Date::parseOrThrow(d.toString(QStringLiteral("yyyy-MM-dd")).toStdString());
}

// The repositories an edit works with, on the document's workspace.
struct Repositories
{
    explicit Repositories(const storage::Workspace& workspace)
        : customers(workspace)
        , sales(workspace)
    {
    }
    storage::SqlCustomerRepository customers;
    storage::SqlSalesRepository sales;
};

using Command = RepositoryCommand<Repositories>;

// What a customer reads now, for the stale-edit message.
std::string describeCustomer(const QSqlDatabase& db, const storage::VersionedRow& row)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, owner_rep_id FROM customers WHERE id = ?"));
    q.addBindValue(row.keyValues.front());
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().toStdString() + " (" + q.value(1).toString().toStdString() + ")";
}

} // namespace

CustomerEdits::CustomerEdits(WorkspaceDocument* document)
    : m_document(document)
{
}

namespace {

std::optional<QString> push(WorkspaceDocument* document, Command* command)
{
    return Command::push(document, command);
}

std::optional<Customer> stored(WorkspaceDocument* document, const std::string& id)
{
    if (!document->isOpen())
        return std::nullopt;
    return storage::SqlCustomerRepository(*document->workspace()).byId(id);
}

} // namespace

std::optional<QString> CustomerEdits::addCustomer(const Customer& customer)
{
    const std::string id = customer.id;
    return push(m_document,
                new Command(
                    m_document, tr("Add customer %1").arg(QString::fromStdString(customer.name)),
                    [customer](Repositories& r) { r.customers.insert(customer); },
                    [id](Repositories& r) { r.customers.remove(id); }));
}

std::optional<QString> CustomerEdits::editCustomer(const Customer& customer)
{
    const std::optional<Customer> before = stored(m_document, customer.id);
    if (!before)
        return tr("No customer with id %1.").arg(QString::fromStdString(customer.id));
    auto* command = new Command(
        m_document, tr("Edit customer %1").arg(QString::fromStdString(customer.name)),
        [customer](Repositories& r) { r.customers.update(customer); },
        [old = *before](Repositories& r) { r.customers.update(old); });
    command->guard({storage::customerRow(customer.id)}, describeCustomer);
    return push(m_document, command);
}

std::optional<QString> CustomerEdits::setActive(const std::string& customerId, bool active)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    const storage::CustomerStatus before = storage::SqlCustomerRepository(*m_document->workspace()).status(customerId);
    if (before.mergedInto)
        return tr("Customer %1 was merged into %2; undo the merge instead.")
            .arg(QString::fromStdString(customerId), QString::fromStdString(*before.mergedInto));
    const storage::CustomerStatus after{active, std::nullopt};
    const Date on = today();
    auto* command = new Command(
        m_document,
        (active ? tr("Reactivate customer %1") : tr("Deactivate customer %1")).arg(QString::fromStdString(customerId)),
        [customerId, after, on](Repositories& r) { r.customers.setStatus(customerId, after, on); },
        [customerId, before, on](Repositories& r) { r.customers.setStatus(customerId, before, on); });
    command->guard({storage::customerRow(customerId)}, describeCustomer);
    return push(m_document, command);
}

std::optional<QString> CustomerEdits::merge(const std::string& fromId, const std::string& intoId)
{
    auto record = std::make_shared<storage::CustomerMerge>();
    const Date on = today();
    auto* command = new Command(
        m_document, tr("Merge customer %1 into %2").arg(QString::fromStdString(fromId), QString::fromStdString(intoId)),
        [record, fromId, intoId, on](Repositories& r) { *record = r.customers.merge(fromId, intoId, on); },
        [record, on](Repositories& r) { r.customers.unmerge(*record, on); });
    command->guard({storage::customerRow(fromId), storage::customerRow(intoId)}, describeCustomer);
    return push(m_document, command);
}

std::optional<QString> CustomerEdits::logActivity(const Activity& activity)
{
    const std::string id = activity.id;
    return push(m_document,
                new Command(
                    m_document, tr("Log activity"),
                    [activity](Repositories& r) { r.customers.insertActivity(activity); },
                    [id](Repositories& r) { r.customers.removeActivity(id); }));
}

std::optional<QString> CustomerEdits::recordPayment(const Payment& payment)
{
    if (!payment.amount.isPositive())
        return tr("A payment must be a positive amount.");
    const std::string id = payment.id;
    return push(m_document,
                new Command(
                    m_document, tr("Record payment"), [payment](Repositories& r) { r.sales.insertPayment(payment); },
                    [id](Repositories& r) { r.sales.removePayment(id); }));
}

std::optional<QString> CustomerEdits::saveContact(const storage::Contact& contact)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    std::optional<storage::Contact> before;
    for (const auto& c : storage::SqlCustomerRepository(*m_document->workspace()).contacts(contact.customerId)) {
        if (c.id == contact.id)
            before = c;
    }
    return push(m_document,
                new Command(
                    m_document, tr("Save contact %1").arg(QString::fromStdString(contact.name)),
                    [contact](Repositories& r) { r.customers.saveContact(contact); },
                    [before, id = contact.id](Repositories& r) {
                        if (before)
                            r.customers.saveContact(*before);
                        else
                            r.customers.removeContact(id);
                    }));
}

std::optional<QString> CustomerEdits::removeContact(const std::string& customerId, const std::string& contactId)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    std::optional<storage::Contact> before;
    for (const auto& c : storage::SqlCustomerRepository(*m_document->workspace()).contacts(customerId)) {
        if (c.id == contactId)
            before = c;
    }
    if (!before)
        return tr("No contact with id %1.").arg(QString::fromStdString(contactId));
    return push(m_document,
                new Command(
                    m_document, tr("Remove contact %1").arg(QString::fromStdString(before->name)),
                    [contactId](Repositories& r) { r.customers.removeContact(contactId); },
                    [contact = *before](Repositories& r) { r.customers.saveContact(contact); }));
}

std::string CustomerEdits::newId(const std::string& table, const std::string& prefix) const
{
    const std::string base = prefix + QDate::currentDate().toString(QStringLiteral("yyMMdd")).toStdString() + "-";
    if (!m_document->isOpen())
        return base + "1";
    storage::SqlCustomerRepository repository(*m_document->workspace());
    for (int n = 1;; ++n) {
        const std::string id = base + std::to_string(n);
        if (!repository.idExists(table, id))
            return id;
    }
}

} // namespace sd::app
