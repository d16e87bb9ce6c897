#include "app/TargetCommands.h"

#include "app/BackgroundTask.h"
#include "app/DialogHooks.h"
#include "app/WorkspaceDocument.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

// Above this many rows a write goes to a worker thread (a company decomposed to 2,000 reps is about 100,000 rows).
constexpr std::size_t kBackgroundRows = 3000;

} // namespace

QString TargetMessages::lifecycle(const LifecycleError& error)
{
    const QString k = QString::fromStdString(error.key().toString());
    switch (error.issue()) {
    case LifecycleIssue::NegativeAmount:
        return tr("The target %1 cannot be negative.").arg(k);
    case LifecycleIssue::ApprovedLocked:
        return tr("The target %1 is approved and locked: change it with Revise and a reason.").arg(k);
    case LifecycleIssue::NotApproved:
        return tr("The target %1 is a draft: edit it directly (only an approved target is revised).").arg(k);
    case LifecycleIssue::AlreadyApproved:
        return tr("The target %1 is already approved.").arg(k);
    case LifecycleIssue::NoAmount:
        return tr("The target %1 has no figure to approve.").arg(k);
    case LifecycleIssue::NoResponsible:
        return tr("The target %1 has no responsible person (目标三定): it cannot be approved.").arg(k);
    case LifecycleIssue::NoKpi:
        return tr("The target %1 feeds no KPI item (目标三定): it cannot be approved.").arg(k);
    case LifecycleIssue::EmptyReason:
        return tr("A revision of %1 needs a reason.").arg(k);
    case LifecycleIssue::Unchanged:
        return tr("The revision of %1 gives the figure already approved.").arg(k);
    }
    return QString::fromUtf8(error.what());
}

std::optional<QString> runTargetWrite(WorkspaceDocument* document, QWidget* window, std::size_t rows,
                                      const std::function<void(storage::TargetPlanRepository&)>& work)
{
    if (!document->isOpen())
        return QCoreApplication::translate("TargetMessages", "No workspace is open.");
    if (rows < kBackgroundRows) {
        try {
            storage::SqlTargetPlanRepository repo(*document->workspace());
            work(repo);
            return std::nullopt;
        } catch (const LifecycleError& e) {
            return TargetMessages::lifecycle(e);
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }
    // The worker gets its own connection (a Qt SQL connection stays in its thread); a refusal is rethrown as text.
    std::optional<QString> refusal;
    const QString path = document->path();
    auto failed = BackgroundTask::run(
        window, QCoreApplication::translate("TargetMessages", "Targets"),
        QCoreApplication::translate("TargetMessages", "Saving %n target(s)…", nullptr, static_cast<int>(rows)),
        [&](BackgroundTask::Context&) {
            storage::Workspace ws(path);
            storage::SqlTargetPlanRepository repo(ws);
            try {
                work(repo);
            } catch (const LifecycleError& e) {
                refusal = TargetMessages::lifecycle(e);
            }
        });
    if (refusal)
        return refusal;
    return failed;
}

SaveTargetDrafts::SaveTargetDrafts(WorkspaceDocument* document, QWidget* window, std::vector<TargetPlan> drafts,
                                   const QString& text, std::function<void()> changed)
    : QUndoCommand(text)
    , m_document(document)
    , m_window(window)
    , m_drafts(std::move(drafts))
    , m_changed(std::move(changed))
{
}

bool SaveTargetDrafts::run(const std::function<void(storage::TargetPlanRepository&)>& work)
{
    const auto error = runTargetWrite(m_document, m_window, m_drafts.size(), work);
    m_error = error.value_or(QString());
    if (error) {
        spdlog::warn("target write refused: {}", error->toStdString());
        DialogHooks::warning(m_window, QCoreApplication::translate("TargetMessages", "Targets"), *error);
        setObsolete(true); // nothing changed: the stack drops this command
        return false;
    }
    if (m_changed)
        m_changed();
    return true;
}

void SaveTargetDrafts::redo()
{
    const std::string by = storage::SqlTargetPlanRepository::currentUser();
    const std::string at = storage::SqlTargetPlanRepository::nowUtc();
    std::vector<storage::DraftSnapshot> before;
    if (run([&](storage::TargetPlanRepository& repo) { before = repo.saveDrafts(m_drafts, by, at); }))
        m_before = std::move(before);
}

void SaveTargetDrafts::undo()
{
    const std::string by = storage::SqlTargetPlanRepository::currentUser();
    const std::string at = storage::SqlTargetPlanRepository::nowUtc();
    run([&](storage::TargetPlanRepository& repo) { repo.restoreDrafts(m_before, by, at); });
}

} // namespace sd::app

