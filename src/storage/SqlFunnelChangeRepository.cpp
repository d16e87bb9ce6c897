#include "storage/SqlFunnelChangeRepository.h"

#include "storage/RepositorySupport.h"
#include "storage/QtSqlRow.h"
#include "storage/RowMapping.h"
#include "storage/AuditLog.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlHelpers.h"
#include "storage/SqlOpportunityRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QSqlQuery>

#include <charconv>

namespace sd::storage {

namespace {

std::string nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

Money centsValue(const std::string& text)
{
    std::int64_t cents = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), cents);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size())
        throw StorageError("not an amount in cents: '" + text + "'");
    return Money::fromCents(cents);
}

} // namespace

SqlFunnelChangeRepository::SqlFunnelChangeRepository(const Workspace& workspace)
    : m_ws(workspace)
{
}

std::vector<OpportunityChange> SqlFunnelChangeRepository::read(const std::string* opportunityId) const
{
    QString text = QStringLiteral("SELECT opportunity_id, field, old_value, new_value, changed_on, changed_by, "
                                  "recorded_at, criteria_skipped, note FROM opportunity_changes");
    if (opportunityId)
        text += QStringLiteral(" WHERE opportunity_id = ?");
    text += QStringLiteral(" ORDER BY opportunity_id, seq");
    QSqlQuery q = sql::prepare(m_ws.database(), text);
    if (opportunityId)
        q.addBindValue(sql::text(*opportunityId));
    sql::exec(q, "reading the opportunity change history");
    std::vector<OpportunityChange> out;
    while (q.next()) {
        OpportunityChange c;
        c.opportunityId = sql::toStd(q.value(0));
        const std::string field = sql::toStd(q.value(1));
        const auto f = changeFieldFromCode(field);
        if (!f)
            throw StorageError("unknown field '" + field + "' in the change history of " + c.opportunityId);
        c.field = *f;
        c.oldValue = sql::toStd(q.value(2));
        c.newValue = sql::toStd(q.value(3));
        const std::string on = sql::toStd(q.value(4));
        const auto d = Date::parse(on);
        if (!d)
            throw StorageError("bad date '" + on + "' in the change history of " + c.opportunityId);
        c.changedOn = *d;
        c.changedBy = sql::toStd(q.value(5));
        c.recordedAt = sql::toStd(q.value(6));
        c.criteriaSkipped = q.value(7).toInt() != 0;
        c.note = sql::toStd(q.value(8));
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<OpportunityChange> SqlFunnelChangeRepository::changes() const
{
    return read(nullptr);
}

std::vector<OpportunityChange> SqlFunnelChangeRepository::changesOf(const std::string& opportunityId) const
{
    return read(&opportunityId);
}

void SqlFunnelChangeRepository::setValue(const std::string& id, ChangeField field, const std::string& value)
{
    const QSqlDatabase db = m_ws.database();
    if (field == ChangeField::ForecastCategory) {
        QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM opportunity_forecast WHERE opportunity_id = ?"));
        del.addBindValue(sql::text(id));
        sql::exec(del, "changing a forecast category");
        QSqlQuery ins = sql::prepare(
            db, QStringLiteral("INSERT INTO opportunity_forecast (opportunity_id, category) VALUES (?, ?)"));
        ins.addBindValue(sql::text(id));
        ins.addBindValue(sql::text(value));
        sql::exec(ins, "changing a forecast category");
        return;
    }
    QString column;
    QVariant bound;
    switch (field) {
    case ChangeField::Stage:
        column = QStringLiteral("stage");
        bound = sql::text(value);
        break;
    case ChangeField::Amount:
        column = QStringLiteral("amount");
        bound = sql::cents(centsValue(value));
        break;
    case ChangeField::ExpectedClose: {
        column = QStringLiteral("expected_close_on");
        std::optional<Date> d;
        if (!value.empty()) {
            d = Date::parse(value);
            if (!d)
                throw StorageError("not a date: '" + value + "'");
        }
        bound = sql::optDate(d);
        break;
    }
    case ChangeField::ForecastCategory:
        break;
    }
    QSqlQuery q = sql::prepare(db, QStringLiteral("UPDATE opportunities SET ") + column + QStringLiteral(" = ? WHERE id = ?"));
    q.addBindValue(bound);
    q.addBindValue(sql::text(id));
    sql::exec(q, "changing an opportunity");
}

OpportunityChange SqlFunnelChangeRepository::apply(const OpportunityEdit& edit)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    const auto opp = SqlOpportunityRepository(m_ws).byId(edit.opportunityId);
    if (!opp)
        throw StorageError("no opportunity with id '" + edit.opportunityId + "'");

    OpportunityChange c;
    c.opportunityId = edit.opportunityId;
    c.field = edit.field;
    c.newValue = edit.newValue;
    c.changedOn = edit.effectiveOn;
    c.changedBy = edit.changedBy;
    c.recordedAt = nowUtc();
    c.criteriaSkipped = edit.criteriaSkipped;
    c.note = edit.note;
    switch (edit.field) {
    case ChangeField::Stage:
        c.oldValue = opp->stage;
        break;
    case ChangeField::Amount:
        c.oldValue = changeValue(opp->amount);
        break;
    case ChangeField::ExpectedClose:
        c.oldValue = changeValue(opp->expectedCloseOn);
        break;
    case ChangeField::ForecastCategory: {
        const auto cats = forecastCategories();
        const auto it = cats.find(edit.opportunityId);
        c.oldValue = std::string(toCode(it == cats.end() ? ForecastCategory::Pipeline : it->second));
        if (!forecastCategoryFromCode(edit.newValue))
            throw StorageError("unknown forecast category '" + edit.newValue + "'");
        break;
    }
    }
    const std::string entity = edit.field == ChangeField::Stage ? "stage" : "opportunity";
    bumpRowVersion(db, opportunityRow(edit.opportunityId), edit.expectedVersion, c.oldValue);
    AuditLog(db).record(entity, edit.opportunityId, std::string(toCode(edit.field)),
                        auditJson({{"value", c.oldValue}}),
                        auditJson({{"value", c.newValue}, {"effective_on", edit.effectiveOn.toString()}}));
    if (c.oldValue == c.newValue)
        throw StorageError("opportunity '" + edit.opportunityId + "': the new " + std::string(toCode(edit.field))
                           + " is the same as the old one");

    const std::vector<OpportunityChange> earlier = changesOf(edit.opportunityId);
    for (const OpportunityChange& e : earlier)
        if (e.field == edit.field && e.changedOn > edit.effectiveOn)
            throw StorageError("opportunity '" + edit.opportunityId + "': its " + std::string(toCode(edit.field))
                               + " was already changed on " + e.changedOn.toString()
                               + "; a change cannot be dated before that (" + edit.effectiveOn.toString() + ")");

    int historyRows = 0;
    if (edit.field == ChangeField::Stage) {
        const std::vector<StageEntry> history = opp->effectiveHistory();
        if (edit.effectiveOn < history.back().enteredOn)
            throw StorageError("opportunity '" + edit.opportunityId + "' entered " + history.back().stage + " on "
                               + history.back().enteredOn.toString() + "; a stage change cannot be dated before that ("
                               + edit.effectiveOn.toString() + ")");
        QtSqlStatement ins(db,
                           QStringLiteral("INSERT INTO stage_history (opportunity_id, seq, stage, entered_on) "
                                          "VALUES (?, ?, ?, ?)"),
                           "recording a stage change");
        if (opp->history.empty()) {
            rows::bindStageEntry(ins, edit.opportunityId, 0, history.front());
            ins.exec();
            ++historyRows;
        }
        rows::bindStageEntry(ins, edit.opportunityId, static_cast<int>(history.size()),
                             StageEntry{edit.newValue, edit.effectiveOn});
        ins.exec();
        ++historyRows;
    }
    setValue(edit.opportunityId, edit.field, edit.newValue);

    QSqlQuery rec = sql::prepare(
        db, QStringLiteral("INSERT INTO opportunity_changes (opportunity_id, seq, field, old_value, new_value, "
                           "changed_on, changed_by, recorded_at, criteria_skipped, note, history_rows) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    rec.addBindValue(sql::text(c.opportunityId));
    rec.addBindValue(static_cast<int>(earlier.size()));
    rec.addBindValue(sql::text(std::string(toCode(c.field))));
    rec.addBindValue(sql::text(c.oldValue));
    rec.addBindValue(sql::text(c.newValue));
    rec.addBindValue(sql::date(c.changedOn));
    rec.addBindValue(sql::text(c.changedBy));
    rec.addBindValue(sql::text(c.recordedAt));
    rec.addBindValue(c.criteriaSkipped ? 1 : 0);
    rec.addBindValue(c.note.empty() ? QVariant() : sql::text(c.note));
    rec.addBindValue(historyRows);
    sql::exec(rec, "recording an opportunity change");
    tx.commit();
    return c;
}

void SqlFunnelChangeRepository::revertLast(const std::string& opportunityId, std::optional<long long> expectedVersion)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT seq, field, old_value, history_rows FROM opportunity_changes "
                                                  "WHERE opportunity_id = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(sql::text(opportunityId));
    sql::exec(q, "reading the opportunity change history");
    if (!q.next())
        throw StorageError("opportunity '" + opportunityId + "' has no recorded change to take back");
    const int seq = q.value(0).toInt();
    const auto field = changeFieldFromCode(sql::toStd(q.value(1)));
    const std::string oldValue = sql::toStd(q.value(2));
    const int historyRows = q.value(3).toInt();
    q.finish();
    if (!field)
        throw StorageError("unknown field in the change history of " + opportunityId);
    {
        QSqlQuery cur = sql::prepare(db, QStringLiteral("SELECT new_value FROM opportunity_changes "
                                                        "WHERE opportunity_id = ? AND seq = ?"));
        cur.addBindValue(sql::text(opportunityId));
        cur.addBindValue(seq);
        sql::exec(cur, "reading the opportunity change history");
        const std::string now = cur.next() ? sql::toStd(cur.value(0)) : std::string();
        bumpRowVersion(db, opportunityRow(opportunityId), expectedVersion, now);
        AuditLog(db).record(*field == ChangeField::Stage ? "stage" : "opportunity", opportunityId,
                            "revert " + std::string(toCode(*field)), auditJson({{"value", now}}),
                            auditJson({{"value", oldValue}}));
    }
    if (historyRows > 0) {
        QSqlQuery del = sql::prepare(
            db, QStringLiteral("DELETE FROM stage_history WHERE opportunity_id = ? AND seq >= "
                               "(SELECT COUNT(*) FROM stage_history WHERE opportunity_id = ?) - ?"));
        del.addBindValue(sql::text(opportunityId));
        del.addBindValue(sql::text(opportunityId));
        del.addBindValue(historyRows);
        sql::exec(del, "taking back a stage change");
    }
    if (*field == ChangeField::ForecastCategory && oldValue == toCode(ForecastCategory::Pipeline)) {
        QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM opportunity_forecast WHERE opportunity_id = ?"));
        del.addBindValue(sql::text(opportunityId));
        sql::exec(del, "taking back a forecast category");
    } else {
        setValue(opportunityId, *field, oldValue);
    }
    QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM opportunity_changes WHERE opportunity_id = ? AND seq = ?"));
    del.addBindValue(sql::text(opportunityId));
    del.addBindValue(seq);
    sql::exec(del, "taking back an opportunity change");
    tx.commit();
}

std::map<std::string, ForecastCategory> SqlFunnelChangeRepository::forecastCategories() const
{
    QSqlQuery q = sql::run(m_ws.database(), QStringLiteral("SELECT opportunity_id, category FROM opportunity_forecast"),
                           "reading forecast categories");
    std::map<std::string, ForecastCategory> out;
    while (q.next()) {
        const auto c = forecastCategoryFromCode(sql::toStd(q.value(1)));
        if (c)
            out.emplace(sql::toStd(q.value(0)), *c);
    }
    return out;
}

std::vector<ForecastSubmission> SqlFunnelChangeRepository::submissions(const std::string& period) const
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("SELECT rep_id, period, amount, submitted_by, submitted_at, adjusted_amount, "
                                              "adjusted_by, adjusted_at FROM forecast_submissions WHERE period = ? "
                                              "ORDER BY rep_id"));
    q.addBindValue(sql::text(period));
    sql::exec(q, "reading forecast submissions");
    std::vector<ForecastSubmission> out;
    while (q.next()) {
        ForecastSubmission s;
        s.repId = sql::toStd(q.value(0));
        s.period = sql::toStd(q.value(1));
        s.amount = Money::fromCents(q.value(2).toLongLong());
        s.submittedBy = sql::toStd(q.value(3));
        s.submittedAt = sql::toStd(q.value(4));
        if (!q.value(5).isNull())
            s.adjustedAmount = Money::fromCents(q.value(5).toLongLong());
        s.adjustedBy = sql::toStd(q.value(6));
        s.adjustedAt = sql::toStd(q.value(7));
        out.push_back(std::move(s));
    }
    return out;
}

