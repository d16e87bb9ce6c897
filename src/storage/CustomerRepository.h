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

// A customer's standing: active, deactivated, or merged into another customer (then also inactive).
struct CustomerStatus
{
    bool active = true;
    std::optional<std::string> mergedInto;
    friend bool operator==(const CustomerStatus&, const CustomerStatus&) = default;
};

// One line of the customers table.
struct CustomerRow
{
    Customer customer;
    std::string ownerName; // empty when the owner rep is unknown
    // Σ over the customer's orders not cancelled of (amount − all its payments), whatever their dates.
    Money openBalance;
    CustomerStatus status;
};

// A person at a customer (联系人).
struct Contact
{
    std::string id;
    std::string customerId;
    std::string name;
    std::optional<std::string> title;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    std::optional<Date> birthday;
    std::optional<std::string> note;
    friend bool operator==(const Contact&, const Contact&) = default;
};

// What a merge moved from one customer to another, so that it can be undone exactly.
struct CustomerMerge
{
    std::string from;
    std::string into;
    std::vector<std::string> opportunityIds;
    std::vector<std::string> orderIds;
    std::vector<std::string> activityIds;
    std::vector<std::string> contactIds;
    CustomerStatus fromStatusBefore;
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
    // Removes a customer that has no orders, opportunities, activities or contacts (undoing an insert).
    virtual void remove(const std::string& id) = 0;

    // The ids of the filtered list in display order (ties by id; empty values last): the lazily loaded table
    // keeps these keys and reads the rows of the visible window with rows(). Portable keyset paging, no OFFSET.
    virtual std::vector<std::string> orderedIds(const CustomerFilter& filter, CustomerColumn sortColumn,
                                                bool ascending) const = 0;
    // The rows of the given customers in the given order (unknown ids are skipped), with balance and status.
    virtual std::vector<CustomerRow> rows(const std::vector<std::string>& ids) const = 0;

    virtual CustomerStatus status(const std::string& id) const = 0;
    virtual void setStatus(const std::string& id, const CustomerStatus& status, Date on) = 0;
    // Moves every opportunity, order, activity and contact of `from` to `into` and marks `from` merged into it.
    // Throws StorageError for an unknown customer, a customer merged into itself or an already merged one.
    virtual CustomerMerge merge(const std::string& from, const std::string& into, Date on) = 0;
    // Puts back what merge() moved and restores the status `from` had.
    virtual void unmerge(const CustomerMerge& merge, Date on) = 0;

    virtual std::vector<Contact> contacts(const std::string& customerId) const = 0;
    // Inserts or overwrites by id; throws StorageError for an unknown customer or an empty name.
    virtual void saveContact(const Contact& contact) = 0;
    virtual void removeContact(const std::string& id) = 0;

    // Activities entered in the app (payments are the sales repository's): throws StorageError for a taken id or an
    // unknown reference.
    virtual void insertActivity(const Activity& activity) = 0;
    virtual void removeActivity(const std::string& id) = 0;
    // Whether `id` is used in `table` (customers, contacts, activities, payments), for generating new ids.
    virtual bool idExists(const std::string& table, const std::string& id) const = 0;
};

} // namespace sd::storage
