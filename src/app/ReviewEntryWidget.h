#pragma once

#ifndef Q_MOC_RUN
#include "app/ReviewValidation.h"
#include "domain/AppraisalCycle.h"
#include "storage/ReviewRepository.h"
#endif

#include <QWidget>

#include <memory>
#include <string>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sd::app {

struct ScoredAppraisal;
class WorkspaceDocument;

// Entering a rep's 360-degree reviews for the shown quarter (SPEC §6): the stored reviews (kind, reviewer, score,
// comment), a form with the reviewer kind, the reviewer, the score 0–100 beside the behaviour-anchored scale (a
// level's score is 20 × level; a click on a level fills it in) and a comment. Every add, change and delete is
// checked first (a clear message, nothing written when wrong or when the appraisal is signed off) and pushed as an
// undoable ReviewChangeCommand; the appraisal is then scored again. Holds the scored quarter it shows (shared),
// never a pointer into a result that a new scoring replaces.
class ReviewEntryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewEntryWidget(WorkspaceDocument* document, QWidget* parent = nullptr);

    // Shows `repId` of the scored quarter (null or an empty id clears) with its cycle record.
    void setSubject(std::shared_ptr<const ScoredAppraisal> scored, const std::string& repId,
                    const AppraisalRecord& record);
    // Reads the stored reviews again (after an edit, its undo or redo).
    void reload();
    const std::vector<storage::ReviewEntry>& entries() const { return m_entries; }

    // The edits; false (with a message) when refused. `row` is a row of the reviews table.
    bool addReview(const ReviewInput& input);
    bool updateReview(int row, const ReviewInput& input);
    bool removeReview(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    bool commit(std::vector<storage::ReviewEntry> after, const std::string& detail, const QString& text);
    bool refusedWhenLocked();
    std::optional<storage::ReviewEntry> checked(const ReviewInput& input);
    ReviewInput formInput() const;
    void fillTable();
    void fillAnchors();
    void fillKinds();
    void loadRowIntoForm(int row);
    void updateReviewerName();
    void updateEnabled();

    WorkspaceDocument* m_document;
    std::shared_ptr<const ScoredAppraisal> m_scored;
    std::string m_repId;
    AppraisalRecord m_record;
    std::vector<storage::ReviewEntry> m_entries;

    QLabel* m_subjectLabel;
    QTableWidget* m_table;
    QGroupBox* m_formBox;
    QLabel* m_kindLabel;
    QComboBox* m_kindCombo;
    QLabel* m_reviewerLabel;
    QLineEdit* m_reviewerEdit;
    QLabel* m_reviewerNameLabel;
    QLabel* m_scoreLabel;
    QLineEdit* m_scoreEdit;
    QLabel* m_commentLabel;
    QPlainTextEdit* m_commentEdit;
    QGroupBox* m_anchorBox;
    QListWidget* m_anchorList;
    QPushButton* m_addButton;
    QPushButton* m_updateButton;
    QPushButton* m_removeButton;
    QLabel* m_lockedLabel;
};

} // namespace sd::app
