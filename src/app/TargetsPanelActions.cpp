// The Targets section's actions: in-place draft edits, decomposition, approval, revision, export.

#include "app/TargetsPanel.h"

#include "app/BackgroundTask.h"
#include "app/DecompositionDialog.h"
#include "app/DialogHooks.h"
#include "app/ReviseTargetDialog.h"
#include "app/StaleEditMessage.h"
#include "app/TargetCommands.h"
#include "app/TargetGridExport.h"
#include "app/TargetGridModel.h"
#include "app/TargetResponsibilityDialog.h"
#include "app/WorkspaceDocument.h"
#include "domain/Money.h"
#include "storage/RowVersion.h"
#include "storage/SqlTargetPlanRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QUndoStack>

#include <set>

namespace sd::app {

namespace {

// Throws StaleEdit when the stored draft `p` is not what `shown` displayed for it: another figure, or a row the grid
// did not have. Only the grid's own segment can be compared; the other segments are approved as stored.
void refuseIfChangedSinceShown(const TargetGrid& shown, const TargetPlan& p, storage::SqlTargetPlanRepository& repo)
{
    if (p.key.segment != shown.request().segment)
        return;
    const int row = shown.rowOf(p.key.owner);
    if (row < 0)
        return;
    for (int column = 0; column < int(shown.periods().size()); ++column) {
        if (shown.periods()[std::size_t(column)].label() != p.key.period)
            continue;
        const TargetGridCell& c = shown.cell(row, column);
        const std::optional<std::int64_t> seen = c.explicitRow ? c.amount : std::nullopt;
        if (seen == p.amount)
            return;
        const storage::VersionedRow versioned = storage::targetPlanRow(p.key);
        const auto last = storage::lastChange(repo.database(), versioned);
        throw storage::StaleEdit(versioned.entity, p.key.toString(), 0, 0,
                                 "draft " + (isMoneyMetric(p.key.metric) ? Money::fromCents(*p.amount).toString()
                                                                         : std::to_string(*p.amount)),
                                 last ? last->by : std::string(), last ? last->at : std::string());
    }
}

} // namespace

void TargetsPanel::editCell(int row, int periodColumn, qint64 amount)
{
    if (!m_grid)
        return;
    const TargetKey key = m_grid->keyOf(row, periodColumn);
    const FiscalCalendar cal = m_document->settings().calendar();
    const Period year = Period::year(m_grid->request().fiscalYear);
    const auto responsible
        = defaultResponsible(key.owner, m_org->orgUnits, m_org->reps, year.firstDay(cal), year.lastDay(cal));
    std::vector<TargetPlan> drafts{
        TargetPlan{key, amount, TargetState::Draft, responsible, defaultKpiCode(key.metric), std::nullopt, 0}};
    m_document->undoStack()->push(new SaveTargetDrafts(m_document, window(), std::move(drafts),
                                                       tr("Edit target %1").arg(QString::fromStdString(key.toString())),
                                                       [this] { afterWrite(); }));
}

void TargetsPanel::submitBottomUp(int row, qint64 amount)
{
    if (!m_grid)
        return;
    const TargetKey key = m_grid->keyOf(row, 0);
    const std::optional<std::int64_t> after = amount < 0 ? std::nullopt : std::optional<std::int64_t>(amount);
    m_document->undoStack()->push(new SubmitBottomUp(
        m_document, window(), key, m_grid->cell(row, 0).submitted, after,
        tr("Submit bottom-up figure of %1").arg(QString::fromStdString(key.toString())), [this] { afterWrite(); }));
}

DecompositionDialog* TargetsPanel::openDecomposition()
{
    if (!m_grid)
        return nullptr;
    auto cell = currentCell();
    int row = cell ? cell->first : (m_grid->roots().empty() ? -1 : m_grid->roots().front());
    if (row < 0)
        return nullptr;
    const TargetGridRow& r = m_grid->rows()[static_cast<std::size_t>(row)];
    if (r.owner.kind == OwnerKind::Rep || r.children.empty()) {
        DialogHooks::information(
            this, tr("Targets"),
            tr("%1 has no one below it to decompose to: select a unit.").arg(QString::fromStdString(r.name)));
        return nullptr;
    }
    const TargetGridCell& yearCell = m_grid->cell(row, 0);
    auto* dialog
        = new DecompositionDialog(m_document, r.owner, QString::fromStdString(r.name), m_grid->request().metric,
                                  m_grid->request().fiscalYear, yearCell.amount, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOrganisation(m_org);
    const bool ownerHadTarget = yearCell.explicitRow;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ownerHadTarget, name = r.name] {
        auto drafts = dialog->drafts(ownerHadTarget);
        if (drafts.empty())
            return;
        m_document->undoStack()->push(new SaveTargetDrafts(
            m_document, window(), std::move(drafts), tr("Decompose the target of %1").arg(QString::fromStdString(name)),
            [this] { afterWrite(); }));
    });
    dialog->open();
    return dialog;
}

