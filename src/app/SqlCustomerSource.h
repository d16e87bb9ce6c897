#pragma once

#include "app/CustomerSource.h"

#include <QtGlobal>

namespace sd::storage {
class Workspace;
}

namespace sd::app {

// The customer list read from a SQLite workspace. For a (search, sort) it reads once the ordered row keys only
// (SQLite rowids: with the name or id sort a covering index scan, ~200,000 integers for the large workspace), then
// each page is read by its keys — so a deep page costs the same as the first and pages never shift. Rows are
// ordered by the sort column, then by rowid. Search: LIKE on id, name and industry. Used on the thread that opened
// the workspace; recreate it after the data changed (an import).
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
    const std::vector<qint64>& keys(const QString& search, SortKey key, bool descending);

    storage::Workspace* m_workspace;
    // The ordered keys of the last (search, sort) asked for.
    QString m_keysSearch;
    SortKey m_keysSort = SortKey::Name;
    bool m_keysDescending = false;
    bool m_keysValid = false;
    std::vector<qint64> m_keys;
};

} // namespace sd::app