namespace sd::app {

SubmitBottomUp::SubmitBottomUp(WorkspaceDocument* document, QWidget* window, TargetKey key,
                               std::optional<std::int64_t> before, std::optional<std::int64_t> after,
                               const QString& text, std::function<void()> changed)
    : QUndoCommand(text)
    , m_document(document)
    , m_window(window)
    , m_key(std::move(key))
    , m_before(before)
    , m_after(after)
    , m_changed(std::move(changed))
{
}

void SubmitBottomUp::apply(const std::optional<std::int64_t>& amount)
{
    const auto error = runTargetWrite(m_document, m_window, 1, [&](storage::TargetPlanRepository& repo) {
        repo.submit(m_key, amount, storage::SqlTargetPlanRepository::currentUser(),
                    storage::SqlTargetPlanRepository::nowUtc());
    });
    if (error) {
        DialogHooks::warning(m_window, QCoreApplication::translate("TargetMessages", "Targets"), *error);
        setObsolete(true);
        return;
    }
    if (m_changed)
        m_changed();
}

void SubmitBottomUp::redo()
{
    apply(m_after);
}
void SubmitBottomUp::undo()
{
    apply(m_before);
}

} // namespace sd::app

namespace sd::app {

SetTargetResponsibility::SetTargetResponsibility(WorkspaceDocument* document, QWidget* window,
                                                 std::vector<TargetKey> keys, std::string responsibleRepId,
                                                 std::string kpiCode, const QString& text,
                                                 std::function<void()> changed)
    : QUndoCommand(text)
    , m_document(document)
    , m_window(window)
    , m_keys(std::move(keys))
    , m_responsible(std::move(responsibleRepId))
    , m_kpi(std::move(kpiCode))
    , m_changed(std::move(changed))
{
}

void SetTargetResponsibility::finish(const std::optional<QString>& error)
{
    m_error = error.value_or(QString());
    if (error) {
        spdlog::warn("target responsibility refused: {}", error->toStdString());
        DialogHooks::warning(m_window, QCoreApplication::translate("TargetMessages", "Targets"), *error);
        setObsolete(true);
        return;
    }
    if (m_changed)
        m_changed();
}

void SetTargetResponsibility::redo()
{
    std::optional<QString> refusal;
    auto error = runTargetWrite(m_document, m_window, m_keys.size(), [&](storage::TargetPlanRepository& repo) {
        // Every node is checked before anything is written: all or nothing.
        std::vector<Before> before;
        for (const TargetKey& k : m_keys) {
            const auto p = repo.plan(k);
            if (p && p->state == TargetState::Approved) {
                refusal = QCoreApplication::translate(
                              "TargetMessages",
                              "The target %1 is approved and locked: its responsible person and KPI item cannot be "
                              "changed (a revision changes only the figure). Nothing was changed.")
                              .arg(QString::fromStdString(k.toString()));
                return;
            }
            before.push_back(Before{k, p ? p->responsibleRepId : std::nullopt, p ? p->kpiCode : std::nullopt});
        }
        for (const TargetKey& k : m_keys)
            repo.setResponsibility(k, m_responsible, m_kpi);
        if (m_before.empty())
            m_before = std::move(before);
    });
    finish(refusal ? refusal : error);
}

void SetTargetResponsibility::undo()
{
    finish(runTargetWrite(m_document, m_window, m_before.size(), [&](storage::TargetPlanRepository& repo) {
        for (const Before& b : m_before)
            repo.setResponsibility(b.key, b.responsibleRepId, b.kpiCode);
    }));
}

} // namespace sd::app
