#include "storage/SqlOrgRepository.h"

#include "storage/RepositorySupport.h"
#include "storage/SqlDialect.h"
#include "storage/Workspace.h"

namespace sd::storage {

namespace {

const QStringList kIdKey{QStringLiteral("id")};

QString select(const QStringList& columns, const char* rest)
{
    return QStringLiteral("SELECT ") + rows::selectList(columns) + QString::fromLatin1(rest);
}

} // namespace

SqlOrgRepository::SqlOrgRepository(const Workspace& workspace)
    : m_ws(workspace)
{
}

std::vector<OrgUnit> SqlOrgRepository::orgUnits() const
{
    return readAll<OrgUnit>(sql::run(m_ws.database(), select(rows::orgUnitColumns(), " FROM org_units ORDER BY id"),
                                     "reading org units"),
                            rows::readOrgUnit);
}

std::vector<OrgUnit> SqlOrgRepository::children(const std::optional<std::string>& parentId) const
{
    if (!parentId)
        return readAll<OrgUnit>(sql::run(m_ws.database(),
                                         select(rows::orgUnitColumns(),
                                                " FROM org_units WHERE parent_id IS NULL ORDER BY id"),
                                         "reading org units"),
                                rows::readOrgUnit);
    QSqlQuery q = sql::prepare(m_ws.database(),
                               select(rows::orgUnitColumns(), " FROM org_units WHERE parent_id = ? ORDER BY id"));
    q.addBindValue(sql::text(*parentId));
    sql::exec(q, "reading org units");
    return readAll<OrgUnit>(std::move(q), rows::readOrgUnit);
}

std::vector<Rep> SqlOrgRepository::reps() const
{
    return readAll<Rep>(
        sql::run(m_ws.database(), select(rows::repColumns(), " FROM reps ORDER BY id"), "reading reps"),
        rows::readRep);
}

std::vector<Rep> SqlOrgRepository::repsOf(const std::string& orgUnitId) const
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               select(rows::repColumns(), " FROM reps WHERE org_unit_id = ? ORDER BY name, id"));
    q.addBindValue(sql::text(orgUnitId));
    sql::exec(q, "reading reps");
    return readAll<Rep>(std::move(q), rows::readRep);
}

std::optional<Rep> SqlOrgRepository::rep(const std::string& id) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), select(rows::repColumns(), " FROM reps WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "reading a rep");
    return readOne<Rep>(std::move(q), rows::readRep);
}

void SqlOrgRepository::save(const OrgUnit& unit)
{
    QtSqlStatement q(m_ws.database(),
                     m_ws.dialect().upsertSql(QStringLiteral("org_units"), rows::orgUnitColumns(), kIdKey),
                     "saving an org unit");
    rows::bindOrgUnit(q, unit);
    q.exec();
}

void SqlOrgRepository::save(const Rep& rep)
{
    QtSqlStatement q(m_ws.database(), m_ws.dialect().upsertSql(QStringLiteral("reps"), rows::repColumns(), kIdKey),
                     "saving a rep");
    rows::bindRep(q, rep);
    q.exec();
}

namespace {

// How many rows of `sql` (one bound id) there are; 0 when the table is missing (an older schema).
long long countOf(const QSqlDatabase& db, const QString& table, const QString& sql, const std::string& id)
{
    if (!db.tables().contains(table))
        return 0;
    QSqlQuery q = sql::prepare(db, sql);
    q.addBindValue(sql::text(id));
    sql::exec(q, "checking what refers to an org unit");
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

void SqlOrgRepository::removeUnit(const std::string& id)
{
    const QSqlDatabase db = m_ws.database();
    const struct
    {
        const char* table;
        const char* sql;
        const char* what;
    } checks[] = {
        {"org_units", "SELECT COUNT(*) FROM org_units WHERE parent_id = ?", "units under it"},
        {"reps", "SELECT COUNT(*) FROM reps WHERE org_unit_id = ?", "reps"},
        {"rep_unit_history", "SELECT COUNT(*) FROM rep_unit_history WHERE org_unit_id = ?", "past memberships of reps"},
        {"targets", "SELECT COUNT(*) FROM targets WHERE owner_kind = 'unit' AND owner_id = ?", "targets"},
        {"target_plans", "SELECT COUNT(*) FROM target_plans WHERE owner_kind = 'unit' AND owner_id = ?",
         "target plans"},
    };
    for (const auto& c : checks) {
        const long long n = countOf(db, QString::fromLatin1(c.table), QString::fromLatin1(c.sql), id);
        if (n > 0)
            throw StorageError("org unit " + id + " still has " + std::to_string(n) + " " + c.what);
    }
    QSqlQuery q = sql::prepare(db, QStringLiteral("DELETE FROM org_units WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "removing an org unit");
    if (q.numRowsAffected() == 0)
        throw StorageError("unknown org unit " + id);
}

void SqlOrgRepository::removeRep(const std::string& id)
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("DELETE FROM reps WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "removing a rep");
}

} // namespace sd::storage
