#pragma once

#include <QDialog>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sd {
struct Opportunity;
}

namespace sd::app {

struct FunnelViewData;
class WorkspaceDocument;

// The opportunities behind a number of the Funnel section (largest amount first, at most kMaxRows shown), with
// the selected one's change history and an Edit button (OpportunityEditDialog → EditOpportunity on the undo stack).
class FunnelDrillDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 5000;
    enum Column
    {
        IdColumn,
        NameColumn,
        CustomerColumn,
        OwnerColumn,
        StageColumn,
        AmountColumn,
        CloseColumn,
        CreatedColumn,
        ColumnCount
    };

    // `data` owns the rows the pointers point into and gives the names.
    FunnelDrillDialog(WorkspaceDocument* document, const QString& title, std::vector<const Opportunity*> deals,
                      std::shared_ptr<const FunnelViewData> data, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The ids listed, in the table's order.
    QStringList ids() const;
    // Opens the edit dialog for a row (the Edit button, a double-click).
    void editRow(int row);

private:
    void showHistory();
    // Fills a row from the view's data, or from the database after an edit.
    void refreshRow(int row, bool fromDatabase);

    WorkspaceDocument* m_document;
    std::vector<const Opportunity*> m_deals;
    std::shared_ptr<const FunnelViewData> m_data;
    QLabel* m_countLabel;
    QTableWidget* m_table;
    QTableWidget* m_history;
    QPushButton* m_editButton;
};

} // namespace sd::app
