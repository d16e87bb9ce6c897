#pragma once

#ifndef Q_MOC_RUN
#include "domain/AppraisalCycle.h"
#include "domain/Appraisal.h"
#endif

#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sd::app {

struct ScoredAppraisal;

// A rep's appraisal: every item's actual, target, attainment, score and the rule that produced it, a chart of the
// scores by balanced-scorecard perspective, the 360 breakdown, and the workflow (state, comments, calibration,
// sign-off, reopening, the trail). The actions are signals; the panel carries them out as undoable edits.
class AppraisalDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AppraisalDetailWidget(QWidget* parent = nullptr);

    // Shows a rep of the scored quarter (null or a rep not in it clears) with its record and trail. Keeps the
    // scored quarter alive while shown and finds the rep's scorecard in it by id.
    void display(std::shared_ptr<const ScoredAppraisal> scored, const std::string& repId,
                 const AppraisalRecord& record, const std::vector<AppraisalEvent>& trail);
    // Adds the 360-degree review entry as the third tab.
    void setReviewEntry(QWidget* entry);
    // "Last changed by X on D" of the record, as the workflow state's tooltip (empty: none recorded).
    void setLastChange(const QString& text);
    void showWorkflowTab();
    void showReviewTab();
    void retranslateUi();

Q_SIGNALS:
    void advanceRequested();
    void selfCommentRequested(const QString& text);
    void managerCommentRequested(const QString& text);
    void calibrateRequested(const QString& grade, const QString& reason);
    void reopenRequested(const QString& reason);

private:
    void fillItems();
    void fillChart();
    void fill360();
    void fillWorkflow();

    const RepScorecard* card() const;

    std::shared_ptr<const ScoredAppraisal> m_scored;
    std::optional<std::size_t> m_cardIndex; // the rep's scorecard in m_scored->result.reps
    AppraisalRecord m_record;
    std::vector<AppraisalEvent> m_trail;

    QLabel* m_headerLabel;
    QTabWidget* m_tabs;
    QTableWidget* m_itemsTable;
    QChartView* m_perspectiveChart;
    QTableWidget* m_review360Table;
    QLabel* m_review360Label;
    QLabel* m_stateLabel;
    QPushButton* m_advanceButton;
    QPlainTextEdit* m_selfCommentEdit;
    QPushButton* m_saveSelfCommentButton;
    QPlainTextEdit* m_managerCommentEdit;
    QPushButton* m_saveManagerCommentButton;
    QComboBox* m_gradeCombo;
    QLineEdit* m_calibrationReasonEdit;
    QPushButton* m_calibrateButton;
    QLineEdit* m_reopenReasonEdit;
    QPushButton* m_reopenButton;
    QListWidget* m_trailList;
    QLabel* m_selfLabel;
    QLabel* m_managerLabel;
    QLabel* m_calibrationLabel;
    QLabel* m_reopenLabel;
    QLabel* m_trailLabel;
    QLabel* m_perspectiveTitle;
    QLabel* m_review360Title;
};

} // namespace sd::app
