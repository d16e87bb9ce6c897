#pragma once

#include "app/CustomerSource.h"

namespace sd::storage {
class Workspace;
}

namespace sd::app {

// The customer list read from a workspace with paged SQL (ORDER BY key, id LIMIT/OFFSET; search by LIKE on id,
// name and industry). Used on the thread that opened the workspace.
class SqlCustomerSource : public CustomerSource
{
public:
    explicit SqlCustomerSource(storage::Workspace* workspace);

    long long count(const QString& search) override;
    std::vector<CustomerListRow> page(const QString& search, SortKey key, bool descending, long long offset,
                                      int limit) override;
    std::optional<CustomerDetails> details(const std::string& customerId) override;

    // Detail lists are capped (newest first) so a customer with a long history still opens at once.
    static constexpr int kDetailLimit = 1000;

private:
    storage::Workspace* m_workspace;
};

} // namespace sd::app
