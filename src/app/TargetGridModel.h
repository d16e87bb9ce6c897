#pragma once

#ifndef Q_MOC_RUN
#include "app/TargetGrid.h"
#endif

#include <QAbstractItemModel>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace sd::app {

// The Targets view's tree: org rows down to reps, columns name, responsible person, the periods (year, quarters,
// months, weeks on demand), bottom-up, gap, actual and attainment. Period cells of draft targets are editable;
// an edit is not applied here but announced (editRequested) so the panel can push an undoable command.
class TargetGridModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum FixedColumn
    {
        NameColumn = 0,
        ResponsibleColumn = 1,
        FirstPeriodColumn = 2
    };
    // Attainment as permille (int) for the bar delegate; nothing when there is none.
    static constexpr int AttainmentPermilleRole = Qt::UserRole + 1;
    // The allocation state of a cell with children: -1 under, 0 balanced, 1 over.
    static constexpr int AllocationRole = Qt::UserRole + 2;

    explicit TargetGridModel(QObject* parent = nullptr);

    void setGrid(std::shared_ptr<const TargetGrid> grid);
    const TargetGrid* grid() const { return m_grid.get(); }
    // Year-to-date actuals by owner ("unit:ID"/"rep:ID"), from the actuals engine; empty until computed.
    void setActuals(std::unordered_map<std::string, std::int64_t> actuals);
    void setNames(std::unordered_map<std::string, QString> repNames) { m_repNames = std::move(repNames); }
    void setCurrency(const QString& currency) { m_currency = currency; }
    // "Last changed by X on D" of a target node, appended to its cell's tooltip (asked when the tooltip shows).
    void setLastChangeSource(std::function<QString(const TargetKey&)> source) { m_lastChange = std::move(source); }

    int bottomUpColumn() const;
    int gapColumn() const { return bottomUpColumn() + 1; }
    int actualColumn() const { return bottomUpColumn() + 2; }
    int attainmentColumn() const { return bottomUpColumn() + 3; }
    // The grid row of an index, and the period column of a model column (nullopt outside the periods).
    int rowFromIndex(const QModelIndex& index) const;
    std::optional<int> periodFromColumn(int column) const;
    QModelIndex indexFromRow(int row, int column = 0) const;

    // "1,234.50" for money metrics, "12" for new_customers.
    QString amountText(std::int64_t value) const;
    // Reads what the user typed (the locale's separators or plain "1234.50"); nullopt when it is not an amount.
    std::optional<std::int64_t> parseAmount(const QString& text) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRequested(int row, int periodColumn, qint64 amount);
    // A rep's bottom-up figure for the year typed into the Bottom-up column (-1: withdrawn).
    void submitRequested(int row, qint64 amount);
    // An edit that cannot be made (an approved target, a malformed amount): the message says what and where.
    void editRefused(const QString& message);

private:
    QString periodTitle(int periodColumn) const;
    QString cellTooltip(int row, int periodColumn) const;

    std::shared_ptr<const TargetGrid> m_grid;
    std::function<QString(const TargetKey&)> m_lastChange;
    std::vector<int> m_roots;
    std::unordered_map<std::string, std::int64_t> m_actuals;
    std::unordered_map<std::string, QString> m_repNames;
    QString m_currency;
};

} // namespace sd::app
