#pragma once

#ifndef Q_MOC_RUN
#include "domain/Dataset.h"
#include "domain/Settings.h"
#endif

#include <QDialog>

#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace sd::app {

// 目标三定 of a target node: who answers for it (a rep active in the fiscal year) and the KPI item it feeds (the
// workspace's KPI definitions, and the four built-in metrics). Optionally for every period and customer segment of
// the owner in the fiscal year. OK only with both chosen.
class TargetResponsibilityDialog : public QDialog
{
    Q_OBJECT

public:
    TargetResponsibilityDialog(const QString& target, const Dataset& org, const WorkspaceSettings& settings,
                               Date yearFirst, Date yearLast, const std::optional<std::string>& responsible,
                               const std::string& kpiCode, int fiscalYear, QWidget* parent = nullptr);

    std::string responsibleRepId() const;
    std::string kpiCode() const;
    bool wholeYear() const;

private:
    void validate();

    QComboBox* m_responsibleCombo;
    QComboBox* m_kpiCombo;
    QCheckBox* m_wholeYearCheck;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace sd::app
