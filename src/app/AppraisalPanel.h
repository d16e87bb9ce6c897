#pragma once

#ifndef Q_MOC_RUN
#include "domain/AppraisalCycle.h"
#endif

#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sd::app {

class AppraisalDetailWidget;
class AppraisalDistributionChart;
class AppraisalFilterModel;
class AppraisalScoring;
class AppraisalTableModel;
class KpiTemplateDialog;
class ReviewEntryWidget;
struct ScoredAppraisal;
class WorkspaceDocument;

// The Kpi section, the quarterly appraisal: a period selector, the team table (sortable, filtered by text and
// team), the grade distribution against the rule, the selected rep's scorecard and workflow, and the HR export.
// Scores are computed off the GUI thread (AppraisalScoring); every workflow action is an undoable ChangeAppraisal.
class AppraisalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AppraisalPanel(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~AppraisalPanel() override;

    AppraisalScoring* scoring() const { return m_scoring; }
    AppraisalTableModel* model() const { return m_model; }
    AppraisalFilterModel* proxy() const { return m_proxy; }
    AppraisalDetailWidget* detail() const { return m_detail; }
    QTableView* tableView() const { return m_table; }
    AppraisalDistributionChart* distributionChart() const { return m_distribution; }
    ReviewEntryWidget* reviewEntry() const { return m_reviews; }
    // The scored quarter the views show: kept until a new scoring has been shown (the previous one while the
    // quarter is scored again after an edit).
    std::shared_ptr<const ScoredAppraisal> shown() const { return m_shown; }

    // Scores another quarter ("2026Q3").
    void setPeriod(const QString& label);
    QString period() const;
    // Selects a rep in the table and shows its detail; false when not in the table.
    bool selectRep(const std::string& repId);
    std::string currentRepId() const { return m_currentRep; }
    const AppraisalRecord& currentRecord() const;

    // The workflow actions on the current rep; false (with a message) when refused.
    bool advance();
    bool saveSelfComment(const QString& text);
    bool saveManagerComment(const QString& text);
    bool calibrate(const QString& grade, const QString& reason);
    bool reopen(const QString& reason);
    // Exports through a file dialog (DialogHooks) and a BackgroundTask; false when cancelled or failed.
    bool exportXlsx();
    bool exportPdf();
    // Opens the KPI library and template editor (window modal, deleted when closed); nullptr without a workspace.
    KpiTemplateDialog* openKpiTemplates();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillPeriods();
    void onScored();
    void onRecordChanged(const AppraisalRecord& record);
    void showCurrent();
    void updateDistribution();
    void updateStatus();
    bool apply(const std::function<CycleStep(const AppraisalRecord&, const CycleActor&)>& action, const QString& text);
    void refuse(const CycleError& e);

    WorkspaceDocument* m_document;
    AppraisalScoring* m_scoring;
    AppraisalTableModel* m_model;
    AppraisalFilterModel* m_proxy;
    QLabel* m_titleLabel;
    QLabel* m_periodLabel;
    QComboBox* m_periodCombo;
    QLineEdit* m_searchEdit;
    QComboBox* m_teamCombo;
    QPushButton* m_templatesButton;
    QPushButton* m_exportXlsxButton;
    QPushButton* m_exportPdfButton;
    QLabel* m_statusLabel;
    QTableView* m_table;
    AppraisalDistributionChart* m_distribution;
    AppraisalDetailWidget* m_detail;
    ReviewEntryWidget* m_reviews;
    std::shared_ptr<const ScoredAppraisal> m_shown;
    std::string m_currentRep;
    std::map<std::string, AppraisalRecord> m_records;
    AppraisalRecord m_empty;
    QString m_error;
};

} // namespace sd::app
