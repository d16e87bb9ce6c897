#include "storage/SqlTargetPlanRepository.h"

#include "storage/AuditLog.h"
#include "storage/Migrator.h"
#include "storage/RepositorySupport.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlDialect.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>

#include <algorithm>
#include <set>

namespace sd::storage {

namespace {

const char* const kKeyMatch = "p.owner_kind = t.owner_kind AND p.owner_id = t.owner_id AND p.metric = t.metric "
                              "AND p.period = t.period AND p.segment = t.segment";
const char* const kKeyWhere = " WHERE owner_kind = ? AND owner_id = ? AND metric = ? AND period = ? AND segment = ?";

std::string_view kindCode(OwnerKind k) { return k == OwnerKind::Unit ? "unit" : "rep"; }

// A literal for the cursor queries (which take no parameters); the values are codes and period labels.
QString literal(std::string_view s)
{
    QString out = QStringLiteral("'");
    out += QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())).replace(QStringLiteral("'"), QStringLiteral("''"));
    return out + QStringLiteral("'");
}

void bindKey(SqlStatement& q, const TargetKey& k, int f = 0)
{
    q.bindText(f, kindCode(k.owner.kind));
    q.bindText(f + 1, k.owner.id);
    q.bindText(f + 2, toCode(k.metric));
    q.bindText(f + 3, k.period);
    q.bindText(f + 4, toCode(k.segment));
}

void bindOptText(SqlStatement& q, int i, const std::optional<std::string>& v)
{
    if (v)
        q.bindText(i, *v);
    else
        q.bindNull(i);
}

std::optional<std::string> optText(const SqlRow& r, int c)
{
    if (r.isNull(c))
        return std::nullopt;
    return std::string(r.text(c));
}

std::optional<std::string> moneyText(std::optional<std::int64_t> cents)
{
    if (!cents)
        return std::nullopt;
    return Money::fromCents(*cents).toString();
}

// A target plan as the audit log keeps it (before/after JSON).
std::string planJson(const TargetPlan& p)
{
    return auditJson({{"amount", moneyText(p.amount)},
                      {"state", std::string(p.state == TargetState::Approved ? "approved" : "draft")},
                      {"responsible_rep_id", p.responsibleRepId},
                      {"kpi_code", p.kpiCode},
                      {"submitted", moneyText(p.submitted)},
                      {"version", std::to_string(p.version)}});
}

TargetPlan readPlan(const SqlRow& r)
{
    TargetPlan p;
    const std::string_view kind = r.text(0);
    p.key.owner.kind = kind == "unit" ? OwnerKind::Unit : OwnerKind::Rep;
    p.key.owner.id = std::string(r.text(1));
    p.key.metric = metricFromCode(r.text(2)).value_or(Metric::Revenue);
    p.key.period = std::string(r.text(3));
    p.key.segment = segmentFromCode(r.text(4)).value_or(Segment::All);
    if (!r.isNull(5))
        p.amount = r.int64(5);
    if (!r.isNull(6)) {
        auto s = targetStateFromCode(r.text(6));
        if (!s)
            throw StorageError("target_plans.state holds an unknown state: " + std::string(r.text(6)));
        p.state = *s;
    }
    p.responsibleRepId = optText(r, 7);
    p.kpiCode = optText(r, 8);
    if (!r.isNull(9))
        p.submitted = r.int64(9);
    if (!r.isNull(10))
        p.version = static_cast<int>(r.int64(10));
    return p;
}

