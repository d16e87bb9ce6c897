#pragma once

#ifndef Q_MOC_RUN
#include "domain/Settings.h"
#endif

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace sd::app {

// Edits the workspace's incentive plans as their workspace-JSON text (`incentive_plans`, INTERCHANGE.md): OK is
// accepted only when the plans parse and pass the plan validation (tiers ascending, rates within 0–100 %, …); every
// problem is listed with its JSON path, and nothing changes until they are fixed.
class IncentivePlanEditor : public QDialog
{
    Q_OBJECT

public:
    IncentivePlanEditor(const WorkspaceSettings& settings, QWidget* parent = nullptr);

    // The settings with the edited plans, after accept().
    const std::optional<WorkspaceSettings>& result() const { return m_result; }
    // Checks the text; fills result() and returns true when it is valid, else shows the problems.
    bool check();

    void accept() override;

private:
    WorkspaceSettings m_settings;
    std::optional<WorkspaceSettings> m_result;
    QPlainTextEdit* m_edit;
    QLabel* m_errors;
};

} // namespace sd::app
