#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "domain/Appraisal.h"
#include "domain/DailyRecords.h"
#include "domain/TeamLadder.h"
#endif

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>
#include <string>

class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace sd::app {

class CareListWidget;
class CoachingNotesWidget;
class TeamEdits;
class VisitPlanWidget;
class WorkspaceDocument;

// The Team section: the org tree with every rep's role, level, hire date and manager; moving a rep to another
// team (an undoable MoveRep that keeps the past membership); each team's talent ladder (梯队) against the target
// composition as a bar chart; and a rep's training records next to the appraisal gaps they address. The data
// comes from the shared DatasetCache; the ladders and the appraisal engine are built on a worker thread.
// Editing (TeamPanelActions.cpp, every edit undoable through TeamEdits): org units and reps, a rep's training
// records, its visit plan per ISO week next to the activities logged (VisitPlanWidget), its coaching notes
// (CoachingNotesWidget) and its customer-care reminders with a settable number of days (CareListWidget).
class TeamPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TeamPanel(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~TeamPanel() override;

    // Selects a unit or rep in the tree ("unit:ID" / "rep:ID"); false when it is not there.
    bool select(const QString& owner);
    // Moves the selected rep to the team chosen in the combo box from the chosen date (the Move button).
    void moveSelectedRep();
    // The computed ladders (empty until the data is loaded), for tests.
    const std::vector<TeamLadder>& ladders() const;
    bool isReady() const { return m_state != nullptr; }
    void setAsOf(const QDate& date);

    TeamEdits* edits() const { return m_edits; }
    // The daily records as last read (training, coaching notes, visit plans, past memberships).
    const DailyRecords& records() const { return m_records; }
    VisitPlanWidget* visitPlan() const { return m_visitPlan; }
    CoachingNotesWidget* coachingNotes() const { return m_coaching; }
    CareListWidget* careList() const { return m_care; }

    // Org editing on the selected tree item (forms, then TeamEdits).
    void addUnit();
    void editUnit();
    void removeUnit();
    // Deactivates the selected unit as of today (refused, naming the reps and units still active in it) or
    // reactivates it; undoable. Inactive units are left out of the tree unless "Show inactive units" is checked.
    void toggleUnitStatus();
    bool isUnitInactive(const std::string& unitId) const;
    void addRep();
    void editRep();
    // Training of the selected rep; the selected row of the training table for edit / complete / remove.
    void addTraining();
    void editTraining();
    void completeTraining();
    void removeTraining();

Q_SIGNALS:
    // The tree and ladders were rebuilt from fresh data.
    void dataReady();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct State;
    void refresh();
    void startBuild();
    void finishBuild(quint64 generation, std::shared_ptr<const State> state, const QString& error);
    void fillTree();
    void showSelection();
    void showLadder(const std::string& teamId);
    void showTraining(const Rep* rep);
    void retranslateUi();
    void createEditing(QVBoxLayout* treeArea, QVBoxLayout* trainingArea);
    void retranslateEditing();
    void reloadRecords();
    void showRecords(const Rep* rep);
    std::optional<OwnerRef> selectedOwner() const;
    const Rep* selectedRep() const;
    const TrainingRecord* selectedTraining() const;
    void report(const std::optional<QString>& error);

    WorkspaceDocument* m_document;
    TeamEdits* m_edits = nullptr;
    DailyRecords m_records;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_moveLabel = nullptr;
    QComboBox* m_moveTeam = nullptr;
    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_moveDate = nullptr;
    QPushButton* m_moveButton = nullptr;
    QLabel* m_historyLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_ladderLabel = nullptr;
    QLabel* m_gapsLabel = nullptr;
    QTableWidget* m_training = nullptr;
    QPushButton* m_addUnit = nullptr;
    QPushButton* m_editUnit = nullptr;
    QPushButton* m_removeUnit = nullptr;
    QPushButton* m_unitStatus = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QPushButton* m_addRep = nullptr;
    QPushButton* m_editRep = nullptr;
    QPushButton* m_addTraining = nullptr;
    QPushButton* m_editTraining = nullptr;
    QPushButton* m_completeTraining = nullptr;
    QPushButton* m_removeTraining = nullptr;
    VisitPlanWidget* m_visitPlan = nullptr;
    CoachingNotesWidget* m_coaching = nullptr;
    CareListWidget* m_care = nullptr;

    std::shared_ptr<const State> m_state;
    quint64 m_generation = 0;
    bool m_building = false;
    bool m_rebuild = false;
    bool m_waitingForData = false;
    QDate m_asOf = QDate::currentDate();
    std::string m_shownTeam;
};

} // namespace sd::app
