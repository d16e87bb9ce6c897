#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "domain/Settings.h"
#endif

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace sd::app {

// The Settings dialog (ui/SettingsDialog.ui): the workspace's fiscal year start, currency, stall days and sales
// stages, and the application's language. OK is refused while the stages are invalid.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const WorkspaceSettings& settings, const QString& language, bool workspaceOpen,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // The edited settings (valid once accepted).
    WorkspaceSettings settings() const;
    QString language() const;

    // The problems of a stage list, each one line for the user; empty when it is valid: at least one stage, codes
    // non-empty, unique, without spaces and not "won"/"lost", names non-empty, probabilities 0–100 (≤ 6 decimals).
    static QStringList validateStages(const std::vector<StageDef>& stages);

public Q_SLOTS:
    void accept() override;
    void addStage();
    void removeStage();
    void moveStageUp();
    void moveStageDown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillMonths();
    void fillStages(const std::vector<StageDef>& stages);
    // The rows as stages; a probability that does not parse makes the list invalid (reported by validate()).
    std::vector<StageDef> stagesFromTable(QStringList* problems) const;
    bool validate();
    void moveStage(int delta);
    void updateButtons();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    WorkspaceSettings m_original;
};

} // namespace sd::app
