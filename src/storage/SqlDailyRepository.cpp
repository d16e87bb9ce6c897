#include "storage/SqlDailyRepository.h"

#include "storage/Migrator.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlHelpers.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QSqlError>

namespace sd::storage {

namespace {

std::optional<std::string> optText(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return sql::toStd(v);
}

std::optional<Date> optDate(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return Date::parse(sql::toStd(v));
}

Date dateOf(const QVariant& v)
{
    return Date::parseOrThrow(sql::toStd(v));
}

QVariant optTextValue(const std::optional<std::string>& s)
{
    return s ? sql::text(*s) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

SqlDailyRepository::SqlDailyRepository(Workspace& workspace)
    : m_ws(workspace)
{
    ensureTables();
}

void SqlDailyRepository::ensureTables()
{
    const QSqlDatabase db = m_ws.database();
    if (db.tables().contains(QStringLiteral("rep_unit_history")))
        return;
    QFile file(QStringLiteral(":/migrations/0006_daily.sql"));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError("this build of Salesdesk lacks the daily schema (:/migrations/0006_daily.sql)");
    ScopedTransaction tx(db);
    for (const QString& statement : Migrator::splitStatements(QString::fromUtf8(file.readAll()))) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            throw StorageError("cannot add the daily tables: " + q.lastError().text().toStdString());
    }
    tx.commit();
}

DailyRecords SqlDailyRepository::load() const
{
    const QSqlDatabase db = m_ws.database();
    DailyRecords r;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT rep_id, week, customer_id, note FROM visit_plans"
                                              " ORDER BY rep_id, week, customer_id"),
                           "reading visit plans");
    while (q.next())
        r.visitPlans.push_back({sql::toStd(q.value(0)), sql::toStd(q.value(1)), sql::toStd(q.value(2)),
                                optText(q.value(3))});
    q = sql::run(db, QStringLiteral("SELECT id, rep_id, noted_on, author, note FROM coaching_notes"
                                    " ORDER BY rep_id, noted_on, id"),
                 "reading coaching notes");
    while (q.next())
        r.coachingNotes.push_back({sql::toStd(q.value(0)), sql::toStd(q.value(1)), dateOf(q.value(2)),
                                   optText(q.value(3)), sql::toStd(q.value(4))});
    q = sql::run(db, QStringLiteral("SELECT id, rep_id, course, kind, completed_on, kpi_code FROM training_records"
                                    " ORDER BY rep_id, id"),
                 "reading training records");
    while (q.next())
        r.training.push_back({sql::toStd(q.value(0)), sql::toStd(q.value(1)), sql::toStd(q.value(2)),
                              trainingKindFromCode(sql::toStd(q.value(3))).value_or(TrainingKind::Continuing),
                              optDate(q.value(4)), optText(q.value(5))});
    q = sql::run(db, QStringLiteral("SELECT rep_id, org_unit_id, from_on, to_on FROM rep_unit_history"
                                    " ORDER BY rep_id, from_on"),
                 "reading team moves");
    while (q.next())
        r.unitHistory.push_back(
            {sql::toStd(q.value(0)), sql::toStd(q.value(1)), dateOf(q.value(2)), dateOf(q.value(3))});
    q = sql::run(db, QStringLiteral("SELECT customer_id, changed_on, field, old_value, new_value FROM customer_changes"
                                    " ORDER BY changed_on, id"),
                 "reading customer changes");
    while (q.next())
        r.customerChanges.push_back({sql::toStd(q.value(0)), dateOf(q.value(1)), sql::toStd(q.value(2)),
                                     optText(q.value(3)), optText(q.value(4))});
    return r;
}

void SqlDailyRepository::addVisitPlans(const std::vector<VisitPlan>& plans)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM visit_plans WHERE rep_id = ? AND week = ? AND customer_id = ?"));
    QSqlQuery ins = sql::prepare(db, QStringLiteral("INSERT INTO visit_plans (rep_id, week, customer_id, note)"
                                                    " VALUES (?, ?, ?, ?)"));
    for (const VisitPlan& p : plans) {
        del.addBindValue(sql::text(p.repId));
        del.addBindValue(sql::text(p.week));
        del.addBindValue(sql::text(p.customerId));
        sql::exec(del, "saving the visit plan");
        ins.addBindValue(sql::text(p.repId));
        ins.addBindValue(sql::text(p.week));
        ins.addBindValue(sql::text(p.customerId));
        ins.addBindValue(optTextValue(p.note));
        sql::exec(ins, "saving the visit plan");
    }
    tx.commit();
}

void SqlDailyRepository::addCoachingNote(const CoachingNote& note)
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("INSERT INTO coaching_notes (id, rep_id, noted_on, author,"
                                                               " note) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sql::text(note.id));
    q.addBindValue(sql::text(note.repId));
    q.addBindValue(sql::date(note.notedOn));
    q.addBindValue(optTextValue(note.author));
    q.addBindValue(sql::text(note.note));
    sql::exec(q, "saving a coaching note");
}

