#include "storage/SqlOpportunityRepository.h"

#include "storage/AuditLog.h"
#include "storage/RepositorySupport.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/Workspace.h"

namespace sd::storage {

SqlOpportunityRepository::SqlOpportunityRepository(const Workspace& workspace)
    : m_ws(workspace)
{
}

std::vector<Opportunity> SqlOpportunityRepository::load(const char* column, const std::string& value) const
{
    const QSqlDatabase db = m_ws.database();
    const QString col = QString::fromLatin1(column);
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT ") + rows::selectList(rows::opportunityColumns())
                                       + QStringLiteral(" FROM opportunities WHERE ") + col
                                       + QStringLiteral(" = ? ORDER BY id"));
    q.addBindValue(sql::text(value));
    sql::exec(q, "reading opportunities");
    std::vector<Opportunity> out = readAll<Opportunity>(std::move(q), rows::readOpportunity);
    if (out.empty())
        return out;
    QSqlQuery h = sql::prepare(db, QStringLiteral("SELECT h.opportunity_id, h.stage, h.entered_on FROM stage_history h "
                                                  "JOIN opportunities o ON o.id = h.opportunity_id WHERE o.")
                                       + col + QStringLiteral(" = ? ORDER BY h.opportunity_id, h.seq"));
    h.addBindValue(sql::text(value));
    sql::exec(h, "reading stage histories");
    attachHistory(out, std::move(h));
    return out;
}

std::vector<Opportunity> SqlOpportunityRepository::byOwner(const std::string& repId) const
{
    return load("owner_rep_id", repId);
}

std::optional<Opportunity> SqlOpportunityRepository::byId(const std::string& id) const
{
    auto found = load("id", id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

void SqlOpportunityRepository::updateStage(const std::string& id, const std::string& stage, Date enteredOn)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    const auto opp = byId(id);
    if (!opp)
        throw StorageError("no opportunity with id '" + id + "'");
    const std::vector<StageEntry> history = opp->effectiveHistory();
    if (enteredOn < history.back().enteredOn)
        throw StorageError("opportunity '" + id + "' entered " + history.back().stage + " on "
                           + history.back().enteredOn.toString() + "; a stage change cannot be dated before that ("
                           + enteredOn.toString() + ")");
    QtSqlStatement ins(db,
                       QStringLiteral("INSERT INTO stage_history (opportunity_id, seq, stage, entered_on) "
                                      "VALUES (?, ?, ?, ?)"),
                       "recording a stage change");
    if (opp->history.empty()) {
        rows::bindStageEntry(ins, id, 0, history.front());
        ins.exec();
    }
    rows::bindStageEntry(ins, id, static_cast<int>(history.size()), StageEntry{stage, enteredOn});
    ins.exec();
    updateColumn(id, "stage", sql::text(stage), "changing a stage");
    AuditLog(db).record("stage", id, "stage", auditJson({{"value", opp->stage}}),
                        auditJson({{"value", stage}, {"effective_on", enteredOn.toString()}}));
    tx.commit();
}

void SqlOpportunityRepository::updateAmount(const std::string& id, Money amount)
{
    updateColumn(id, "amount", sql::cents(amount), "changing an amount");
}

void SqlOpportunityRepository::updateExpectedClose(const std::string& id, std::optional<Date> expectedCloseOn)
{
    updateColumn(id, "expected_close_on", sql::optDate(expectedCloseOn), "changing an expected close date");
}

void SqlOpportunityRepository::updateColumn(const std::string& id, const char* column, const QVariant& value,
                                            const char* what)
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("UPDATE opportunities SET ")
                                                    + QString::fromLatin1(column)
                                                    + QStringLiteral(" = ?, row_version = row_version + 1")
                                                    + changeAuthorAssignments() + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(value);
    q.addBindValue(sql::text(id));
    sql::exec(q, what);
    if (q.numRowsAffected() == 0)
        throw StorageError("no opportunity with id '" + id + "'");
}

} // namespace sd::storage
