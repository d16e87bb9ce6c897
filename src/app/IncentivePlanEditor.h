#pragma once

#ifndef Q_MOC_RUN
#include "app/PlanRules.h"
#include "domain/Settings.h"
#endif

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace sd::app {

class PlanVersionForm;

// Edits the workspace's incentive plans: pick a plan (role, level, period kind), see its versions by effective-from
// date, edit one in a form (PlanVersionForm), add a version from a date (the past keeps the version it had), add or
// delete versions; the same plans as workspace-JSON text on the "Advanced" tab, kept in sync when switching tabs.
// Every problem names plan, component, field and row (PlanRules); Save is disabled while there is one, and nothing
// changes until they are fixed.
class IncentivePlanEditor : public QDialog
{
    Q_OBJECT

public:
    IncentivePlanEditor(const WorkspaceSettings& settings, QWidget* parent = nullptr);

    // The settings with the edited plans, after accept().
    const std::optional<WorkspaceSettings>& result() const { return m_result; }
    // Checks the plans (the form's, or the JSON text on the Advanced tab); fills result() and returns true when they
    // are valid, else lists the problems and disables Save.
    bool check();
    // Selects the version m_plans[index] in the picker and the form.
    void selectVersion(int index);
    // Adds a copy of the selected version effective from `from` (refused when that plan has a version that day).
    bool addVersionFrom(Date from);

    void accept() override;

private:
    void rebuildPicker(int select);
    void fillVersions(int select);
    void formChanged();
    void tabChanged(int index);
    void addPlan();
    void deleteVersion();
    std::optional<std::vector<IncentivePlan>> parseJson(QStringList& problems) const;
    QString plansJson() const;
    void showProblems(const QStringList& problems);

    WorkspaceSettings m_settings;
    std::vector<IncentivePlan> m_plans; // the working copy the form edits
    int m_current = -1;
    std::vector<PlanProblem> m_formProblems;
    std::optional<WorkspaceSettings> m_result;
    bool m_updating = false;
    int m_shownTab = 0;

    QComboBox* m_planCombo;
    QListWidget* m_versionList;
    QDateEdit* m_newVersionDate;
    QPushButton* m_newVersionButton;
    QPushButton* m_newPlanButton;
    QPushButton* m_deleteButton;
    QTabWidget* m_tabs;
    PlanVersionForm* m_form;
    QPlainTextEdit* m_edit;
    QLabel* m_errors;
    QPushButton* m_saveButton;
};

} // namespace sd::app
