#pragma once

#ifndef Q_MOC_RUN
#include "app/IncentiveCalculation.h"
#endif

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace sd::app {

class IncentiveLeaderboardWidget;
class IncentivePayoutModel;
class IncentivePlansWidget;
class IncentiveStatementView;
class IncentiveWhatIfWidget;
class WorkspaceDocument;

// The Incentives section (销售激励): a period selector and Calculate (on a worker thread, with progress), the team's
// payouts, a rep's statement with its explanation and lifecycle (review, approve, the difference when an approved
// statement would change), what-if, contest leaderboards, the plans, and the payroll xlsx / statement PDF exports.
class IncentivesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncentivesPanel(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~IncentivesPanel() override;

    // Calculates the period typed in the period selector (returns at once; calculationFinished() tells the end).
    void calculate();
    bool isCalculating() const { return m_running; }
    std::shared_ptr<const IncentiveResult> result() const { return m_result; }
    // Selects a rep in the payouts table (and the what-if).
    void selectRep(const std::string& repId);

Q_SIGNALS:
    void calculationFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void fillPeriods();
    void workspaceReset();
    void startCalculation(std::shared_ptr<const Dataset> data, const Period& period);
    void finishCalculation(quint64 generation, std::shared_ptr<IncentiveResult> result, const QString& error);
    void showResult();
    void showCurrentStatement();
    void updateSummary();
    void changeState(int row, int action);
    void statementChanged(const StatementSnapshot& s);
    void editPlans();
    void exportXlsx();
    void exportPdfs();

    WorkspaceDocument* m_document;
    std::shared_ptr<IncentiveResult> m_result;
    bool m_running = false;
    bool m_pendingCalculation = false;
    bool m_shownOnce = false;
    bool m_recalcQueued = false;
    quint64 m_generation = 0;

    QLabel* m_titleLabel;
    QLabel* m_periodLabel;
    QComboBox* m_periodCombo;
    QPushButton* m_calculateButton;
    QProgressBar* m_progressBar;
    QLabel* m_statusLabel;
    QPushButton* m_exportXlsxButton;
    QPushButton* m_exportPdfButton;
    QTabWidget* m_tabs;
    QTableView* m_payoutView;
    IncentivePayoutModel* m_payoutModel;
    QLabel* m_summaryLabel;
    IncentiveStatementView* m_statementView;
    IncentiveWhatIfWidget* m_whatIf;
    IncentiveLeaderboardWidget* m_leaderboard;
    IncentivePlansWidget* m_plans;
};

} // namespace sd::app
