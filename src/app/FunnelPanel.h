#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTimer;

namespace sd {
struct Dataset;
class DatasetIndex;
struct Opportunity;
} // namespace sd

namespace sd::app {

class FunnelForecastWidget;
class FunnelOverviewWidget;
struct FunnelViewData;
class WeeklyReviewWidget;
class WorkspaceDocument;

// The Funnel section (销售漏斗): filters (owner over the org tree, window from/to, as-of date) above three tabs, the
// funnel (FunnelOverviewWidget), the weekly review (WeeklyReviewWidget) and the forecast (FunnelForecastWidget). The
// figures are computed on a worker thread from the shared dataset (DatasetCache), so the large workspace never freezes
// the window; a double-click on a number opens the opportunities behind it (FunnelDrillDialog), where they can be
// edited with undo.
class FunnelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelPanel(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~FunnelPanel() override;

    FunnelOverviewWidget* overview() const { return m_overview; }
    WeeklyReviewWidget* weeklyReview() const { return m_weekly; }
    FunnelForecastWidget* forecast() const { return m_forecast; }
    std::shared_ptr<const FunnelViewData> viewData() const { return m_data; }
    bool isComputing() const { return m_computing; }
    // Selects an owner ("unit:ID" / "rep:ID") in the owner filter; false when it is not in the list.
    bool setOwner(const QString& owner);

Q_SIGNALS:
    // A computation finished and the view shows it.
    void viewUpdated();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void datasetArrived();
    void fillOwners();
    void scheduleCompute();
    void compute();
    void finishCompute(quint64 generation, std::shared_ptr<const FunnelViewData> data, const QString& error);
    void openDrill(const QString& title, const std::vector<const sd::Opportunity*>& deals);

    WorkspaceDocument* m_document;
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const DatasetIndex> m_index;
    std::shared_ptr<const FunnelViewData> m_data;
    quint64 m_generation = 0;
    bool m_computing = false;
    bool m_datesSet = false;
    bool m_ownersFilled = false;
    bool m_withCoverage = false; // the dataset holds orders and targets
    bool m_refreshWhenShown = false; // data or settings changed while the panel was hidden
    QLabel* m_ownerLabel;
    QComboBox* m_ownerCombo;
    QLabel* m_fromLabel;
    QDateEdit* m_fromEdit;
    QLabel* m_toLabel;
    QDateEdit* m_toEdit;
    QLabel* m_asOfLabel;
    QDateEdit* m_asOfEdit;
    QLabel* m_statusLabel;
    QTabWidget* m_tabs;
    FunnelOverviewWidget* m_overview;
    WeeklyReviewWidget* m_weekly;
    FunnelForecastWidget* m_forecast;
    QTimer* m_computeTimer;
};

} // namespace sd::app
