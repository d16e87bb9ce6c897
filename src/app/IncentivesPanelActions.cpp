// IncentivesPanel: the statement lifecycle actions and the exports (the layout and calculation are in
// IncentivesPanel.cpp).

#include "app/IncentivesPanel.h"

#include "app/BackgroundTask.h"
#include "app/ChangeSettings.h"
#include "app/ChangeStatementState.h"
#include "app/DialogHooks.h"
#include "app/IncentivePayoutModel.h"
#include "app/IncentivePlanEditor.h"
#include "app/IncentiveStatementView.h"
#include "app/WorkspaceDocument.h"
#include "domain/Error.h"
#include "io/WorkspaceJson.h"

#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QTableView>
#include <QUndoStack>

#include <filesystem>

namespace sd::app {

void IncentivesPanel::changeState(int row, int action)
{
    if (!m_result || row < 0 || row >= int(m_result->lifecycle.size()))
        return;
    const StatementSnapshot& stored = m_result->lifecycle[size_t(row)].keep;
    StatementSnapshot after;
    QString text;
    try {
        switch (action) {
        case 0:
            after = reviewStatement(stored, currentUser(), nowStamp());
            text = tr("Review Statement %1").arg(QString::fromStdString(stored.repId));
            break;
        case 1:
            after = approveStatement(stored, currentUser(), nowStamp());
            text = tr("Approve Statement %1").arg(QString::fromStdString(stored.repId));
            break;
        default:
            after = reopenStatement(stored, m_result->calculated[size_t(row)]);
            text = tr("Reopen Statement %1").arg(QString::fromStdString(stored.repId));
            break;
        }
    } catch (const DomainError& e) {
        DialogHooks::warning(this, tr("Incentive statement"), QString::fromStdString(e.what()));
        return;
    }
    QPointer<IncentivesPanel> self(this);
    m_document->undoStack()->push(
        new ChangeStatementState(m_document, stored, after, text, [self](const StatementSnapshot& s) {
            if (self)
                self->statementChanged(s);
        }));
}

void IncentivesPanel::statementChanged(const StatementSnapshot& s)
{
    if (!m_result || s.period != m_result->period.label())
        return;
    const int row = m_result->indexOf(s.repId);
    if (row < 0)
        return;
    const StatementSnapshot& calculated = m_result->calculated[size_t(row)];
    StatementReconciliation& r = m_result->lifecycle[size_t(row)];
    r.keep = s;
    r.storedTotalCents = s.totalCents;
    r.calculatedTotalCents = calculated.totalCents;
    if (sameFigures(s, calculated)) {
        r.outcome = StatementReconciliation::Outcome::Unchanged;
        r.differences.clear();
    } else {
        // Only an approved statement keeps figures other than the calculation's (undoing a reopen).
        r.outcome = StatementReconciliation::Outcome::Differs;
        r.differences = compareSnapshots(s, calculated);
    }
    m_payoutModel->refreshRow(row);
    if (m_payoutView->currentIndex().row() == row)
        m_statementView->setStatement(m_result, row);
}

void IncentivesPanel::editPlans()
{
    if (!m_document->isOpen())
        return;
    auto* editor = new IncentivePlanEditor(m_document->settings(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        if (!editor->result() || !m_document->isOpen())
            return;
        WorkspaceSettings after = m_document->settings();
        after.incentivePlans = editor->result()->incentivePlans;
        if (io::writeWorkspaceJson(after) == io::writeWorkspaceJson(m_document->settings()))
            return; // nothing changed: no undo step
        // One undoable step; the view recalculates (on a worker thread) on settingsChanged.
        auto* command = new ChangeSettings(m_document, m_document->settings(), std::move(after));
        command->setText(tr("Edit Incentive Plans"));
        m_document->undoStack()->push(command);
    });
    editor->open();
}

void IncentivesPanel::exportXlsx()
{
    if (!m_result || m_result->payroll.statements.empty())
        return;
    const QString period = QString::fromStdString(m_result->period.label());
    const QString path = DialogHooks::saveFileName(
        this, tr("Export payroll"), QDir::home().filePath(QStringLiteral("incentive-payroll-%1.xlsx").arg(period)),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const std::shared_ptr<const IncentiveResult> result = m_result;
    const auto error = BackgroundTask::run(
        this, tr("Export payroll"), tr("Writing the payroll workbook…"),
        [result, path](BackgroundTask::Context&) { io::writePayrollXlsx(path.toStdString(), result->payroll); });
    if (error)
        DialogHooks::warning(this, tr("Export payroll"), tr("The payroll could not be written: %1").arg(*error));
    else
        m_statusLabel->setText(tr("Payroll written to %1").arg(QDir::toNativeSeparators(path)));
}

void IncentivesPanel::exportPdfs()
{
    if (!m_result || m_result->payroll.statements.empty())
        return;
    const QString dir = DialogHooks::existingDirectory(this, tr("Export statements"), QDir::homePath());
    if (dir.isEmpty())
        return;
    const std::shared_ptr<const IncentiveResult> result = m_result;
    const auto error = BackgroundTask::run(
        this, tr("Export statements"), tr("Writing one PDF statement per rep…"),
        [result, dir](BackgroundTask::Context& ctx) {
            const auto& statements = result->payroll.statements;
            for (size_t i = 0; i < statements.size() && !ctx.cancel.load(); ++i) {
                const std::string file = io::statementFileName(result->payroll.period, statements[i].repId);
                io::writeStatementPdf((std::filesystem::path(dir.toStdString()) / file).string(), result->payroll, i);
                ctx.progress(double(i + 1) / double(statements.size()));
            }
        });
    if (error)
        DialogHooks::warning(this, tr("Export statements"), tr("The statements could not be written: %1").arg(*error));
    else if (!BackgroundTask::lastRunCancelled())
        m_statusLabel->setText(tr("%n statement(s) written to %1", nullptr, int(result->payroll.statements.size()))
                                   .arg(QDir::toNativeSeparators(dir)));
}

} // namespace sd::app
