#pragma once

#ifndef Q_MOC_RUN
#include "app/PlanRules.h"
#include "domain/Settings.h"
#endif

#include <QGroupBox>

#include <vector>

class QComboBox;
class QLineEdit;

namespace sd::app {

class PlanTableEditor;

// One component of a plan version as form fields: a commission's base, mode, threshold, cap, tiers and category
// multipliers; a bonus's metric and steps; a grade bonus's base and coefficients; a contest's metric and prizes.
// component() reads the fields back; a text that is not a number is a problem naming the field and row.
class PlanComponentEditor : public QGroupBox
{
    Q_OBJECT

public:
    PlanComponentEditor(const WorkspaceSettings& settings, PlanComponent::Type type, int index,
                        QWidget* parent = nullptr);

    PlanComponent::Type type() const { return m_type; }
    void setIndex(int index);
    void setComponent(const PlanComponent& c);
    // The component as typed; problems (component index set, plan left -1) for fields that cannot be read.
    PlanComponent component(std::vector<PlanProblem>& problems) const;

    static QString typeName(PlanComponent::Type type);

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    QComboBox* metricCombo(const QString& objectName, const QStringList& codes, bool editable);
    PlanTableEditor* table(const QString& objectName, const QStringList& headers);
    QLineEdit* line(const QString& objectName, const QString& placeholder);

    PlanComponent::Type m_type;
    int m_index = 0;
    PlanComponent m_original; // fields the form does not show are kept
    QComboBox* m_base = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_metric = nullptr;
    QLineEdit* m_threshold = nullptr;
    QLineEdit* m_cap = nullptr;
    QLineEdit* m_gradeBase = nullptr;
    PlanTableEditor* m_tiers = nullptr;
    PlanTableEditor* m_multipliers = nullptr;
    PlanTableEditor* m_steps = nullptr;
    PlanTableEditor* m_coefficients = nullptr;
    PlanTableEditor* m_prizes = nullptr;
};

} // namespace sd::app
