#include "storage/SqlTargetRepository.h"

#include "storage/AuditLog.h"
#include "storage/RepositorySupport.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlDialect.h"
#include "storage/Workspace.h"

namespace sd::storage {

namespace {

const char* const kOrder = " ORDER BY owner_kind, owner_id, metric, period, segment";

QString code(std::string_view c) { return QString::fromLatin1(c.data(), static_cast<qsizetype>(c.size())); }

QString ownerKind(const OwnerRef& o) { return o.kind == OwnerKind::Unit ? QStringLiteral("unit") : QStringLiteral("rep"); }

} // namespace

SqlTargetRepository::SqlTargetRepository(Workspace& workspace)
    : m_ws(workspace)
{
}

std::vector<Target> SqlTargetRepository::list(const std::optional<std::string>& period) const
{
    QString text = QStringLiteral("SELECT ") + rows::selectList(rows::targetColumns()) + QStringLiteral(" FROM targets");
    if (period)
        text += QStringLiteral(" WHERE period = ?");
    QSqlQuery q = sql::prepare(m_ws.database(), text + QString::fromLatin1(kOrder));
    if (period)
        q.addBindValue(sql::text(*period));
    sql::exec(q, "reading targets");
    return readAll<Target>(std::move(q), rows::readTarget);
}

std::vector<Target> SqlTargetRepository::ofOwner(const OwnerRef& owner) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("SELECT ") + rows::selectList(rows::targetColumns())
                                                    + QStringLiteral(" FROM targets WHERE owner_kind = ? AND owner_id = ?")
                                                    + QString::fromLatin1(kOrder));
    q.addBindValue(ownerKind(owner));
    q.addBindValue(sql::text(owner.id));
    sql::exec(q, "reading targets");
    return readAll<Target>(std::move(q), rows::readTarget);
}

void SqlTargetRepository::upsert(const std::vector<Target>& targets)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    QtSqlStatement q(db,
                     withRowVersionBump(QStringLiteral("targets"),
                                        m_ws.dialect().upsertSql(QStringLiteral("targets"), rows::targetColumns(),
                                                                 rows::targetColumns().mid(0, 5))),
                     "saving targets");
    AuditLog audit(db);
    for (const Target& t : targets) {
        QSqlQuery was = sql::prepare(db, QStringLiteral("SELECT amount FROM targets WHERE owner_kind = ? AND "
                                                        "owner_id = ? AND metric = ? AND period = ? AND segment = ?"));
        was.addBindValue(ownerKind(t.owner));
        was.addBindValue(sql::text(t.owner.id));
        was.addBindValue(code(toCode(t.metric)));
        was.addBindValue(sql::text(t.period));
        was.addBindValue(code(toCode(t.segment)));
        sql::exec(was, "reading a target");
        const std::string id = ownerKind(t.owner).toStdString() + ":" + t.owner.id + " " + std::string(toCode(t.metric))
            + " " + t.period + " " + std::string(toCode(t.segment));
        audit.record("target", id, "set amount",
                     was.next() ? std::optional<std::string>(auditJson({{"amount", sql::toStd(was.value(0))}}))
                                : std::nullopt,
                     auditJson({{"amount", std::to_string(t.amount)}}));
        rows::bindTarget(q, t);
        q.exec();
    }
    tx.commit();
}

bool SqlTargetRepository::remove(const OwnerRef& owner, Metric metric, const std::string& period, Segment segment)
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("DELETE FROM targets WHERE owner_kind = ? AND owner_id = ? AND metric = ? "
                                              "AND period = ? AND segment = ?"));
    q.addBindValue(ownerKind(owner));
    q.addBindValue(sql::text(owner.id));
    q.addBindValue(code(toCode(metric)));
    q.addBindValue(sql::text(period));
    q.addBindValue(code(toCode(segment)));
    sql::exec(q, "deleting a target");
    return q.numRowsAffected() > 0;
}

} // namespace sd::storage
