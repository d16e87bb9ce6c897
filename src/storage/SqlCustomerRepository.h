#pragma once

#include "storage/CustomerRepository.h"

#include <QString>
#include <QVariantList>

namespace sd::storage {

class Workspace;

// CustomerRepository over a workspace's SQL connection (portable SQL; LIMIT/OFFSET paging).
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

private:
    // " WHERE …" for the filter (or empty), with its values in order.
    QString whereClause(const CustomerFilter& filter, QVariantList& values) const;
    void checkOwner(const Customer& customer) const;
    const Workspace& m_ws;
};

} // namespace sd::storage
