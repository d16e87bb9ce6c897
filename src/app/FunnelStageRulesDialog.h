#pragma once

#ifndef Q_MOC_RUN
#include "domain/Settings.h"
#endif

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace sd::app {

// Key-node management of the funnel's stages (基于销售阶段的关键节点管理): per open stage its stall days (empty: the
// workspace's default) and its exit criteria, the checklist asked when a deal moves past it (one per line in the
// cell, or separated by semicolons). OK only when every row is valid; settings() then gives the edited settings.
class FunnelStageRulesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        StageColumn,
        StallDaysColumn,
        CriteriaColumn,
        ColumnCount
    };

    FunnelStageRulesDialog(WorkspaceSettings settings, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* problemLabel() const { return m_problemLabel; }
    // The settings with the rows' rules, or nullopt (and the problems in the label) when a row is invalid.
    std::optional<WorkspaceSettings> edited() const;

    void accept() override;

private:
    void validate();

    WorkspaceSettings m_settings;
    QTableWidget* m_table;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace sd::app