// Both halves of the read: target rows with their lifecycle row, and lifecycle rows without a target row.
QString plansSql(Metric metric, const std::vector<std::string>& periods, std::optional<Segment> segment)
{
    QString filterT = QStringLiteral(" WHERE t.metric = ") + literal(toCode(metric));
    QString filterP = QStringLiteral(" WHERE p.metric = ") + literal(toCode(metric));
    if (segment) {
        filterT += QStringLiteral(" AND t.segment = ") + literal(toCode(*segment));
        filterP += QStringLiteral(" AND p.segment = ") + literal(toCode(*segment));
    }
    if (!periods.empty()) {
        QStringList list;
        for (const std::string& p : periods)
            list << literal(p);
        const QString in = QStringLiteral(" IN (") + list.join(QStringLiteral(", ")) + QStringLiteral(")");
        filterT += QStringLiteral(" AND t.period") + in;
        filterP += QStringLiteral(" AND p.period") + in;
    }
    const QString cols = QStringLiteral("p.state, p.responsible_rep_id, p.kpi_code, p.submitted, p.version, "
                                        "CASE WHEN p.owner_kind IS NULL THEN 0 ELSE 1 END");
    return QStringLiteral("SELECT t.owner_kind, t.owner_id, t.metric, t.period, t.segment, t.amount, ") + cols
           + QStringLiteral(" FROM targets t LEFT JOIN target_plans p ON ") + QString::fromLatin1(kKeyMatch) + filterT
           + QStringLiteral(" UNION ALL SELECT p.owner_kind, p.owner_id, p.metric, p.period, p.segment, NULL, ") + cols
           + QStringLiteral(" FROM target_plans p") + filterP
           + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM targets t WHERE ") + QString::fromLatin1(kKeyMatch)
           + QStringLiteral(")");
}

} // namespace

SqlTargetPlanRepository::SqlTargetPlanRepository(Workspace& workspace)
    : m_ws(workspace)
{
    ensureTables();
    ensureRowVersionColumn(m_ws.database(), QStringLiteral("target_plans"));
}

void SqlTargetPlanRepository::ensureTables()
{
    const QSqlDatabase db = m_ws.database();
    if (db.tables().contains(QStringLiteral("target_versions")))
        return;
    QFile file(QStringLiteral(":/migrations/0002_targets.sql"));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError("this build of Salesdesk lacks the targets schema (:/migrations/0002_targets.sql)");
    ScopedTransaction tx(db);
    for (const QString& statement : Migrator::splitStatements(QString::fromUtf8(file.readAll()))) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            throw StorageError("cannot add the target lifecycle tables: " + q.lastError().text().toStdString());
    }
    tx.commit();
}

std::string SqlTargetPlanRepository::currentUser()
{
    return AuditLog::currentUser();
}

QSqlDatabase SqlTargetPlanRepository::database() const
{
    return m_ws.database();
}

std::string SqlTargetPlanRepository::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

std::vector<SqlTargetPlanRepository::Stored> SqlTargetPlanRepository::stored(Metric metric,
                                                                             const std::vector<std::string>& periods,
                                                                             std::optional<Segment> segment) const
{
    auto cursor = m_ws.dialect().openCursor(m_ws.database(), plansSql(metric, periods, segment), "reading target plans");
    std::vector<Stored> out;
    while (cursor->next())
        out.push_back(Stored{readPlan(*cursor), cursor->int64(11) != 0});
    std::sort(out.begin(), out.end(), [](const Stored& a, const Stored& b) { return a.plan.key < b.plan.key; });
    return out;
}

std::vector<TargetPlan> SqlTargetPlanRepository::plans(Metric metric, const std::vector<std::string>& periods,
                                                       std::optional<Segment> segment) const
{
    std::vector<TargetPlan> out;
    for (Stored& s : stored(metric, periods, segment))
        out.push_back(std::move(s.plan));
    return out;
}

std::map<TargetKey, SqlTargetPlanRepository::Stored> SqlTargetPlanRepository::current(const std::vector<TargetKey>& keys) const
{
    std::map<Metric, std::set<std::string>> periods;
    std::set<TargetKey> wanted;
    for (const TargetKey& k : keys) {
        periods[k.metric].insert(k.period);
        wanted.insert(k);
    }
    std::map<TargetKey, Stored> out;
    for (const auto& [metric, labels] : periods) {
        for (Stored& s : stored(metric, std::vector<std::string>(labels.begin(), labels.end())))
            if (wanted.count(s.plan.key))
                out.emplace(s.plan.key, std::move(s));
    }
    return out;
}

