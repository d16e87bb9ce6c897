#include "app/CustomerTableModel.h"

#include "app/Formatting.h"

#include <QLocale>
#include <QPalette>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>

namespace sd::app {

namespace {

CustomerSource::SortKey sortKeyOf(int column)
{
    switch (column) {
    case CustomerTableModel::IdColumn:
        return CustomerSource::SortKey::Id;
    case CustomerTableModel::OwnerColumn:
        return CustomerSource::SortKey::Owner;
    case CustomerTableModel::IndustryColumn:
        return CustomerSource::SortKey::Industry;
    case CustomerTableModel::CreatedOnColumn:
        return CustomerSource::SortKey::CreatedOn;
    case CustomerTableModel::PaymentTermsColumn:
        return CustomerSource::SortKey::PaymentTerms;
    case CustomerTableModel::CreditLimitColumn:
        return CustomerSource::SortKey::CreditLimit;
    default:
        return CustomerSource::SortKey::Name;
    }
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

CustomerTableModel::~CustomerTableModel() = default;

void CustomerTableModel::setSource(std::shared_ptr<CustomerSource> source)
{
    m_source = std::move(source);
    reload();
}

void CustomerTableModel::setCurrency(const QString& currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, CreditLimitColumn), index(m_rowCount - 1, CreditLimitColumn));
}

void CustomerTableModel::setSearch(const QString& search)
{
    const QString trimmed = search.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

void CustomerTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_pagesRead = 0;
    m_rowCount = 0;
    if (m_source) {
        try {
            const long long n = m_source->count(m_search);
            m_rowCount = int(std::min<long long>(n, std::numeric_limits<int>::max()));
        } catch (const std::exception& e) {
            spdlog::error("counting customers: {}", e.what());
        }
    }
    endResetModel();
}

const std::vector<CustomerListRow>* CustomerTableModel::pageFor(int row) const
{
    if (!m_source || row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it != m_pages.end()) {
        m_lru.remove(page);
        m_lru.push_front(page);
        return &it->second;
    }
    std::vector<CustomerListRow> rows;
    try {
        rows = m_source->page(m_search, m_sortKey, m_descending, static_cast<long long>(page) * kPageSize, kPageSize);
    } catch (const std::exception& e) {
        spdlog::error("reading customers: {}", e.what());
    }
    ++m_pagesRead;
    while (static_cast<int>(m_lru.size()) >= kCachedPages) {
        m_pages.erase(m_lru.back());
        m_lru.pop_back();
    }
    m_lru.push_front(page);
    return &(m_pages[page] = std::move(rows));
}

const CustomerListRow* CustomerTableModel::customerFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const std::vector<CustomerListRow>* rows = pageFor(index.row());
    if (!rows)
        return nullptr;
    const size_t offset = size_t(index.row() % kPageSize);
    return offset < rows->size() ? &(*rows)[offset] : nullptr;
}

QModelIndex CustomerTableModel::indexFromCustomer(const std::string& customerId) const
{
    for (const auto& [page, rows] : m_pages) {
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].customer.id == customerId)
                return index(page * kPageSize + int(i), IdColumn);
        }
    }
    return {};
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::ForegroundRole) {
        // Deactivated and merged customers stay listed (their history counts) but are greyed out.
        const CustomerListRow* row = customerFromIndex(index);
        if (row && !row->active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == PaymentTermsColumn || index.column() == CreditLimitColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const CustomerListRow* row = customerFromIndex(index);
    if (!row)
        return {};
    const Customer& c = row->customer;
    const QLocale locale;
    switch (index.column()) {
    case IdColumn:
        return QString::fromStdString(c.id);
    case NameColumn:
        if (row->mergedInto)
            return tr("%1 (merged into %2)").arg(QString::fromStdString(c.name), QString::fromStdString(*row->mergedInto));
        if (!row->active)
            return tr("%1 (inactive)").arg(QString::fromStdString(c.name));
        return QString::fromStdString(c.name);
    case OwnerColumn:
        return QString::fromStdString(row->ownerName.empty() ? c.ownerRepId : row->ownerName);
    case IndustryColumn:
        return c.industry ? QString::fromStdString(*c.industry) : QString();
    case CreatedOnColumn:
        return Formatting::date(c.createdOn, locale);
    case PaymentTermsColumn:
        return tr("%n day(s)", nullptr, c.paymentTermsDays);
    case CreditLimitColumn:
        return c.creditLimit ? Formatting::money(*c.creditLimit, m_currency, locale) : QString();
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case OwnerColumn:
        return tr("Owner");
    case IndustryColumn:
        return tr("Industry");
    case CreatedOnColumn:
        return tr("Customer since");
    case PaymentTermsColumn:
        return tr("Payment terms");
    case CreditLimitColumn:
        return tr("Credit limit");
    default:
        return {};
    }
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const CustomerSource::SortKey key = sortKeyOf(column);
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_sortKey && descending == m_descending)
        return;
    m_sortKey = key;
    m_descending = descending;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_pages.clear();
    m_lru.clear();
    // Rows keep their count; persistent indexes cannot follow a server-side sort, so they are dropped.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace sd::app
