#include "storage/SqlIncentiveStatementRepository.h"

#include "storage/AuditLog.h"
#include "storage/Migrator.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QFile>

#include <spdlog/spdlog.h>

#include <map>

namespace sd::storage {

namespace {

QVariant optText(const std::string& s)
{
    return s.empty() ? QVariant() : sql::text(s);
}

StatementState state(const QVariant& v)
{
    const std::string code = sql::toStd(v);
    const auto s = statementStateFromCode(code);
    if (!s)
        throw StorageError("unknown incentive statement state '" + code + "'");
    return *s;
}

// A statement as the audit log keeps it (before/after JSON).
std::string statementJson(const StatementSnapshot& s)
{
    return auditJson({{"state", std::string(toCode(s.state))},
                      {"plan_code", s.planCode},
                      {"total", Money::fromCents(s.totalCents).toString()},
                      {"calculated_at", s.calculatedAt},
                      {"reviewed_by", s.reviewedBy},
                      {"approved_by", s.approvedBy}});
}

} // namespace

SqlIncentiveStatementRepository::SqlIncentiveStatementRepository(Workspace& workspace)
    : m_ws(workspace)
{
    // Schema 5 was reserved (comment-only) for a while before its tables were written: a workspace migrated then
    // is at version 5 or later without them. Its statements (all IF NOT EXISTS) are applied once more here.
    QSqlDatabase db = m_ws.database();
    if (db.tables().contains(QStringLiteral("incentive_statements"))
        && db.tables().contains(QStringLiteral("incentive_statement_lines"))) {
        ensureRowVersionColumn(db, QStringLiteral("incentive_statements"));
        return;
    }
    QFile file(QStringLiteral(":/migrations/0005_incentives.sql"));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError("this build of Salesdesk lacks its schema migrations (resource :/migrations)");
    ScopedTransaction tx(db);
    for (const QString& statement : Migrator::splitStatements(QString::fromUtf8(file.readAll())))
        sql::run(db, statement, "creating the incentive statement tables");
    ensureRowVersionColumn(db, QStringLiteral("incentive_statements"));
    tx.commit();
    spdlog::info("created the incentive statement tables in {}", m_ws.path().toStdString());
}

std::vector<StatementSnapshot> SqlIncentiveStatementRepository::read(const QString& where,
                                                                     const std::vector<std::string>& binds) const
{
    const QSqlDatabase db = m_ws.database();
    QSqlQuery q = sql::prepare(db,
                               QStringLiteral("SELECT rep_id, period, state, plan_code, total, calculated_at, "
                                              "reviewed_by, reviewed_at, approved_by, approved_at "
                                              "FROM incentive_statements WHERE ")
                                   + where + QStringLiteral(" ORDER BY rep_id"));
    for (const std::string& b : binds)
        q.addBindValue(sql::text(b));
    sql::exec(q, "reading incentive statements");
    std::vector<StatementSnapshot> out;
    std::map<std::string, size_t> byRep;
    while (q.next()) {
        StatementSnapshot s;
        s.repId = sql::toStd(q.value(0));
        s.period = sql::toStd(q.value(1));
        s.state = state(q.value(2));
        s.planCode = sql::toStd(q.value(3));
        s.totalCents = q.value(4).toLongLong();
        s.calculatedAt = sql::toStd(q.value(5));
        s.reviewedBy = sql::toStd(q.value(6));
        s.reviewedAt = sql::toStd(q.value(7));
        s.approvedBy = sql::toStd(q.value(8));
        s.approvedAt = sql::toStd(q.value(9));
        byRep[s.repId] = out.size();
        out.push_back(std::move(s));
    }
    QSqlQuery c = sql::prepare(db,
                               QStringLiteral("SELECT rep_id, type, metric, amount, error "
                                              "FROM incentive_statement_components WHERE ")
                                   + where + QStringLiteral(" ORDER BY rep_id, position"));
    for (const std::string& b : binds)
        c.addBindValue(sql::text(b));
    sql::exec(c, "reading incentive statement components");
    while (c.next()) {
        const auto it = byRep.find(sql::toStd(c.value(0)));
        if (it == byRep.end())
            continue;
        SnapshotComponent comp;
        comp.type = sql::toStd(c.value(1));
        comp.metric = sql::toStd(c.value(2));
        if (!c.value(3).isNull())
            comp.amountCents = c.value(3).toLongLong();
        comp.error = sql::toStd(c.value(4));
        out[it->second].components.push_back(std::move(comp));
    }
    QSqlQuery l = sql::prepare(db,
                               QStringLiteral("SELECT rep_id, order_id, share FROM incentive_statement_lines WHERE ")
                                   + where);
    for (const std::string& b : binds)
        l.addBindValue(sql::text(b));
    sql::exec(l, "reading incentive statement lines");
    while (l.next()) {
        const auto it = byRep.find(sql::toStd(l.value(0)));
        if (it != byRep.end())
            out[it->second].bookedShares[sql::toStd(l.value(1))] = l.value(2).toLongLong();
    }
    return out;
}

std::optional<StatementSnapshot> SqlIncentiveStatementRepository::find(const std::string& repId,
                                                                       const std::string& period) const
{
    auto rows = read(QStringLiteral("rep_id = ? AND period = ?"), {repId, period});
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::vector<StatementSnapshot> SqlIncentiveStatementRepository::ofPeriod(const std::string& period) const
{
    return read(QStringLiteral("period = ?"), {period});
}

std::vector<StatementSnapshot> SqlIncentiveStatementRepository::approvedBefore(const std::string& periodKindPattern,
                                                                               const std::string& period) const
{
    // Period labels of one kind ('2026-09', '2026Q2') sort in time order as text.
    std::vector<StatementSnapshot> out;
    for (StatementSnapshot& s : read(QStringLiteral("period LIKE ? AND period < ?"), {periodKindPattern, period}))
        if (s.state == StatementState::Approved)
            out.push_back(std::move(s));
    return out;
}

void SqlIncentiveStatementRepository::save(const std::vector<StatementSnapshot>& statements)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    QSqlQuery delLines
        = sql::prepare(db, QStringLiteral("DELETE FROM incentive_statement_lines WHERE rep_id = ? AND period = ?"));
    QSqlQuery line = sql::prepare(
        db, QStringLiteral("INSERT INTO incentive_statement_lines (rep_id, period, order_id, share) VALUES (?, ?, ?, ?)"));
    QSqlQuery delComponents = sql::prepare(
        db, QStringLiteral("DELETE FROM incentive_statement_components WHERE rep_id = ? AND period = ?"));
    QSqlQuery delHeader
        = sql::prepare(db, QStringLiteral("DELETE FROM incentive_statements WHERE rep_id = ? AND period = ?"));
    QSqlQuery header = sql::prepare(db,
                                    QStringLiteral("INSERT INTO incentive_statements (rep_id, period, state, "
                                                   "plan_code, total, calculated_at, reviewed_by, reviewed_at, "
                                                   "approved_by, approved_at, row_version, updated_by, updated_at) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    AuditLog audit(db);
    QSqlQuery component = sql::prepare(db,
                                       QStringLiteral("INSERT INTO incentive_statement_components (rep_id, period, "
                                                      "position, type, metric, amount, error) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const StatementSnapshot& s : statements) {
        // A statement is replaced whole; its row version carries on from the replaced one.
        const VersionedRow row{QStringLiteral("incentive_statements"),
                               {QStringLiteral("rep_id"), QStringLiteral("period")},
                               {sql::text(s.repId), sql::text(s.period)},
                               "statement",
                               s.repId + " " + s.period};
        const std::optional<long long> version = rowVersion(db, row);
        const std::optional<StatementSnapshot> before = find(s.repId, s.period);
        audit.record("statement", row.key, before ? std::string(toCode(s.state)) : "calculate",
                     before ? std::optional<std::string>(statementJson(*before)) : std::nullopt, statementJson(s));
        for (QSqlQuery* q : {&delLines, &delComponents, &delHeader}) {
            q->addBindValue(sql::text(s.repId));
            q->addBindValue(sql::text(s.period));
            sql::exec(*q, "replacing an incentive statement");
        }
        header.addBindValue(sql::text(s.repId));
        header.addBindValue(sql::text(s.period));
        header.addBindValue(sql::text(std::string(toCode(s.state))));
        header.addBindValue(sql::text(s.planCode));
        header.addBindValue(QVariant::fromValue<qlonglong>(s.totalCents));
        header.addBindValue(sql::text(s.calculatedAt));
        header.addBindValue(optText(s.reviewedBy));
        header.addBindValue(optText(s.reviewedAt));
        header.addBindValue(optText(s.approvedBy));
        header.addBindValue(optText(s.approvedAt));
        header.addBindValue(QVariant::fromValue<qlonglong>(version ? *version + 1 : 0));
        header.addBindValue(sql::text(AuditLog::currentUser()));
        header.addBindValue(sql::text(AuditLog::nowUtc()));
        sql::exec(header, "saving an incentive statement");
        for (size_t i = 0; i < s.components.size(); ++i) {
            const SnapshotComponent& c = s.components[i];
            component.addBindValue(sql::text(s.repId));
            component.addBindValue(sql::text(s.period));
            component.addBindValue(int(i));
            component.addBindValue(sql::text(c.type));
            component.addBindValue(sql::text(c.metric));
            component.addBindValue(c.amountCents ? QVariant::fromValue<qlonglong>(*c.amountCents) : QVariant());
            component.addBindValue(sql::text(c.error));
            sql::exec(component, "saving an incentive statement component");
        }
        for (const auto& [orderId, share] : s.bookedShares) {
            line.addBindValue(sql::text(s.repId));
            line.addBindValue(sql::text(s.period));
            line.addBindValue(sql::text(orderId));
            line.addBindValue(QVariant::fromValue<qlonglong>(share));
            sql::exec(line, "saving an incentive statement line");
        }
    }
    tx.commit();
}

} // namespace sd::storage