void SqlFunnelChangeRepository::submitForecast(const ForecastSubmission& s)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM forecast_submissions WHERE rep_id = ? AND period = ?"));
    del.addBindValue(sql::text(s.repId));
    del.addBindValue(sql::text(s.period));
    sql::exec(del, "replacing a forecast submission");
    QSqlQuery ins = sql::prepare(db, QStringLiteral("INSERT INTO forecast_submissions (rep_id, period, amount, "
                                                    "submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?)"));
    ins.addBindValue(sql::text(s.repId));
    ins.addBindValue(sql::text(s.period));
    ins.addBindValue(sql::cents(s.amount));
    ins.addBindValue(sql::text(s.submittedBy));
    ins.addBindValue(sql::text(s.submittedAt.empty() ? nowUtc() : s.submittedAt));
    sql::exec(ins, "recording a forecast submission");
    tx.commit();
}

void SqlFunnelChangeRepository::adjustForecast(const std::string& repId, const std::string& period, Money amount,
                                               const std::string& by, const std::string& at)
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("UPDATE forecast_submissions SET adjusted_amount = ?, adjusted_by = ?, "
                                              "adjusted_at = ? WHERE rep_id = ? AND period = ?"));
    q.addBindValue(sql::cents(amount));
    q.addBindValue(sql::text(by));
    q.addBindValue(sql::text(at.empty() ? nowUtc() : at));
    q.addBindValue(sql::text(repId));
    q.addBindValue(sql::text(period));
    sql::exec(q, "adjusting a forecast");
    if (q.numRowsAffected() == 0)
        throw StorageError("rep '" + repId + "' has not submitted a forecast for " + period);
}

long long SqlFunnelChangeRepository::rowVersion(const std::string& opportunityId) const
{
    return storage::rowVersion(m_ws.database(), opportunityRow(opportunityId)).value_or(0);
}

} // namespace sd::storage
