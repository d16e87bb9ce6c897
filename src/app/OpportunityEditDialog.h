#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "domain/Model.h"
#include "domain/Settings.h"
#include "storage/FunnelChangeRepository.h"
#endif

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sd::app {

// Edits one opportunity: stage (with the exit criteria of the stage it is in: moving past unchecked criteria
// asks for confirmation and is marked in the history), amount, expected close date and forecast category, all
// taking effect on one date. accept() only validates; edits() gives what to apply (EditOpportunity).
class OpportunityEditDialog : public QDialog
{
    Q_OBJECT

public:
    OpportunityEditDialog(const Opportunity& opportunity, ForecastCategory category, const WorkspaceSettings& settings,
                          Date today, QWidget* parent = nullptr);

    // The field changes the user made (empty when nothing changed), valid after accept().
    std::vector<storage::OpportunityEdit> edits() const { return m_edits; }

    void accept() override;
    // "Last changed by X on D" under the opportunity's name (hidden when empty).
    void setLastChange(const QString& text);

private:
    void updateCriteria();
    int stagePosition(const std::string& code) const;

    Opportunity m_opp;
    ForecastCategory m_category;
    WorkspaceSettings m_settings;
    std::vector<storage::OpportunityEdit> m_edits;
    QComboBox* m_stageCombo;
    QLabel* m_criteriaLabel;
    QLabel* m_lastChangeLabel;
    QListWidget* m_criteriaList;
    QLineEdit* m_amountEdit;
    QCheckBox* m_closeCheck;
    QDateEdit* m_closeEdit;
    QComboBox* m_categoryCombo;
    QDateEdit* m_effectiveEdit;
    QDialogButtonBox* m_buttons;
};

} // namespace sd::app
