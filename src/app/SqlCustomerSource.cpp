#include "app/SqlCustomerSource.h"

#include "storage/SqlCustomerRepository.h"

#include <algorithm>

namespace sd::app {

namespace {

storage::CustomerColumn column(CustomerSource::SortKey key)
{
    using storage::CustomerColumn;
    switch (key) {
    case CustomerSource::SortKey::Id:
        return CustomerColumn::Id;
    case CustomerSource::SortKey::Name:
        return CustomerColumn::Name;
    case CustomerSource::SortKey::Owner:
        return CustomerColumn::Owner;
    case CustomerSource::SortKey::Industry:
        return CustomerColumn::Industry;
    case CustomerSource::SortKey::CreatedOn:
        return CustomerColumn::CreatedOn;
    case CustomerSource::SortKey::PaymentTerms:
        return CustomerColumn::PaymentTerms;
    case CustomerSource::SortKey::CreditLimit:
        return CustomerColumn::CreditLimit;
    }
    return CustomerColumn::Name;
}

storage::CustomerFilter filter(const QString& search)
{
    return storage::CustomerFilter{search.trimmed().toStdString(), std::nullopt};
}

// The newest kDetailLimit entries, newest first (the repository lists oldest first).
template <typename T>
std::vector<T> newestFirst(std::vector<T> all)
{
    std::reverse(all.begin(), all.end());
    if (all.size() > std::size_t(SqlCustomerSource::kDetailLimit))
        all.resize(std::size_t(SqlCustomerSource::kDetailLimit));
    return all;
}

CustomerListRow listRow(storage::CustomerRow row)
{
    return CustomerListRow{std::move(row.customer), std::move(row.ownerName), row.status.active,
                           std::move(row.status.mergedInto)};
}

} // namespace

SqlCustomerSource::SqlCustomerSource(storage::Workspace* workspace)
    : m_repository(std::make_unique<storage::SqlCustomerRepository>(*workspace))
{
}

SqlCustomerSource::~SqlCustomerSource() = default;

long long SqlCustomerSource::count(const QString& search)
{
    if (m_keysValid && m_keysSearch == search)
        return static_cast<long long>(m_keys.size());
    return m_repository->count(filter(search));
}

const std::vector<std::string>& SqlCustomerSource::keys(const QString& search, SortKey key, bool descending)
{
    if (m_keysValid && m_keysSearch == search && m_keysSort == key && m_keysDescending == descending)
        return m_keys;
    m_keys = m_repository->orderedIds(filter(search), column(key), !descending);
    m_keysSearch = search;
    m_keysSort = key;
    m_keysDescending = descending;
    m_keysValid = true;
    return m_keys;
}

std::vector<CustomerListRow> SqlCustomerSource::page(const QString& search, SortKey key, bool descending,
                                                     long long offset, int limit)
{
    const std::vector<std::string>& all = keys(search, key, descending);
    if (offset < 0 || offset >= static_cast<long long>(all.size()) || limit <= 0)
        return {};
    const auto first = all.begin() + offset;
    const auto last = all.begin() + std::min<long long>(static_cast<long long>(all.size()), offset + limit);
    std::vector<CustomerListRow> out;
    for (storage::CustomerRow& row : m_repository->rows(std::vector<std::string>(first, last)))
        out.push_back(listRow(std::move(row)));
    return out;
}

std::optional<CustomerDetails> SqlCustomerSource::details(const std::string& customerId)
{
    auto rows = m_repository->rows({customerId});
    if (rows.empty())
        return std::nullopt;
    CustomerDetails d;
    d.row = listRow(std::move(rows.front()));
    d.opportunities = newestFirst(m_repository->opportunities(customerId));
    d.orders = newestFirst(m_repository->orders(customerId));
    d.payments = newestFirst(m_repository->payments(customerId));
    d.activities = newestFirst(m_repository->activities(customerId));
    d.contacts = m_repository->contacts(customerId);
    return d;
}

} // namespace sd::app