void SqlDailyRepository::saveTraining(const TrainingRecord& t)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM training_records WHERE id = ?"));
    del.addBindValue(sql::text(t.id));
    sql::exec(del, "saving a training record");
    QSqlQuery q = sql::prepare(db, QStringLiteral("INSERT INTO training_records (id, rep_id, course, kind, completed_on,"
                                                  " kpi_code) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::text(t.id));
    q.addBindValue(sql::text(t.repId));
    q.addBindValue(sql::text(t.course));
    q.addBindValue(sql::text(std::string(toCode(t.kind))));
    q.addBindValue(sql::optDate(t.completedOn));
    q.addBindValue(optTextValue(t.kpiCode));
    sql::exec(q, "saving a training record");
    tx.commit();
}

void SqlDailyRepository::removeTraining(const std::string& id)
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("DELETE FROM training_records WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "removing a training record");
}

void SqlDailyRepository::addCustomerChange(const CustomerChange& c)
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("INSERT INTO customer_changes (customer_id, changed_on,"
                                                               " field, old_value, new_value) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sql::text(c.customerId));
    q.addBindValue(sql::date(c.changedOn));
    q.addBindValue(sql::text(c.field));
    q.addBindValue(optTextValue(c.oldValue));
    q.addBindValue(optTextValue(c.newValue));
    sql::exec(q, "saving a customer change");
}

void SqlDailyRepository::removeVisitPlan(const std::string& repId, const std::string& week,
                                         const std::string& customerId)
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("DELETE FROM visit_plans WHERE rep_id = ? AND week = ?"
                                                               " AND customer_id = ?"));
    q.addBindValue(sql::text(repId));
    q.addBindValue(sql::text(week));
    q.addBindValue(sql::text(customerId));
    sql::exec(q, "removing a visit plan entry");
}

void SqlDailyRepository::saveCoachingNote(const CoachingNote& note)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    removeCoachingNote(note.id);
    addCoachingNote(note);
    tx.commit();
}

void SqlDailyRepository::removeCoachingNote(const std::string& id)
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("DELETE FROM coaching_notes WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "removing a coaching note");
}

UnitMembership SqlDailyRepository::moveRep(const std::string& repId, const std::string& toUnitId, Date effective)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    QSqlQuery rep = sql::prepare(db, QStringLiteral("SELECT org_unit_id, hire_date FROM reps WHERE id = ?"));
    rep.addBindValue(sql::text(repId));
    sql::exec(rep, "reading the rep to move");
    if (!rep.next())
        throw StorageError("unknown rep " + repId);
    UnitMembership closed{repId, sql::toStd(rep.value(0)), dateOf(rep.value(1)), effective.addDays(-1)};
    QSqlQuery unit = sql::prepare(db, QStringLiteral("SELECT kind FROM org_units WHERE id = ?"));
    unit.addBindValue(sql::text(toUnitId));
    sql::exec(unit, "reading the team");
    if (!unit.next())
        throw StorageError("unknown org unit " + toUnitId);
    if (unit.value(0).toString() != QStringLiteral("team"))
        throw StorageError("reps belong to teams; " + toUnitId + " is not a team");
    if (SqlOrgRepository(m_ws).inactiveUnits().count(toUnitId))
        throw StorageError("team " + toUnitId + " is inactive: reactivate it before moving a rep to it");
    if (closed.orgUnitId == toUnitId)
        throw StorageError("rep " + repId + " is already in " + toUnitId);
    QSqlQuery last = sql::prepare(db, QStringLiteral("SELECT MAX(to_on) FROM rep_unit_history WHERE rep_id = ?"));
    last.addBindValue(sql::text(repId));
    sql::exec(last, "reading team moves");
    if (last.next() && !last.value(0).isNull())
        closed.from = dateOf(last.value(0)).addDays(1);
    if (effective <= closed.from)
        throw StorageError("a move of rep " + repId + " must take effect after " + closed.from.toString());
    QSqlQuery ins = sql::prepare(db, QStringLiteral("INSERT INTO rep_unit_history (rep_id, org_unit_id, from_on, to_on)"
                                                    " VALUES (?, ?, ?, ?)"));
    ins.addBindValue(sql::text(repId));
    ins.addBindValue(sql::text(closed.orgUnitId));
    ins.addBindValue(sql::date(closed.from));
    ins.addBindValue(sql::date(closed.to));
    sql::exec(ins, "saving a team move");
    QSqlQuery upd = sql::prepare(db, QStringLiteral("UPDATE reps SET org_unit_id = ? WHERE id = ?"));
    upd.addBindValue(sql::text(toUnitId));
    upd.addBindValue(sql::text(repId));
    sql::exec(upd, "moving the rep");
    tx.commit();
    return closed;
}

void SqlDailyRepository::undoMove(const UnitMembership& closed)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM rep_unit_history WHERE rep_id = ? AND from_on = ?"));
    del.addBindValue(sql::text(closed.repId));
    del.addBindValue(sql::date(closed.from));
    sql::exec(del, "undoing a team move");
    QSqlQuery upd = sql::prepare(db, QStringLiteral("UPDATE reps SET org_unit_id = ? WHERE id = ?"));
    upd.addBindValue(sql::text(closed.orgUnitId));
    upd.addBindValue(sql::text(closed.repId));
    sql::exec(upd, "undoing a team move");
    tx.commit();
}

} // namespace sd::storage
