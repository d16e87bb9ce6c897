#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd {
struct Opportunity;
}

namespace sd::app {

struct FunnelViewData;
class WorkspaceDocument;

// The forecast tab of the Funnel section: per rep under the owner, the weighted forecast (SPEC §4) and the open
// amounts in commit and best case, next to the rep's forecast submission for a period and the manager's adjustment,
// each with who and when. A rep's figure is submitted and a manager adjusts it from the form below the table; both
// are undoable (FunnelForecastEdit).
class FunnelForecastWidget : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        RepColumn,
        TeamColumn,
        WeightedColumn,
        CommitColumn,
        BestCaseColumn,
        SubmittedColumn,
        SubmittedByColumn,
        AdjustedColumn,
        AdjustedByColumn,
        InForceColumn,
        ColumnCount
    };

    explicit FunnelForecastWidget(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~FunnelForecastWidget() override;

    void setData(std::shared_ptr<const FunnelViewData> data);
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summaryLabel; }
    QLabel* messageLabel() const { return m_messageLabel; }
    // The period the submissions are for ("2026Q4"); the fiscal quarters of the as-of date's year and the year.
    QString period() const;
    bool setPeriod(const QString& label);
    bool selectRep(const QString& repId);
    // What the buttons do with the selected rep and the amount typed; false when refused (the reason in the label).
    bool submitSelected();
    bool adjustSelected();
    // Reads the period's submissions again (after an edit, its undo or redo).
    void reload();

Q_SIGNALS:
    void drillDown(const QString& title, const std::vector<const sd::Opportunity*>& deals);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillPeriods();
    bool change(bool adjust);

    WorkspaceDocument* m_document;
    std::shared_ptr<const FunnelViewData> m_data;
    int m_periodsYear = 0;
    QLabel* m_periodLabel;
    QComboBox* m_periodCombo;
    QLabel* m_summaryLabel;
    QTableWidget* m_table;
    QLabel* m_amountLabel;
    QLineEdit* m_amountEdit;
    QPushButton* m_submitButton;
    QPushButton* m_adjustButton;
    QLabel* m_messageLabel;
};

} // namespace sd::app
