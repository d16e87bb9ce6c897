#include "storage/SqlAppraisalRepository.h"

#include "storage/Migrator.h"
#include "storage/AuditLog.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QSqlError>

namespace sd::storage {

namespace {

const QStringList kRecordColumns = {QStringLiteral("rep_id"),          QStringLiteral("period"),
                                    QStringLiteral("state"),           QStringLiteral("self_comment"),
                                    QStringLiteral("manager_comment"), QStringLiteral("calibrated_grade"),
                                    QStringLiteral("calibration_reason"), QStringLiteral("signed_off_at"),
                                    QStringLiteral("signed_off_by"),   QStringLiteral("updated_at")};

const QString kEventColumns =
    QStringLiteral("rep_id, period, at, actor, action, from_state, to_state, detail");

QVariant optText(const std::optional<std::string>& s)
{
    return s ? sql::text(*s) : QVariant(QMetaType(QMetaType::QString));
}

AppraisalState stateOf(const QVariant& v)
{
    const std::string code = sql::toStd(v);
    const auto s = appraisalStateFromCode(code);
    if (!s)
        throw StorageError("unknown appraisal state '" + code + "' in the workspace");
    return *s;
}

AppraisalRecord readRecord(const QSqlQuery& q)
{
    AppraisalRecord r;
    r.repId = sql::toStd(q.value(0));
    r.period = sql::toStd(q.value(1));
    r.state = stateOf(q.value(2));
    r.selfComment = sql::toStd(q.value(3));
    r.managerComment = sql::toStd(q.value(4));
    if (!q.value(5).isNull())
        r.calibratedGrade = sql::toStd(q.value(5));
    r.calibrationReason = sql::toStd(q.value(6));
    if (!q.value(7).isNull())
        r.signedOffAt = sql::toStd(q.value(7));
    r.signedOffBy = sql::toStd(q.value(8));
    r.updatedAt = sql::toStd(q.value(9));
    return r;
}

QString selectRecords()
{
    return QStringLiteral("SELECT ") + kRecordColumns.join(QStringLiteral(", "))
           + QStringLiteral(" FROM appraisal_records");
}

} // namespace

SqlAppraisalRepository::SqlAppraisalRepository(Workspace& workspace)
    : m_ws(workspace)
{
    ensureTables();
    ensureRowVersionColumn(m_ws.database(), QStringLiteral("appraisal_records"));
}

void SqlAppraisalRepository::ensureTables()
{
    const QSqlDatabase db = m_ws.database();
    const QStringList tables = db.tables();
    if (tables.contains(QStringLiteral("appraisal_events")) && tables.contains(QStringLiteral("review_comments")))
        return;
    QFile file(QStringLiteral(":/migrations/0004_appraisal.sql"));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError("this build of Salesdesk lacks the appraisal schema (:/migrations/0004_appraisal.sql)");
    ScopedTransaction tx(db);
    for (const QString& statement : Migrator::splitStatements(QString::fromUtf8(file.readAll()))) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            throw StorageError("cannot add the appraisal tables: " + q.lastError().text().toStdString());
    }
    tx.commit();
}

std::vector<AppraisalRecord> SqlAppraisalRepository::records(const std::string& period) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), selectRecords() + QStringLiteral(" WHERE period = ? ORDER BY rep_id"));
    q.addBindValue(sql::text(period));
    sql::exec(q, "reading appraisals");
    std::vector<AppraisalRecord> out;
    while (q.next())
        out.push_back(readRecord(q));
    return out;
}

std::optional<AppraisalRecord> SqlAppraisalRepository::record(const std::string& repId, const std::string& period) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), selectRecords() + QStringLiteral(" WHERE rep_id = ? AND period = ?"));
    q.addBindValue(sql::text(repId));
    q.addBindValue(sql::text(period));
    sql::exec(q, "reading an appraisal");
    if (!q.next())
        return std::nullopt;
    return readRecord(q);
}

// An appraisal as the audit log keeps it (before/after JSON).
static std::string appraisalJson(const AppraisalRecord& r)
{
    return auditJson({{"state", std::string(toCode(r.state))},
                      {"self_comment", r.selfComment},
                      {"manager_comment", r.managerComment},
                      {"calibrated_grade", r.calibratedGrade},
                      {"calibration_reason", r.calibrationReason},
                      {"signed_off_by", r.signedOffBy}});
}

