#pragma once

#include "domain/Model.h"

#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// Which customers a list shows: `search` matches id, name or industry (substring, ASCII case
// ignored); `ownerRepId` keeps one rep's customers.
struct CustomerFilter
{
    std::string search;
    std::optional<std::string> ownerRepId;
};

// The sortable columns of the customers table.
enum class CustomerColumn { Id, Name, Owner, Industry, CreatedOn, PaymentTerms, CreditLimit };

// One line of the customers table.
struct CustomerRow
{
    Customer customer;
    std::string ownerName; // empty when the owner rep is unknown
    // Σ over the customer's orders not cancelled of (amount − all its payments), whatever their dates.
    Money openBalance;
};

// The customers aggregate (Strawberry's CollectionBackendInterface style): the paged, sortable,
// searchable list the GUI loads lazily, one customer, its detail lists, and the GUI's edits.
// Every function throws StorageError on a database problem.
class CustomerRepository
{
public:
    virtual ~CustomerRepository() = default;

    virtual long long count(const CustomerFilter& filter) const = 0;
    // Rows [offset, offset + limit) in the given order (ties broken by id; empty values last).
    virtual std::vector<CustomerRow> page(const CustomerFilter& filter, CustomerColumn sortColumn, bool ascending,
                                          long long offset, int limit) const = 0;
    virtual std::optional<Customer> byId(const std::string& id) const = 0;

    // Detail lists of one customer, oldest first (by date, then id).
    virtual std::vector<Opportunity> opportunities(const std::string& customerId) const = 0; // with history
    virtual std::vector<Order> orders(const std::string& customerId) const = 0;
    virtual std::vector<Payment> payments(const std::string& customerId) const = 0; // on its orders
    virtual std::vector<Activity> activities(const std::string& customerId) const = 0;

    // Adds a new customer: throws StorageError when the id is taken or the owner rep is unknown.
    virtual void insert(const Customer& customer) = 0;
    // Overwrites the customer with the same id: throws StorageError when there is none or the owner is unknown.
    virtual void update(const Customer& customer) = 0;
};

} // namespace sd::storage
