#pragma once

#include "domain/Model.h"
#include "storage/CustomerRepository.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sd::app {

// One row of the customer list: the customer and its owner's name.
struct CustomerListRow
{
    Customer customer;
    std::string ownerName;
    bool active = true;
    std::optional<std::string> mergedInto; // the customer it was merged into
};

// Everything the detail pane shows about one customer.
struct CustomerDetails
{
    CustomerListRow row;
    std::vector<Opportunity> opportunities;
    std::vector<Order> orders;
    std::vector<Payment> payments;
    std::vector<Activity> activities;
    std::vector<storage::Contact> contacts;
};

// What the customers table reads: counts and pages of a filtered, sorted customer list, and one customer's details.
// The SQL implementation pages in the database (ORDER BY … LIMIT/OFFSET), so the list never loads whole; tests can
// supply an in-memory one.
class CustomerSource
{
public:
    enum class SortKey
    {
        Id,
        Name,
        Owner,
        Industry,
        CreatedOn,
        PaymentTerms,
        CreditLimit
    };

    virtual ~CustomerSource() = default;
    // Customers whose id, name or industry contains `search` (case-insensitive); all for an empty search.
    virtual long long count(const QString& search) = 0;
    virtual std::vector<CustomerListRow> page(const QString& search, SortKey key, bool descending, long long offset,
                                              int limit)
        = 0;
    virtual std::optional<CustomerDetails> details(const std::string& customerId) = 0;
};

} // namespace sd::app
