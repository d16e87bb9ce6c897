#pragma once

#include "storage/CustomerRepository.h"

#include <QString>
#include <QVariantList>

namespace sd::storage {

class Workspace;

// CustomerRepository over a workspace's SQL connection (portable SQL). The list and its edits are here; the edits
// of day-to-day records (contacts, status, merge, activities) are in SqlCustomerEdits.cpp.
class SqlCustomerRepository : public CustomerRepository
{
public:
    explicit SqlCustomerRepository(const Workspace& workspace);

    long long count(const CustomerFilter& filter) const override;
    std::vector<CustomerRow> page(const CustomerFilter& filter, CustomerColumn sortColumn, bool ascending,
                                  long long offset, int limit) const override;
    std::optional<Customer> byId(const std::string& id) const override;
    std::vector<Opportunity> opportunities(const std::string& customerId) const override;
    std::vector<Order> orders(const std::string& customerId) const override;
    std::vector<Payment> payments(const std::string& customerId) const override;
    std::vector<Activity> activities(const std::string& customerId) const override;
    void insert(const Customer& customer) override;
    void update(const Customer& customer) override;
    void remove(const std::string& id) override;

    std::vector<std::string> orderedIds(const CustomerFilter& filter, CustomerColumn sortColumn,
                                        bool ascending) const override;
    std::vector<CustomerRow> rows(const std::vector<std::string>& ids) const override;

    CustomerStatus status(const std::string& id) const override;
    void setStatus(const std::string& id, const CustomerStatus& status, Date on) override;
    CustomerMerge merge(const std::string& from, const std::string& into, Date on) override;
    void unmerge(const CustomerMerge& merge, Date on) override;

    std::vector<Contact> contacts(const std::string& customerId) const override;
    void saveContact(const Contact& contact) override;
    void removeContact(const std::string& id) override;

    void insertActivity(const Activity& activity) override;
    void removeActivity(const std::string& id) override;
    bool idExists(const std::string& table, const std::string& id) const override;

private:
    // " ORDER BY …" of the list for a column and direction (empty values last, ties by id).
    static QString orderBy(CustomerColumn sortColumn, bool ascending);
    // Fills each row's open balance (two indexed sums per row).
    void fillBalances(std::vector<CustomerRow>& rows) const;
    // " WHERE …" for the filter (or empty), with its values in order.
    QString whereClause(const CustomerFilter& filter, QVariantList& values) const;
    void checkOwner(const Customer& customer) const;
    const Workspace& m_ws;
};

} // namespace sd::storage
