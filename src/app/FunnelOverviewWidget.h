#pragma once

#include <QWidget>

#include <memory>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sd {
struct Opportunity;
struct WorkspaceSettings;
}

namespace sd::app {

class FunnelChart;
class FunnelStageRulesDialog;
struct FunnelViewData;
class WorkspaceDocument;

// The funnel tab of the Funnel section: the funnel chart (by count or amount), the stage table with the
// customer's buying step paired with each stage, the summary figures and the health flags. Double-clicking a
// number opens the opportunities behind it (FunnelDrillDialog).
class FunnelOverviewWidget : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        StageColumn,
        BuyingStepColumn,
        CountColumn,
        AmountColumn,
        WeightedColumn,
        StalledColumn,
        ReachedColumn,
        ConversionColumn,
        DaysColumn,
        ColumnCount
    };

    explicit FunnelOverviewWidget(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~FunnelOverviewWidget() override;

    void setData(std::shared_ptr<const FunnelViewData> data);
    FunnelChart* chart() const { return m_chart; }
    QTableWidget* stageTable() const { return m_stageTable; }
    QTableWidget* summaryTable() const { return m_summaryTable; }
    // Opens the stage rules (stall days, exit criteria) without blocking; OK applies them as an undoable settings
    // change. For the button and tests.
    FunnelStageRulesDialog* openStageRules();
    // The opportunities behind a cell of the stage table (what a double-click lists).
    std::vector<const Opportunity*> dealsAt(int row, int column) const;

Q_SIGNALS:
    // A list of opportunities to show (title, the rows): the panel opens the drill-down dialog.
    void drillDown(const QString& title, const std::vector<const sd::Opportunity*>& deals);

protected:
    void changeEvent(QEvent* event) override;

private:
    // A stage code as the user reads it: its name from the settings, "won" translated.
    static QString stageName(const WorkspaceSettings& settings, const std::string& code);
    void retranslateUi();
    void fill();
    void updateChart();
    void fillCoverage(const QString& currency);
    void stageCellActivated(int row, int column);
    void summaryCellActivated(int row, int column);

    WorkspaceDocument* m_document;
    std::shared_ptr<const FunnelViewData> m_data;
    QLabel* m_chartModeLabel;
    QComboBox* m_chartMode;
    FunnelChart* m_chart;
    QTableWidget* m_stageTable;
    QLabel* m_summaryLabel;
    QTableWidget* m_summaryTable;
    QLabel* m_healthLabel;
    QListWidget* m_healthList;
    QPushButton* m_stageRulesButton;
};

} // namespace sd::app