TargetPlan SqlTargetPlanRepository::currentOrDraft(const TargetKey& key) const
{
    auto found = current({key});
    if (auto it = found.find(key); it != found.end())
        return it->second.plan;
    return TargetPlan{key, std::nullopt, TargetState::Draft, std::nullopt, std::nullopt, std::nullopt, 0};
}

std::optional<TargetPlan> SqlTargetPlanRepository::plan(const TargetKey& key) const
{
    auto found = current({key});
    if (auto it = found.find(key); it != found.end())
        return it->second.plan;
    return std::nullopt;
}

std::vector<TargetVersion> SqlTargetPlanRepository::versions(const TargetKey& key) const
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("SELECT version, amount, reason, changed_by, changed_at FROM target_versions")
                                   + QString::fromLatin1(kKeyWhere) + QStringLiteral(" ORDER BY version"));
    q.addBindValue(QString::fromLatin1(kindCode(key.owner.kind).data()));
    q.addBindValue(sql::text(key.owner.id));
    q.addBindValue(QString::fromLatin1(toCode(key.metric).data()));
    q.addBindValue(sql::text(key.period));
    q.addBindValue(QString::fromLatin1(toCode(key.segment).data()));
    sql::exec(q, "reading target versions");
    std::vector<TargetVersion> out;
    while (q.next())
        out.push_back(TargetVersion{q.value(0).toInt(), q.value(1).toLongLong(), sql::toStd(q.value(2)),
                                    sql::toStd(q.value(3)), sql::toStd(q.value(4))});
    return out;
}

std::vector<DraftSnapshot> SqlTargetPlanRepository::saveDrafts(const std::vector<TargetPlan>& drafts,
                                                               const std::string& by, const std::string& at)
{
    std::vector<TargetKey> keys;
    keys.reserve(drafts.size());
    for (const TargetPlan& d : drafts)
        keys.push_back(d.key);
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    const auto before = current(keys);
    std::vector<DraftSnapshot> snapshots;
    snapshots.reserve(drafts.size());
    std::vector<TargetPlan> after;
    after.reserve(drafts.size());
    for (const TargetPlan& d : drafts) {
        DraftSnapshot s{d.key, std::nullopt, false, std::nullopt, std::nullopt};
        TargetPlan was{d.key, std::nullopt, TargetState::Draft, std::nullopt, std::nullopt, std::nullopt, 0};
        if (auto it = before.find(d.key); it != before.end()) {
            was = it->second.plan;
            s.amount = was.amount;
            s.hadPlan = it->second.hasPlan;
            s.responsibleRepId = was.responsibleRepId;
            s.kpiCode = was.kpiCode;
        }
        TargetPlan next = applyEdit(was, d.amount.value_or(0));
        if (!next.responsibleRepId)
            next.responsibleRepId = d.responsibleRepId;
        if (!next.kpiCode)
            next.kpiCode = d.kpiCode;
        snapshots.push_back(std::move(s));
        after.push_back(std::move(next));
    }
    const SqlDialect& dialect = m_ws.dialect();
    auto target = dialect.prepareBulk(
        db,
        withRowVersionBump(QStringLiteral("targets"), dialect.upsertSql(QStringLiteral("targets"), rows::targetColumns(),
                                                                        rows::targetColumns().mid(0, 5))),
        "saving draft targets");
    auto plan = dialect.prepareBulk(
        db,
        withRowVersionBump(QStringLiteral("target_plans"),
                           QStringLiteral("INSERT INTO target_plans (owner_kind, owner_id, metric, period, segment, state, "
                                          "responsible_rep_id, kpi_code, version, updated_by, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, 0, ?, ?) "
                                          "ON CONFLICT (owner_kind, owner_id, metric, period, segment) DO UPDATE SET "
                                          "responsible_rep_id = excluded.responsible_rep_id, kpi_code = excluded.kpi_code, "
                                          "updated_by = excluded.updated_by, updated_at = excluded.updated_at")),
        "saving draft target plans");
    AuditLog audit(db);
    for (const TargetPlan& p : after) {
        bindKey(*target, p.key);
        target->bindInt64(5, *p.amount);
        target->exec();
        bindKey(*plan, p.key);
        bindOptText(*plan, 5, p.responsibleRepId);
        bindOptText(*plan, 6, p.kpiCode);
        plan->bindText(7, by);
        plan->bindText(8, at);
        plan->exec();
        const auto was = before.find(p.key);
        audit.record("target", p.key.toString(), "save draft",
                     was == before.end() ? std::nullopt : std::optional<std::string>(planJson(was->second.plan)),
                     planJson(p));
    }
    tx.commit();
    return snapshots;
}

