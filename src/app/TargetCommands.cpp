#include "app/TargetCommands.h"

#include "app/BackgroundTask.h"
#include "app/DialogHooks.h"
#include "app/StaleEditMessage.h"
#include "app/WorkspaceDocument.h"
#include "domain/Money.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include <QSqlQuery>

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

std::vector<storage::VersionedRow> targetRows(const std::vector<TargetKey>& keys)
{
    std::vector<storage::VersionedRow> rows;
    rows.reserve(keys.size());
    for (const TargetKey& k : keys)
        rows.push_back(storage::targetPlanRow(k));
    return rows;
}

namespace {

// A target node as the user would read it now: "draft 1200.00, responsible r1".
std::string describeTarget(const QSqlDatabase& db, const storage::VersionedRow& row)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.state, t.amount, p.responsible_rep_id FROM target_plans p LEFT JOIN targets t "
                             "ON t.owner_kind = p.owner_kind AND t.owner_id = p.owner_id AND t.metric = p.metric "
                             "AND t.period = p.period AND t.segment = p.segment WHERE p.owner_kind = ? AND "
                             "p.owner_id = ? AND p.metric = ? AND p.period = ? AND p.segment = ?"));
    for (const QVariant& v : row.keyValues)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    std::string s = q.value(0).toString().toStdString();
    if (!q.value(1).isNull()) {
        const qint64 amount = q.value(1).toLongLong();
        const bool money = row.keyValues[2].toString() != QStringLiteral("new_customers");
        s += " " + (money ? Money::fromCents(amount).toString() : std::to_string(amount));
    }
    if (!q.value(2).isNull())
        s += ", responsible " + q.value(2).toString().toStdString();
    return s;
}

void readVersions(WorkspaceDocument* document, storage::VersionCheck& versions)
{
    if (document->isOpen())
        versions.read(document->workspace()->database());
}

} // namespace

std::optional<QString> runTargetWrite(WorkspaceDocument* document, QWidget* window, std::size_t rows,
                                      storage::VersionCheck& versions, std::optional<storage::StaleEdit>& stale,
                                      const QString& what,
                                      const std::function<void(storage::TargetPlanRepository&)>& work)
{
    stale.reset();
    std::optional<QString> refusal;
    auto error = runTargetWrite(document, window, rows, [&](storage::TargetPlanRepository& repo) {
        try {
            storage::versionedWrite(static_cast<storage::SqlTargetPlanRepository&>(repo).database(), versions,
                                    [&] { work(repo); }, describeTarget);
        } catch (const storage::StaleEdit& e) {
            stale = e;
            refusal = StaleEditMessage::text(e, what);
        }
    });
    return refusal ? refusal : error;
}

SaveTargetDrafts::SaveTargetDrafts(WorkspaceDocument* document, QWidget* window, std::vector<TargetPlan> drafts,
                                   const QString& text, std::function<void()> changed)
    : QUndoCommand(text)
    , m_document(document)
    , m_window(window)
    , m_drafts(std::move(drafts))
    , m_changed(std::move(changed))
{
    std::vector<TargetKey> keys;
    for (const TargetPlan& p : m_drafts)
        keys.push_back(p.key);
    m_versions.setRows(targetRows(keys));
    // A large batch (a decomposition) is based on what it overwrites from its own write on, read on the worker.
    if (m_drafts.size() < kBackgroundRows)
        readVersions(m_document, m_versions);
}

bool SaveTargetDrafts::run(const std::function<void(storage::TargetPlanRepository&)>& work)
{
    std::optional<storage::StaleEdit> stale;
    const auto error = runTargetWrite(m_document, m_window, m_drafts.size(), m_versions, stale, text(), work);
    m_error = error.value_or(QString());
    if (error) {
        spdlog::warn("target write refused: {}", error->toStdString());
        setObsolete(true); // nothing changed: the stack drops this command
        if (stale) {
            if (m_changed)
                m_changed();
            StaleEditMessage::show(m_window, *stale, text());
        } else {
            DialogHooks::warning(m_window, QCoreApplication::translate("TargetMessages", "Targets"), *error);
        }
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
    m_versions.setRows(targetRows({m_key}));
    readVersions(m_document, m_versions);
}

void SubmitBottomUp::apply(const std::optional<std::int64_t>& amount)
{
    std::optional<storage::StaleEdit> stale;
    const auto error = runTargetWrite(m_document, m_window, 1, m_versions, stale, text(),
                                      [&](storage::TargetPlanRepository& repo) {
                                          repo.submit(m_key, amount, storage::SqlTargetPlanRepository::currentUser(),
                                                      storage::SqlTargetPlanRepository::nowUtc());
                                      });
    if (error) {
        setObsolete(true);
        if (stale) {
            if (m_changed)
                m_changed();
            StaleEditMessage::show(m_window, *stale, text());
        } else {
            DialogHooks::warning(m_window, QCoreApplication::translate("TargetMessages", "Targets"), *error);
        }
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
    m_versions.setRows(targetRows(m_keys));
    readVersions(m_document, m_versions);
}

void SetTargetResponsibility::finish(const std::optional<QString>& error,
                                     const std::optional<storage::StaleEdit>& stale)
{
    m_error = error.value_or(QString());
    if (error) {
        spdlog::warn("target responsibility refused: {}", error->toStdString());
        setObsolete(true);
        if (stale) {
            if (m_changed)
                m_changed();
            StaleEditMessage::show(m_window, *stale, text());
        } else {
            DialogHooks::warning(m_window, QCoreApplication::translate("TargetMessages", "Targets"), *error);
        }
        return;
    }
    if (m_changed)
        m_changed();
}

void SetTargetResponsibility::redo()
{
    std::optional<QString> refusal;
    std::optional<storage::StaleEdit> stale;
    auto error = runTargetWrite(m_document, m_window, m_keys.size(), m_versions, stale, text(),
                                [&](storage::TargetPlanRepository& repo) {
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
    finish(refusal ? refusal : error, stale);
}

void SetTargetResponsibility::undo()
{
    std::optional<storage::StaleEdit> stale;
    const auto error = runTargetWrite(m_document, m_window, m_before.size(), m_versions, stale, text(),
                                      [&](storage::TargetPlanRepository& repo) {
                                          for (const Before& b : m_before)
                                              repo.setResponsibility(b.key, b.responsibleRepId, b.kpiCode);
                                      });
    finish(error, stale);
}

} // namespace sd::app
