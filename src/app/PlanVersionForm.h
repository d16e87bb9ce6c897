#pragma once

#ifndef Q_MOC_RUN
#include "app/PlanRules.h"
#include "domain/Settings.h"
#endif

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace sd::app {

class PlanComponentEditor;

// One plan version as a form: code, role, level, period (month or quarter), effective from (or always), and its
// components (PlanComponentEditor each), which can be added and removed. plan() reads it back with the problems of
// texts that are not numbers.
class PlanVersionForm : public QWidget
{
    Q_OBJECT

public:
    explicit PlanVersionForm(const WorkspaceSettings& settings, QWidget* parent = nullptr);

    void setPlan(const IncentivePlan& plan);
    IncentivePlan plan(std::vector<PlanProblem>& problems) const;
    std::vector<PlanComponentEditor*> componentEditors() const { return m_components; }

Q_SIGNALS:
    void changed();

private:
    void addComponent(PlanComponent::Type type, const PlanComponent* from);
    void removeComponent(PlanComponentEditor* editor);

    WorkspaceSettings m_settings;
    QLineEdit* m_code;
    QComboBox* m_role;
    QComboBox* m_level;
    QComboBox* m_period;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
    QLabel* m_pastNote;
    QVBoxLayout* m_componentLayout;
    std::vector<PlanComponentEditor*> m_components;
    bool m_filling = false;
};

} // namespace sd::app