void SqlTargetPlanRepository::restoreDrafts(const std::vector<DraftSnapshot>& snapshots, const std::string& by,
                                            const std::string& at)
{
    std::vector<TargetKey> keys;
    for (const DraftSnapshot& s : snapshots)
        keys.push_back(s.key);
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    const auto now = current(keys);
    for (const DraftSnapshot& s : snapshots)
        if (auto it = now.find(s.key); it != now.end() && it->second.plan.state == TargetState::Approved)
            throw LifecycleError(LifecycleIssue::ApprovedLocked, s.key);
    const SqlDialect& dialect = m_ws.dialect();
    auto upsertTarget = dialect.prepareBulk(
        db,
        withRowVersionBump(QStringLiteral("targets"), dialect.upsertSql(QStringLiteral("targets"), rows::targetColumns(),
                                                                        rows::targetColumns().mid(0, 5))),
        "restoring targets");
    AuditLog audit(db);
    auto deleteTarget = dialect.prepareBulk(db, QStringLiteral("DELETE FROM targets") + QString::fromLatin1(kKeyWhere),
                                            "restoring targets");
    auto updatePlan = dialect.prepareBulk(db,
                                          QStringLiteral("UPDATE target_plans SET responsible_rep_id = ?, kpi_code = ?, "
                                                         "updated_by = ?, updated_at = ?, row_version = row_version + 1")
                                              + QString::fromLatin1(kKeyWhere),
                                          "restoring target plans");
    auto deletePlan = dialect.prepareBulk(db,
                                          QStringLiteral("DELETE FROM target_plans") + QString::fromLatin1(kKeyWhere)
                                              + QStringLiteral(" AND submitted IS NULL AND version = 0"),
                                          "restoring target plans");
    for (const DraftSnapshot& s : snapshots) {
        if (s.amount) {
            bindKey(*upsertTarget, s.key);
            upsertTarget->bindInt64(5, *s.amount);
            upsertTarget->exec();
        } else {
            bindKey(*deleteTarget, s.key);
            deleteTarget->exec();
        }
        if (!s.hadPlan) {
            bindKey(*deletePlan, s.key);
            deletePlan->exec();
        }
        bindOptText(*updatePlan, 0, s.responsibleRepId);
        bindOptText(*updatePlan, 1, s.kpiCode);
        updatePlan->bindText(2, by);
        updatePlan->bindText(3, at);
        bindKey(*updatePlan, s.key, 4);
        updatePlan->exec();
        const auto was = now.find(s.key);
        audit.record("target", s.key.toString(), "restore draft",
                     was == now.end() ? std::nullopt : std::optional<std::string>(planJson(was->second.plan)),
                     auditJson({{"amount", moneyText(s.amount)},
                                {"responsible_rep_id", s.responsibleRepId},
                                {"kpi_code", s.kpiCode}}));
    }
    tx.commit();
}

