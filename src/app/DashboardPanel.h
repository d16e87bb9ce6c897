#pragma once

#include "app/SectionInfo.h"

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "domain/Dashboard.h"
#include "domain/DashboardSummary.h"
#endif

#include <QDateTime>
#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;

namespace sd {
struct Dataset;
class DatasetIndex;
} // namespace sd

namespace sd::app {

class DashboardSnapshots;
class DashboardTile;
class WorkspaceDocument;

// The Dashboard (home) section: tiles for attainment against target (month, quarter, year to date), the funnel,
// collections and overdue, stalled deals, care reminders and the contest leaderboard, for the owner chosen in the
// filter (company, region, team or rep). The figures are computed on a worker thread from the shared DatasetCache;
// each tile opens the section behind it (openSection). While the workspace's rows load, the figures saved the last
// time (DashboardSnapshots) are shown, marked as such, and replaced once the fresh ones are computed.
class DashboardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPanel(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~DashboardPanel() override;

    // The day the figures are as of (default today; the date edit changes it).
    void setAsOf(const QDate& date);
    // Milliseconds the last computation took (from the loaded data to the filled tiles).
    qint64 lastComputeMs() const { return m_lastComputeMs; }
    // The figures shown, or null before the first computation ended.
    const DashboardFigures* figures() const { return m_figures ? &*m_figures : nullptr; }
    // What the tiles show: the fresh figures' summary, or saved figures (savedAt() valid) while the rows load.
    const DashboardSummary* summary() const { return m_summary ? &*m_summary : nullptr; }
    QDateTime savedAt() const { return m_savedAt; }

Q_SIGNALS:
    // A tile asks for the section behind it.
    void openSection(sd::app::Section section);
    // The collections and overdue tile asks for the Customers section's Receivables page (emitted right after its
    // openSection(Section::Customers)).
    void openReceivables();
    // The tiles were filled (for tests and the benchmark).
    void figuresReady();
    // Figures saved in an earlier session were shown while the rows load.
    void savedFiguresShown();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void startCompute();
    void finishCompute(quint64 generation, std::shared_ptr<const Dataset> data,
                       std::shared_ptr<const DatasetIndex> index, std::shared_ptr<const DailyRecords> records,
                       std::shared_ptr<DashboardContext> context,
                       std::optional<DashboardFigures> figures, const QString& error);
    void showSavedFigures();
    void saveFigures();
    void populateOwners(const std::vector<OrgUnit>& orgUnits, const std::vector<Rep>& reps, const QString& preferred);
    void render();
    void retranslateUi();
    DashboardTile* addTile(const QString& name, Section section, int row, int col);

    WorkspaceDocument* m_document;
    QComboBox* m_ownerCombo = nullptr;
    QDateEdit* m_asOfEdit = nullptr;
    QLabel* m_ownerLabel = nullptr;
    QLabel* m_asOfLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    DashboardTile* m_attainmentTile = nullptr;
    DashboardTile* m_funnelTile = nullptr;
    DashboardTile* m_collectionsTile = nullptr;
    DashboardTile* m_stalledTile = nullptr;
    DashboardTile* m_careTile = nullptr;
    DashboardTile* m_contestTile = nullptr;
    QLabel* m_spanLabels[3] = {};
    QProgressBar* m_revenueBars[3] = {};
    QProgressBar* m_collectionBars[3] = {};
    QLabel* m_revenueHeader = nullptr;
    QLabel* m_collectionHeader = nullptr;
    QLabel* m_funnelLabel = nullptr;
    QLabel* m_collectionsLabel = nullptr;
    QLabel* m_stalledLabel = nullptr;
    QLabel* m_careLabel = nullptr;
    QLabel* m_contestLabel = nullptr;

    std::shared_ptr<const Dataset> m_data;
    std::shared_ptr<const DatasetIndex> m_index;
    std::shared_ptr<const DailyRecords> m_records; // team moves for the units' actuals
    std::shared_ptr<const WorkspaceSettings> m_settings; // the settings m_context was built with
    std::shared_ptr<DashboardContext> m_context;   // engines over m_index, reused while the filter changes
    std::optional<DashboardFigures> m_figures;
    std::optional<DashboardSummary> m_summary;     // what render() shows
    QDateTime m_savedAt;                           // valid while m_summary holds saved figures
    std::unique_ptr<DashboardSnapshots> m_snapshots; // the saved figures: read at the opening, written per view
    quint64 m_generation = 0;
    bool m_computing = false;
    bool m_recompute = false;
    bool m_waitingForData = false;
    QElapsedTimer m_timer;
    qint64 m_lastComputeMs = -1;
};

} // namespace sd::app
