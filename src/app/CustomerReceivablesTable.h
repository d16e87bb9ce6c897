#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace sd::app {

// A read-only table model whose cells are made when the view asks for them: the receivables page lists 100k+
// customers on the large workspace, too many to format up front.
class CustomerReceivablesTable : public QAbstractTableModel
{
public:
    using Cell = std::function<QVariant(int row, int column, int role)>;
    using QAbstractTableModel::QAbstractTableModel;

    void reset(int rows, QStringList headers, Cell cell)
    {
        beginResetModel();
        m_rows = rows;
        m_headers = std::move(headers);
        m_cell = std::move(cell);
        endResetModel();
    }
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return m_cell && index.isValid() ? m_cell(index.row(), index.column(), role) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
            return m_headers[section];
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    int m_rows = 0;
    QStringList m_headers;
    Cell m_cell;
};

} // namespace sd::app