void SqlAppraisalRepository::save(const AppraisalRecord& r, const AppraisalEvent& e)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    const std::optional<AppraisalRecord> before = record(r.repId, r.period);
    const bool calibration = before ? (before->calibratedGrade != r.calibratedGrade
                                       || before->calibrationReason != r.calibrationReason)
                                    : r.calibratedGrade.has_value();
    AuditLog(db).record(calibration ? "calibration" : "appraisal", r.repId + " " + r.period, e.action,
                        before ? std::optional<std::string>(appraisalJson(*before)) : std::nullopt,
                        appraisalJson(r));
    QSqlQuery q = sql::prepare(db, withRowVersionBump(QStringLiteral("appraisal_records"),
                                                      m_ws.dialect().upsertSql(QStringLiteral("appraisal_records"),
                                                                               kRecordColumns,
                                                                               kRecordColumns.mid(0, 2))));
    q.addBindValue(sql::text(r.repId));
    q.addBindValue(sql::text(r.period));
    q.addBindValue(QString::fromLatin1(toCode(r.state).data()));
    q.addBindValue(sql::text(r.selfComment));
    q.addBindValue(sql::text(r.managerComment));
    q.addBindValue(optText(r.calibratedGrade));
    q.addBindValue(sql::text(r.calibrationReason));
    q.addBindValue(optText(r.signedOffAt));
    q.addBindValue(sql::text(r.signedOffBy));
    q.addBindValue(sql::text(r.updatedAt));
    sql::exec(q, "saving an appraisal");
    // Who made the change (schema 11), also when the record was new (the upsert's insert).
    QSqlQuery by = sql::prepare(db, QStringLiteral("UPDATE appraisal_records SET updated_by = ? WHERE rep_id = ? "
                                                   "AND period = ?"));
    by.addBindValue(sql::text(AuditLog::currentUser()));
    by.addBindValue(sql::text(r.repId));
    by.addBindValue(sql::text(r.period));
    sql::exec(by, "saving an appraisal");

    insertEvent(e);
    tx.commit();
}

void SqlAppraisalRepository::addEvent(const AppraisalEvent& e)
{
    insertEvent(e);
}

void SqlAppraisalRepository::insertEvent(const AppraisalEvent& e)
{
    QSqlQuery ev = sql::prepare(m_ws.database(), QStringLiteral("INSERT INTO appraisal_events (") + kEventColumns
                                        + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    ev.addBindValue(sql::text(e.repId));
    ev.addBindValue(sql::text(e.period));
    ev.addBindValue(sql::text(e.at));
    ev.addBindValue(sql::text(e.actor));
    ev.addBindValue(sql::text(e.action));
    ev.addBindValue(QString::fromLatin1(toCode(e.fromState).data()));
    ev.addBindValue(QString::fromLatin1(toCode(e.toState).data()));
    ev.addBindValue(sql::text(e.detail));
    sql::exec(ev, "recording an appraisal event");
}

std::vector<AppraisalEvent> SqlAppraisalRepository::events(const std::string& repId, const std::string& period) const
{
    QString text = QStringLiteral("SELECT ") + kEventColumns + QStringLiteral(" FROM appraisal_events WHERE period = ?");
    if (!repId.empty())
        text += QStringLiteral(" AND rep_id = ?");
    QSqlQuery q = sql::prepare(m_ws.database(), text + QStringLiteral(" ORDER BY id"));
    q.addBindValue(sql::text(period));
    if (!repId.empty())
        q.addBindValue(sql::text(repId));
    sql::exec(q, "reading the appraisal trail");
    std::vector<AppraisalEvent> out;
    while (q.next()) {
        AppraisalEvent e;
        e.repId = sql::toStd(q.value(0));
        e.period = sql::toStd(q.value(1));
        e.at = sql::toStd(q.value(2));
        e.actor = sql::toStd(q.value(3));
        e.action = sql::toStd(q.value(4));
        e.fromState = stateOf(q.value(5));
        e.toState = stateOf(q.value(6));
        e.detail = sql::toStd(q.value(7));
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace sd::storage
