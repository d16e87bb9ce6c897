#pragma once

#include "app/CustomerSource.h"

#include <memory>

namespace sd::storage {
class SqlCustomerRepository;
class Workspace;
} // namespace sd::storage

namespace sd::app {

// The customer list of a workspace, read through the storage layer's customer repository. For a (search, sort) it
// reads once the ordered customer ids (keyset paging: ~200,000 short strings for the large workspace), then each
// page is read by its ids — so a deep page costs the same as the first and pages never shift. Used on the thread
// that opened the workspace; recreate it after the data changed (an import, an edit).
class SqlCustomerSource : public CustomerSource
{
public:
    explicit SqlCustomerSource(storage::Workspace* workspace);
    ~SqlCustomerSource() override;

    long long count(const QString& search) override;
    std::vector<CustomerListRow> page(const QString& search, SortKey key, bool descending, long long offset,
                                      int limit) override;
    std::optional<CustomerDetails> details(const std::string& customerId) override;

    // Detail lists are capped (newest first) so a customer with a long history still opens at once.
    static constexpr int kDetailLimit = 1000;

private:
    const std::vector<std::string>& keys(const QString& search, SortKey key, bool descending);

    std::unique_ptr<storage::SqlCustomerRepository> m_repository;
    // The ordered keys of the last (search, sort) asked for.
    QString m_keysSearch;
    SortKey m_keysSort = SortKey::Name;
    bool m_keysDescending = false;
    bool m_keysValid = false;
    std::vector<std::string> m_keys;
};

} // namespace sd::app