void SqlTargetPlanRepository::ensurePlans(const std::vector<TargetPlan>& defaults)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    auto q = m_ws.dialect().prepareBulk(
        db,
        QStringLiteral("INSERT INTO target_plans (owner_kind, owner_id, metric, period, segment, state, "
                       "responsible_rep_id, kpi_code, version) VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, 0) "
                       "ON CONFLICT (owner_kind, owner_id, metric, period, segment) DO NOTHING"),
        "creating target plans");
    for (const TargetPlan& p : defaults) {
        bindKey(*q, p.key);
        bindOptText(*q, 5, p.responsibleRepId);
        bindOptText(*q, 6, p.kpiCode);
        q->exec();
    }
    // A row that existed without a responsible person or KPI item gets the default.
    auto fill = m_ws.dialect().prepareBulk(
        db,
        QStringLiteral("UPDATE target_plans SET responsible_rep_id = COALESCE(responsible_rep_id, ?), "
                       "kpi_code = COALESCE(kpi_code, ?), row_version = row_version + 1")
            + changeAuthorAssignments()
            + QString::fromLatin1(kKeyWhere) + QStringLiteral(" AND state = 'draft'"),
        "creating target plans");
    for (const TargetPlan& p : defaults) {
        bindOptText(*fill, 0, p.responsibleRepId);
        bindOptText(*fill, 1, p.kpiCode);
        bindKey(*fill, p.key, 2);
        fill->exec();
    }
    tx.commit();
}

