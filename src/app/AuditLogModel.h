#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "storage/AuditLog.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace sd::app {

class WorkspaceDocument;

// The audit log as a read-only table, fetched a page at a time as the view scrolls (a workspace's log grows without
// bound), filtered and sorted in SQL. Nothing in it is editable: the log is append-only.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, User, Entity, Id, Action, Before, After, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit AuditLogModel(WorkspaceDocument* document, QObject* parent = nullptr);

    void setFilter(const storage::AuditFilter& filter);
    const storage::AuditFilter& filter() const { return m_filter; }
    // Rows the filter keeps in the whole log (the view holds only the pages fetched so far).
    long long totalCount() const { return m_total; }
    // Reads the count and the first page again (after a change, a new filter or sort).
    void refresh();
    // The entity code shown translated ("stage" → "Stage").
    static QString entityLabel(const QString& code);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    WorkspaceDocument* m_document;
    storage::AuditFilter m_filter;
    storage::AuditColumn m_sortColumn = storage::AuditColumn::At;
    bool m_ascending = false; // newest first
    long long m_total = 0;
    std::vector<storage::AuditEntry> m_rows;
};

} // namespace sd::app
