#include "storage/SqlOrgRepository.h"

#include "storage/RepositorySupport.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlDialect.h"
#include "storage/Workspace.h"

#include <QDate>

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
    checkPlacement(unit);
    QtSqlStatement q(m_ws.database(),
                     m_ws.dialect().upsertSql(QStringLiteral("org_units"), rows::orgUnitColumns(), kIdKey),
                     "saving an org unit");
    rows::bindOrgUnit(q, unit);
    q.exec();
}

void SqlOrgRepository::save(const Rep& rep)
{
    checkPlacement(rep);
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

namespace {

std::string unitLabel(const OrgUnit& u)
{
    return u.name + " (" + u.id + ")";
}

// "a, b, c and 2 more"
template <class T, class Label> std::string listOf(const std::vector<T>& rows, Label label)
{
    constexpr std::size_t kShown = 5;
    std::string out;
    for (std::size_t i = 0; i < rows.size() && i < kShown; ++i)
        out += (i ? ", " : "") + label(rows[i]);
    if (rows.size() > kShown)
        out += " and " + std::to_string(rows.size() - kShown) + " more";
    return out;
}

Date today()
{
    const QDate d = QDate::currentDate();
    return Date::fromYmd(d.year(), d.month(), d.day());
}

} // namespace

bool SqlOrgRepository::hasStatus() const
{
    QSqlQuery probe(m_ws.database());
    return probe.exec(QStringLiteral("SELECT active, deactivated_on FROM org_units WHERE 1 = 0"));
}

void SqlOrgRepository::addStatusColumns()
{
    if (hasStatus())
        return;
    // Unprepared: some databases refuse to prepare DDL.
    const QSqlDatabase db = m_ws.database();
    sql::execText(db, QStringLiteral("ALTER TABLE org_units ADD COLUMN active INTEGER NOT NULL DEFAULT 1"
                                     " CHECK (active IN (0, 1))"));
    sql::execText(db, QStringLiteral("ALTER TABLE org_units ADD COLUMN deactivated_on TEXT"));
}

std::optional<OrgUnit> SqlOrgRepository::unit(const std::string& id) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), select(rows::orgUnitColumns(), " FROM org_units WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "reading an org unit");
    return readOne<OrgUnit>(std::move(q), rows::readOrgUnit);
}

std::map<std::string, Date> SqlOrgRepository::inactiveUnits() const
{
    std::map<std::string, Date> out;
    if (!hasStatus())
        return out;
    QSqlQuery q = sql::run(m_ws.database(),
                           QStringLiteral("SELECT id, deactivated_on FROM org_units WHERE active = 0 ORDER BY id"),
                           "reading inactive org units");
    while (q.next()) {
        const auto on = q.value(1).isNull() ? std::nullopt : Date::parse(sql::toStd(q.value(1)));
        out.emplace(sql::toStd(q.value(0)), on.value_or(Date::fromYmd(1970, 1, 1)));
    }
    return out;
}

UnitDeactivationBlockers SqlOrgRepository::deactivationBlockers(const std::string& id, Date on) const
{
    const QSqlDatabase db = m_ws.database();
    UnitDeactivationBlockers b;
    QSqlQuery reps = sql::prepare(db, select(rows::repColumns(),
                                             " FROM reps WHERE org_unit_id = ?"
                                             " AND ((left_on IS NULL AND active = 1) OR left_on >= ?)"
                                             " ORDER BY name, id"));
    reps.addBindValue(sql::text(id));
    reps.addBindValue(sql::date(on));
    sql::exec(reps, "reading the reps of an org unit");
    b.activeReps = readAll<Rep>(std::move(reps), rows::readRep);
    QSqlQuery units = sql::prepare(db, select(rows::orgUnitColumns(), hasStatus()
                                                  ? " FROM org_units WHERE parent_id = ? AND active = 1 ORDER BY id"
                                                  : " FROM org_units WHERE parent_id = ? ORDER BY id"));
    units.addBindValue(sql::text(id));
    sql::exec(units, "reading the units under an org unit");
    b.activeUnits = readAll<OrgUnit>(std::move(units), rows::readOrgUnit);
    return b;
}

void SqlOrgRepository::deactivateUnit(const std::string& id, Date on)
{
    addStatusColumns();
    ScopedTransaction tx(m_ws.database());
    const auto u = unit(id);
    if (!u)
        throw StorageError("unknown org unit " + id);
    if (u->kind == OrgKind::Company)
        throw StorageError("the company (" + id + ") cannot be deactivated");
    if (inactiveUnits().count(id))
        throw StorageError("org unit " + unitLabel(*u) + " is already inactive");
    const UnitDeactivationBlockers b = deactivationBlockers(id, on);
    if (!b.activeUnits.empty())
        throw StorageError("org unit " + unitLabel(*u) + " still has active units under it: "
                           + listOf(b.activeUnits, unitLabel));
    if (!b.activeReps.empty())
        throw StorageError("org unit " + unitLabel(*u) + " still has reps who have not left on " + on.toString()
                           + ": " + listOf(b.activeReps, [](const Rep& r) { return r.name + " (" + r.id + ")"; }));
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("UPDATE org_units SET active = 0, deactivated_on = ? WHERE id = ?"));
    q.addBindValue(sql::date(on));
    q.addBindValue(sql::text(id));
    sql::exec(q, "deactivating an org unit");
    tx.commit();
}

void SqlOrgRepository::reactivateUnit(const std::string& id)
{
    addStatusColumns();
    ScopedTransaction tx(m_ws.database());
    const auto u = unit(id);
    if (!u)
        throw StorageError("unknown org unit " + id);
    const auto inactive = inactiveUnits();
    if (!inactive.count(id))
        throw StorageError("org unit " + unitLabel(*u) + " is already active");
    if (u->parentId && inactive.count(*u->parentId)) {
        const auto parent = unit(*u->parentId);
        throw StorageError("org unit " + unitLabel(*u) + " is under " + (parent ? unitLabel(*parent) : *u->parentId)
                           + ", which is inactive: reactivate that first");
    }
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("UPDATE org_units SET active = 1, deactivated_on = NULL WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "reactivating an org unit");
    tx.commit();
}

void SqlOrgRepository::checkPlacement(const OrgUnit& u) const
{
    if (!u.parentId || !hasStatus())
        return;
    const auto inactive = inactiveUnits();
    if (inactive.count(u.id) || !inactive.count(*u.parentId))
        return;
    const auto parent = unit(*u.parentId);
    throw StorageError("org unit " + (parent ? unitLabel(*parent) : *u.parentId)
                       + " is inactive: an active unit cannot be put under it");
}

void SqlOrgRepository::checkPlacement(const Rep& r) const
{
    const bool current = r.leftOn ? *r.leftOn >= today() : r.active;
    if (!current || !hasStatus() || !inactiveUnits().count(r.orgUnitId))
        return;
    const auto u = unit(r.orgUnitId);
    throw StorageError("org unit " + (u ? unitLabel(*u) : r.orgUnitId)
                       + " is inactive: only reps who have left can be in it");
}

} // namespace sd::storage