void SqlTargetPlanRepository::approve(const std::vector<TargetKey>& keys, const std::string& by, const std::string& at)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    const auto now = current(keys);
    std::vector<LifecycleStep> steps;
    steps.reserve(keys.size());
    for (const TargetKey& k : keys) {
        auto it = now.find(k);
        const TargetPlan p = it != now.end()
                                 ? it->second.plan
                                 : TargetPlan{k, std::nullopt, TargetState::Draft, std::nullopt, std::nullopt,
                                              std::nullopt, 0};
        steps.push_back(applyApprove(p, by, at));
    }
    const SqlDialect& dialect = m_ws.dialect();
    auto state = dialect.prepareBulk(db,
                                     QStringLiteral("UPDATE target_plans SET state = 'approved', version = ?, "
                                                    "updated_by = ?, updated_at = ?, row_version = row_version + 1")
                                         + QString::fromLatin1(kKeyWhere),
                                     "approving targets");
    auto version = dialect.prepareBulk(db,
                                       QStringLiteral("INSERT INTO target_versions (owner_kind, owner_id, metric, "
                                                      "period, segment, version, amount, reason, changed_by, "
                                                      "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                       "keeping target versions");
    AuditLog audit(db);
    for (const LifecycleStep& s : steps) {
        state->bindInt64(0, s.plan.version);
        state->bindText(1, by);
        state->bindText(2, at);
        bindKey(*state, s.plan.key, 3);
        state->exec();
        bindKey(*version, s.plan.key);
        version->bindInt64(5, s.version.version);
        version->bindInt64(6, s.version.amount);
        version->bindText(7, s.version.reason);
        version->bindText(8, s.version.by);
        version->bindText(9, s.version.at);
        version->exec();
        const auto was = now.find(s.plan.key);
        audit.record("target", s.plan.key.toString(), "approve",
                     was == now.end() ? std::nullopt : std::optional<std::string>(planJson(was->second.plan)),
                     planJson(s.plan));
    }
    tx.commit();
}

void SqlTargetPlanRepository::revise(const TargetKey& key, std::int64_t amount, const std::string& reason,
                                     const std::string& by, const std::string& at)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    const TargetPlan was = currentOrDraft(key);
    const LifecycleStep s = applyRevise(was, amount, reason, by, at);
    const SqlDialect& dialect = m_ws.dialect();
    auto target = dialect.prepareBulk(db, QStringLiteral("UPDATE targets SET amount = ?, row_version = row_version + 1")
                                          + changeAuthorAssignments()
                                          + QString::fromLatin1(kKeyWhere),
                                      "revising a target");
    target->bindInt64(0, amount);
    bindKey(*target, key, 1);
    target->exec();
    auto plan = dialect.prepareBulk(db,
                                    QStringLiteral("UPDATE target_plans SET version = ?, updated_by = ?, updated_at = ?, "
                                                   "row_version = row_version + 1")
                                        + QString::fromLatin1(kKeyWhere),
                                    "revising a target");
    plan->bindInt64(0, s.plan.version);
    plan->bindText(1, by);
    plan->bindText(2, at);
    bindKey(*plan, key, 3);
    plan->exec();
    auto version = dialect.prepareBulk(db,
                                       QStringLiteral("INSERT INTO target_versions (owner_kind, owner_id, metric, "
                                                      "period, segment, version, amount, reason, changed_by, "
                                                      "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                       "keeping target versions");
    bindKey(*version, key);
    version->bindInt64(5, s.version.version);
    version->bindInt64(6, s.version.amount);
    version->bindText(7, s.version.reason);
    version->bindText(8, s.version.by);
    version->bindText(9, s.version.at);
    version->exec();
    TargetPlan after = s.plan;
    after.amount = amount;
    AuditLog(db).record("target", key.toString(), "revise: " + reason, planJson(was), planJson(after));
    tx.commit();
}

void SqlTargetPlanRepository::setResponsibility(const TargetKey& key, const std::optional<std::string>& responsibleRepId,
                                                const std::optional<std::string>& kpiCode)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    const TargetPlan was = currentOrDraft(key);
    if (was.state == TargetState::Approved)
        throw LifecycleError(LifecycleIssue::ApprovedLocked, key);
    TargetPlan after = was;
    after.responsibleRepId = responsibleRepId;
    after.kpiCode = kpiCode;
    AuditLog(db).record("target", key.toString(), "responsibility", planJson(was), planJson(after));
    auto q = m_ws.dialect().prepareBulk(
        db,
        withRowVersionBump(QStringLiteral("target_plans"),
                           QStringLiteral("INSERT INTO target_plans (owner_kind, owner_id, metric, period, segment, "
                                          "state, responsible_rep_id, kpi_code, version) "
                                          "VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, 0) "
                                          "ON CONFLICT (owner_kind, owner_id, metric, period, segment) DO UPDATE SET "
                                          "responsible_rep_id = excluded.responsible_rep_id, "
                                          "kpi_code = excluded.kpi_code")),
        "setting a target's responsibility");
    bindKey(*q, key);
    bindOptText(*q, 5, responsibleRepId);
    bindOptText(*q, 6, kpiCode);
    q->exec();
    tx.commit();
}

void SqlTargetPlanRepository::submit(const TargetKey& key, std::optional<std::int64_t> amount, const std::string& by,
                                     const std::string& at)
{
    if (amount && *amount < 0)
        throw LifecycleError(LifecycleIssue::NegativeAmount, key);
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    const TargetPlan was = currentOrDraft(key);
    TargetPlan after = was;
    after.submitted = amount;
    AuditLog(db).record("target", key.toString(), "submit", planJson(was), planJson(after));
    auto q = m_ws.dialect().prepareBulk(
        db,
        withRowVersionBump(QStringLiteral("target_plans"),
                           QStringLiteral("INSERT INTO target_plans (owner_kind, owner_id, metric, period, segment, "
                                          "state, submitted, submitted_by, submitted_at, version) "
                                          "VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, 0) "
                                          "ON CONFLICT (owner_kind, owner_id, metric, period, segment) DO UPDATE SET "
                                          "submitted = excluded.submitted, submitted_by = excluded.submitted_by, "
                                          "submitted_at = excluded.submitted_at")),
        "saving a bottom-up submission");
    bindKey(*q, key);
    if (amount)
        q->bindInt64(5, *amount);
    else
        q->bindNull(5);
    q->bindText(6, by);
    q->bindText(7, at);
    q->exec();
    tx.commit();
}

} // namespace sd::storage
