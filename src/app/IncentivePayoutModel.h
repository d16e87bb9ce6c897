#pragma once

#ifndef Q_MOC_RUN
#include "app/IncentiveCalculation.h"
#endif

#include <QAbstractTableModel>

#include <memory>
#include <string>
#include <vector>

namespace sd::app {

// The team's payouts for a period: one row per rep (id, name, one column per plan component, total, lifecycle
// state). A component in error shows "error" (in red, the reason as tooltip), never a zero.
class IncentivePayoutModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RepIdColumn,
        NameColumn,
        FirstComponentColumn
    };
    // Custom data roles: the exact amount in cents (qlonglong, null for an error) for tests and sorting.
    enum Role
    {
        CentsRole = Qt::UserRole + 1
    };

    explicit IncentivePayoutModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const IncentiveResult> result);
    // The lifecycle of one rep changed (review, approval, reopen).
    void refreshRow(int row);
    void retranslate();

    int totalColumn() const { return FirstComponentColumn + int(m_keys.size()); }
    int stateColumn() const { return totalColumn() + 1; }
    int rowFromRep(const std::string& repId) const;
    std::string repFromRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Approved", "Approved — differs", …, translated.
    static QString stateText(const StatementReconciliation& r);

private:
    struct Key
    {
        std::string type;
        std::string metric;
        int occurrence = 0;
        bool operator==(const Key&) const = default;
    };
    const ComponentResult* component(int row, const Key& key) const;

    std::shared_ptr<const IncentiveResult> m_result;
    std::vector<Key> m_keys;
};

} // namespace sd::app
