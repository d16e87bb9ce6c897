#pragma once

#ifndef Q_MOC_RUN
#include "domain/Settings.h"
#endif

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd::app {

// The workspace's incentive plans (edited through IncentivePlanEditor, "Edit plans…"): each plan version (role, level,
// period kind, effective from) with its components (tiers, threshold, cap, multipliers; bonus steps; prizes; grade
// coefficients), and the result of the plan validation (tiers not ascending, a rate above 100%, … named with plan and
// component).
class IncentivePlansWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IncentivePlansWidget(QWidget* parent = nullptr);

    void setSettings(const WorkspaceSettings& settings);
    void retranslateUi();

Q_SIGNALS:
    void editRequested();

private:
    void rebuild();

    WorkspaceSettings m_settings;
    QLabel* m_validationLabel;
    QPushButton* m_editButton;
    QTreeWidget* m_tree;
};

} // namespace sd::app