void TargetsPanel::approveSelected()
{
    if (!m_grid)
        return;
    auto cell = currentCell();
    const int row = cell ? cell->first : (m_grid->roots().empty() ? -1 : m_grid->roots().front());
    if (row < 0)
        return;
    const TargetGridRow& r = m_grid->rows()[static_cast<std::size_t>(row)];
    const TargetGridRequest req = m_grid->request();
    if (!DialogHooks::question(this, tr("Approve targets"),
                               tr("Approve every draft %1 target of %2 and the units and reps below it for fiscal year "
                                  "%3 (all periods and customer segments)?\n\nApproved targets are locked: a change "
                                  "then needs a revision with a reason.")
                                   .arg(m_metricCombo->currentText(), QString::fromStdString(r.name))
                                   .arg(req.fiscalYear)))
        return;
    std::set<std::string> owners;
    for (int i : m_grid->subtree(row))
        owners.insert(m_grid->rows()[static_cast<std::size_t>(i)].owner.toString());
    std::shared_ptr<const Dataset> org = m_org;
    const FiscalCalendar cal = req.calendar;
    std::size_t approved = 0;
    std::shared_ptr<const TargetGrid> shown = m_grid;
    storage::VersionCheck noRows(std::vector<storage::VersionedRow>{});
    std::optional<storage::StaleEdit> stale;
    const auto error = runTargetWrite(
        m_document, window(), owners.size() * 51, noRows, stale, tr("Approve targets"),
        [&](storage::TargetPlanRepository& repo) {
              const Period year = Period::year(req.fiscalYear);
              std::vector<TargetPlan> defaults;
              std::vector<TargetKey> keys;
              for (const TargetPlan& p : repo.plans(req.metric, TargetGrid::storedPeriods(req.fiscalYear, cal))) {
                  if (!owners.count(p.key.owner.toString()) || p.state != TargetState::Draft || !p.amount)
                      continue;
                  // What is approved must be what the grid showed: a figure changed since it was read (another
                  // window, salesctl, a colleague) refuses the whole approval.
                  refuseIfChangedSinceShown(*shown, p, static_cast<storage::SqlTargetPlanRepository&>(repo));
                  keys.push_back(p.key);
                  if (!p.responsibleRepId || !p.kpiCode)
                      defaults.push_back(TargetPlan{p.key, p.amount, TargetState::Draft,
                                                    defaultResponsible(p.key.owner, org->orgUnits, org->reps,
                                                                       year.firstDay(cal), year.lastDay(cal)),
                                                    defaultKpiCode(p.key.metric), std::nullopt, 0});
              }
              if (!defaults.empty())
                  repo.ensurePlans(defaults);
              const std::string by = storage::SqlTargetPlanRepository::currentUser();
              if (!keys.empty())
                  repo.approve(keys, by, storage::SqlTargetPlanRepository::nowUtc());
              approved = keys.size();
          });
    if (stale) {
        StaleEditMessage::show(this, *stale, tr("Approve targets"));
        afterWrite();
        return;
    }
    if (error) {
        DialogHooks::warning(this, tr("Approve targets"), *error);
        return;
    }
    if (approved == 0) {
        DialogHooks::information(this, tr("Approve targets"), tr("There is no draft target to approve here."));
        return;
    }
    m_statusLabel->setText(tr("%n target(s) approved.", nullptr, static_cast<int>(approved)));
    afterWrite();
}

