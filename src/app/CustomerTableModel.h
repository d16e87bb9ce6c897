#pragma once

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse the C++20 headers the domain pulls in
#include "app/CustomerSource.h"
#endif

#include <QAbstractTableModel>
#include <QString>

#include <list>
#include <memory>
#include <unordered_map>
#include <vector>

namespace sd::app {

// The customer list as a thin windowed table model over a CustomerSource (KeePassXC's EntryModel style): the row
// count comes from one COUNT, rows are read a page at a time when a view asks for them and a few pages stay cached,
// so 200,000 customers scroll smoothly without ever being loaded whole. Sorting (header click) and searching are
// done by the source (ORDER BY / WHERE), not in memory.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        OwnerColumn,
        IndustryColumn,
        CreatedOnColumn,
        PaymentTermsColumn,
        CreditLimitColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 16;

    explicit CustomerTableModel(QObject* parent = nullptr);
    ~CustomerTableModel() override;

    // Replaces the source (nullptr: an empty model) and reloads.
    void setSource(std::shared_ptr<CustomerSource> source);
    void setCurrency(const QString& currency);
    void setSearch(const QString& search);
    QString search() const { return m_search; }
    // Drops the cache and counts again (after an import, a language change).
    void reload();

    // The customer on the index's row (reads its page when needed); nullptr for an invalid index.
    const CustomerListRow* customerFromIndex(const QModelIndex& index) const;
    // The index of a customer among the rows read so far (column 0); invalid when it is not in a cached page.
    QModelIndex indexFromCustomer(const std::string& customerId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Pages read from the source since the last reload (tests check that the list is not read whole).
    int pagesRead() const { return m_pagesRead; }

private:
    const std::vector<CustomerListRow>* pageFor(int row) const;

    std::shared_ptr<CustomerSource> m_source;
    QString m_search;
    QString m_currency = QStringLiteral("CNY");
    CustomerSource::SortKey m_sortKey = CustomerSource::SortKey::Name;
    bool m_descending = false;
    int m_rowCount = 0;
    // Page number → rows, with the most recently used page at the front of m_lru.
    mutable std::unordered_map<int, std::vector<CustomerListRow>> m_pages;
    mutable std::list<int> m_lru;
    mutable int m_pagesRead = 0;
};

} // namespace sd::app
