#pragma once

#ifndef Q_MOC_RUN
#include "app/TargetGrid.h"
#endif

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeView;

namespace sd::app {

class AttainmentDelegate;
class DecompositionDialog;
class ReviseTargetDialog;
class TargetResponsibilityDialog;
class TargetGridModel;
class WorkspaceDocument;

// The Targets section (SPEC §3, docs/targets.md): the org tree down to reps against the fiscal year's periods for
// one metric and segment, with totals, over/under-allocation, bottom-up and gap, attainment; draft cells edited in
// place (undoable), decomposition with a preview, approval, revisions with a reason and the kept versions. The grid
// and the actuals are computed off the GUI thread.
class TargetsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsPanel(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~TargetsPanel() override;

    TargetGridModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    QTableWidget* historyTable() const { return m_historyTable; }
    bool isGridReady() const { return m_grid != nullptr && !m_gridRunning; }
    bool actualsReady() const { return m_actualsReady; }

    // Reads the grid again (asynchronously; gridReady() when done).
    void refresh();
    void selectOwner(const OwnerRef& owner, int periodColumn = 0);
    // The actions of the buttons, for tests: each opens its dialog without blocking and returns it.
    DecompositionDialog* openDecomposition();
    ReviseTargetDialog* openRevision();
    TargetResponsibilityDialog* openResponsibility();
    void approveSelected();
    void exportXlsx();

Q_SIGNALS:
    void gridReady();
    void actualsComputed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    TargetGridRequest currentRequest() const;
    void onDataChanged();
    void startGrid();
    void gridBuilt(std::shared_ptr<const TargetGrid> grid, qint64 ms);
    void startActuals();
    void afterWrite();
    void editCell(int row, int periodColumn, qint64 amount);
    void submitBottomUp(int row, qint64 amount);
    void updateSelection();
    void updateHistory();
    // The grid row and period column of the current cell (the year when the name column is current).
    std::optional<std::pair<int, int>> currentCell() const;

    WorkspaceDocument* m_document;
    TargetGridModel* m_model;
    QLabel* m_titleLabel;
    QLabel* m_yearLabel;
    QSpinBox* m_yearSpin;
    QLabel* m_metricLabel;
    QComboBox* m_metricCombo;
    QLabel* m_segmentLabel;
    QComboBox* m_segmentCombo;
    QCheckBox* m_weeksCheck;
    QPushButton* m_decomposeButton;
    QPushButton* m_approveButton;
    QPushButton* m_reviseButton;
    QPushButton* m_responsibilityButton;
    QPushButton* m_exportButton;
    QTreeView* m_tree;
    QLabel* m_historyTitle;
    QLabel* m_historyInfo;
    QTableWidget* m_historyTable;
    QLabel* m_statusLabel;
    QLabel* m_legendLabel;

    std::shared_ptr<const Dataset> m_org;
    std::shared_ptr<const TargetGrid> m_grid;
    std::unordered_map<std::string, std::int64_t> m_actuals;
    std::string m_actualsKey; // metric/segment/year the actuals are for
    bool m_actualsReady = false;
    bool m_actualsRunning = false;
    bool m_gridRunning = false;
    bool m_gridAgain = false;
    bool m_stale = true;
    bool m_selfWrite = false;
    quint64 m_generation = 0;
    qint64 m_gridMs = 0;
    QString m_gridStatus;
    AttainmentDelegate* m_attainmentDelegate = nullptr;
    int m_attainmentColumn = -1; // the status line of the grid, without the actuals' progress
};

} // namespace sd::app