ReviseTargetDialog* TargetsPanel::openRevision()
{
    const auto cell = currentCell();
    if (!m_grid || !cell) {
        DialogHooks::information(this, tr("Revise"), tr("Select the approved target to revise."));
        return nullptr;
    }
    const TargetKey key = m_grid->keyOf(cell->first, cell->second);
    const TargetGridCell& c = m_grid->cell(cell->first, cell->second);
    if (c.state != TargetState::Approved || !c.amount) {
        DialogHooks::information(this, tr("Revise"),
                                 tr("%1 is not approved: a draft is edited directly in the grid.")
                                     .arg(QString::fromStdString(key.toString())));
        return nullptr;
    }
    const TargetGridModel* model = m_model;
    auto* dialog = new ReviseTargetDialog(
        QString::fromStdString(key.toString()),
        QString::fromStdString(isMoneyMetric(key.metric) ? Money::fromCents(*c.amount).toString()
                                                         : std::to_string(*c.amount)),
        *c.amount, [model](const QString& t) { return model->parseAmount(t); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The revision is based on the node as the dialog shows it: a change saved meanwhile by someone else refuses it.
    auto versions = std::make_shared<storage::VersionCheck>(targetRows({key}));
    versions->read(m_document->workspace()->database());
    connect(dialog, &QDialog::accepted, this, [this, dialog, key, versions] {
        const std::int64_t amount = dialog->amount();
        const std::string reason = dialog->reason().toStdString();
        std::optional<storage::StaleEdit> stale;
        const auto error = runTargetWrite(m_document, window(), 1, *versions, stale, tr("Revise"),
                                          [&](storage::TargetPlanRepository& repo) {
                                              repo.revise(key, amount, reason,
                                                          storage::SqlTargetPlanRepository::currentUser(),
                                                          storage::SqlTargetPlanRepository::nowUtc());
                                          });
        if (stale) {
            StaleEditMessage::show(this, *stale, tr("Revise"));
            afterWrite();
            return;
        }
        if (error) {
            DialogHooks::warning(this, tr("Revise"), *error);
            return;
        }
        afterWrite();
    });
    dialog->open();
    return dialog;
}

TargetResponsibilityDialog* TargetsPanel::openResponsibility()
{
    const auto cell = currentCell();
    if (!m_grid || !m_org || !cell) {
        DialogHooks::information(this, tr("Responsibility"), tr("Select the target whose responsibility to set."));
        return nullptr;
    }
    const int row = cell->first;
    const TargetKey key = m_grid->keyOf(row, cell->second);
    const TargetGridCell& c = m_grid->cell(row, cell->second);
    if (c.state == TargetState::Approved) {
        DialogHooks::warning(this, tr("Responsibility"),
                             tr("The target %1 is approved and locked: its responsible person and KPI item cannot be "
                                "changed (a revision changes only the figure).")
                                 .arg(QString::fromStdString(key.toString())));
        return nullptr;
    }
    const TargetGridRow& r = m_grid->rows()[static_cast<std::size_t>(row)];
    const TargetGridRequest req = m_grid->request();
    const Period year = Period::year(req.fiscalYear);
    auto* dialog = new TargetResponsibilityDialog(
        QStringLiteral("%1 · %2 (%3)")
            .arg(QString::fromStdString(r.name), m_metricCombo->currentText(), QString::fromStdString(key.period)),
        *m_org, m_document->settings(), year.firstDay(req.calendar), year.lastDay(req.calendar),
        c.responsibleRepId ? c.responsibleRepId : r.proposedResponsible, c.kpiCode.value_or(defaultKpiCode(key.metric)),
        req.fiscalYear, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, key, req, name = r.name] {
        std::vector<TargetKey> keys{key};
        if (dialog->wholeYear()) {
            // Every stored node of the owner in the fiscal year (periods and segments), besides the selected one.
            try {
                const auto plans = storage::SqlTargetPlanRepository(*m_document->workspace())
                                       .plans(req.metric, TargetGrid::storedPeriods(req.fiscalYear, req.calendar));
                for (const TargetPlan& p : plans)
                    if (p.key.owner == key.owner && !(p.key == key))
                        keys.push_back(p.key);
            } catch (const std::exception& e) {
                DialogHooks::warning(this, tr("Responsibility"), QString::fromUtf8(e.what()));
                return;
            }
        }
        m_document->undoStack()->push(new SetTargetResponsibility(
            m_document, window(), std::move(keys), dialog->responsibleRepId(), dialog->kpiCode(),
            tr("Set the responsibility of %1").arg(QString::fromStdString(name)), [this] { afterWrite(); }));
    });
    dialog->open();
    return dialog;
}

void TargetsPanel::exportXlsx()
{
    if (!m_grid)
        return;
    const QString path
        = DialogHooks::saveFileName(this, tr("Export targets"), QString(), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    std::vector<std::string> titles;
    for (int c = 0; c < m_model->columnCount(); ++c)
        titles.push_back(m_model->headerData(c, Qt::Horizontal).toString().toStdString());
    std::unordered_map<std::string, std::string> names;
    for (const Rep& r : m_org->reps)
        names.emplace(r.id, r.name);
    auto grid = m_grid;
    auto actuals = m_actuals;
    const std::string sheet = tr("Targets %1").arg(grid->request().fiscalYear).toStdString();
    const auto error = BackgroundTask::run(
        window(), tr("Export targets"), tr("Writing %1…").arg(path),
        [&](BackgroundTask::Context&) { exportTargetGrid(path.toStdString(), *grid, actuals, names, titles, sheet); });
    if (error)
        DialogHooks::warning(this, tr("Export targets"), *error);
    else
        m_statusLabel->setText(tr("Exported to %1").arg(path));
}

} // namespace sd::app
