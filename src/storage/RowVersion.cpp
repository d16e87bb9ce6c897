#include "storage/RowVersion.h"

#include "storage/AuditLog.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sd::storage {

namespace {

std::string staleMessage(const std::string& entity, const std::string& key, long long current,
                         const std::string& value, const std::string& by, const std::string& at)
{
    if (current < 0)
        return entity + " '" + key + "' was removed by someone else since it was read; the edit was not saved";
    std::string m = entity + " '" + key + "' was changed by someone else"
        + (by.empty() ? std::string() : " (" + by + (at.empty() ? std::string() : " at " + at) + ")")
        + " since it was read; the edit was not saved";
    if (!value.empty())
        m += " (it now reads: " + value + ")";
    return m;
}

QString quoted(const std::string& text)
{
    QString t = QString::fromStdString(text);
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

// From the catalogue: no failing probe statement (on PostgreSQL one would abort the caller's transaction).
bool hasColumn(const QSqlDatabase& db, const QString& table, const QString& column)
{
    if (db.driverName() == QStringLiteral("QSQLITE"))
        return db.record(table).indexOf(column) >= 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                             "AND table_name = ? AND column_name = ?"));
    q.addBindValue(table);
    q.addBindValue(column);
    return q.exec() && q.next();
}

// DDL is run as plain text (PostgreSQL cannot prepare it).
void runDdl(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw StorageError("cannot add a column (" + q.lastError().text().toStdString()
                           + "): " + statement.toStdString());
}

QString keyWhere(const VersionedRow& row)
{
    QStringList parts;
    for (const QString& c : row.keyColumns)
        parts << c + QStringLiteral(" = ?");
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void bindKey(QSqlQuery& q, const VersionedRow& row)
{
    for (const QVariant& v : row.keyValues)
        q.addBindValue(v);
}

} // namespace

StaleEdit::StaleEdit(std::string entity, std::string key, long long expectedVersion, long long currentVersion,
                     std::string currentValue, std::string changedBy, std::string changedAt)
    : StorageError(staleMessage(entity, key, currentVersion, currentValue, changedBy, changedAt))
    , m_entity(std::move(entity))
    , m_key(std::move(key))
    , m_expected(expectedVersion)
    , m_current(currentVersion)
    , m_currentValue(std::move(currentValue))
    , m_changedBy(std::move(changedBy))
    , m_changedAt(std::move(changedAt))
{
}

VersionedRow opportunityRow(const std::string& id)
{
    return {QStringLiteral("opportunities"), {QStringLiteral("id")}, {sql::text(id)}, "opportunity", id};
}

VersionedRow customerRow(const std::string& id)
{
    return {QStringLiteral("customers"), {QStringLiteral("id")}, {sql::text(id)}, "customer", id};
}

VersionedRow settingsRow()
{
    return {QStringLiteral("settings"), {QStringLiteral("key")}, {QStringLiteral("workspace")}, "settings",
            "workspace"};
}

VersionedRow targetPlanRow(const TargetKey& key)
{
    return {QStringLiteral("target_plans"),
            {QStringLiteral("owner_kind"), QStringLiteral("owner_id"), QStringLiteral("metric"),
             QStringLiteral("period"), QStringLiteral("segment")},
            {QString::fromLatin1(key.owner.kind == OwnerKind::Unit ? "unit" : "rep"), sql::text(key.owner.id),
             QString::fromLatin1(toCode(key.metric).data(), static_cast<qsizetype>(toCode(key.metric).size())),
             sql::text(key.period),
             QString::fromLatin1(toCode(key.segment).data(), static_cast<qsizetype>(toCode(key.segment).size()))},
            "target",
            key.toString()};
}

VersionedRow appraisalRow(const std::string& repId, const std::string& period)
{
    return {QStringLiteral("appraisal_records"), {QStringLiteral("rep_id"), QStringLiteral("period")},
            {sql::text(repId), sql::text(period)}, "appraisal", repId + " " + period};
}

VersionedRow statementRow(const std::string& repId, const std::string& period)
{
    return {QStringLiteral("incentive_statements"), {QStringLiteral("rep_id"), QStringLiteral("period")},
            {sql::text(repId), sql::text(period)}, "statement", repId + " " + period};
}

std::optional<LastChange> lastChange(const QSqlDatabase& db, const VersionedRow& row)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT updated_by, updated_at FROM ") + row.table + keyWhere(row)))
        return std::nullopt;
    bindKey(q, row);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return LastChange{q.value(0).toString().toStdString(), q.value(1).toString().toStdString()};
}

QString changeAuthorAssignments()
{
    return QStringLiteral(", updated_by = ") + quoted(AuditLog::currentUser()) + QStringLiteral(", updated_at = ")
        + quoted(AuditLog::nowUtc());
}

void ensureRowVersionColumn(const QSqlDatabase& db, const QString& table)
{
    if (!hasColumn(db, table, QStringLiteral("row_version")))
        runDdl(db, QStringLiteral("ALTER TABLE ") + table
                       + QStringLiteral(" ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"));
    for (const QString& column : {QStringLiteral("updated_by"), QStringLiteral("updated_at")})
        if (!hasColumn(db, table, column))
            runDdl(db, QStringLiteral("ALTER TABLE ") + table + QStringLiteral(" ADD COLUMN ") + column
                           + QStringLiteral(" TEXT"));
}

bool isVersionedTable(const QString& table)
{
    static const QStringList tables{QStringLiteral("customers"),         QStringLiteral("opportunities"),
                                    QStringLiteral("targets"),           QStringLiteral("target_plans"),
                                    QStringLiteral("appraisal_records"), QStringLiteral("incentive_statements"),
                                    QStringLiteral("settings")};
    return tables.contains(table);
}

std::optional<long long> rowVersion(const QSqlDatabase& db, const VersionedRow& row)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT row_version FROM ") + row.table + keyWhere(row));
    bindKey(q, row);
    sql::exec(q, "reading a row version");
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void checkRowVersion(const QSqlDatabase& db, const VersionedRow& row, std::optional<long long> expected,
                     const std::string& currentValue)
{
    if (!expected)
        return;
    const auto current = rowVersion(db, row);
    if (!current || *current != *expected) {
        const auto last = lastChange(db, row);
        throw StaleEdit(row.entity, row.key, *expected, current.value_or(-1), currentValue,
                        last ? last->by : std::string(), last ? last->at : std::string());
    }
}

long long bumpRowVersion(const QSqlDatabase& db, const VersionedRow& row, std::optional<long long> expected,
                         const std::string& currentValue)
{
    QString statement = QStringLiteral("UPDATE ") + row.table + QStringLiteral(" SET row_version = row_version + 1")
        + changeAuthorAssignments() + keyWhere(row);
    if (expected)
        statement += QStringLiteral(" AND row_version = ?");
    QSqlQuery q = sql::prepare(db, statement);
    bindKey(q, row);
    if (expected)
        q.addBindValue(QVariant::fromValue<qlonglong>(*expected));
    sql::exec(q, "updating a row version");
    if (q.numRowsAffected() == 0) {
        if (expected) {
            const auto current = rowVersion(db, row);
            const auto last = lastChange(db, row);
            throw StaleEdit(row.entity, row.key, *expected, current.value_or(-1), currentValue,
                            last ? last->by : std::string(), last ? last->at : std::string());
        }
        return 0;
    }
    return rowVersion(db, row).value_or(0);
}

QString withRowVersionBump(const QString& table, const QString& upsertSql)
{
    if (!isVersionedTable(table) || !upsertSql.contains(QStringLiteral(" DO UPDATE SET ")))
        return upsertSql;
    QString bumped = upsertSql + QStringLiteral(", row_version = ") + table + QStringLiteral(".row_version + 1");
    // A column the upsert sets itself keeps its own value (a column may be assigned once).
    if (!upsertSql.contains(QStringLiteral("updated_by =")))
        bumped += QStringLiteral(", updated_by = ") + quoted(AuditLog::currentUser());
    if (!upsertSql.contains(QStringLiteral("updated_at =")))
        bumped += QStringLiteral(", updated_at = ") + quoted(AuditLog::nowUtc());
    return bumped;
}

VersionCheck::VersionCheck(std::vector<VersionedRow> rows)
    : m_rows(std::move(rows))
{
}

void VersionCheck::setRows(std::vector<VersionedRow> rows)
{
    m_rows = std::move(rows);
    m_versions.clear();
    m_read = false;
}

namespace {

// The versions of many rows, one statement prepared per table (a decomposition checks thousands of nodes).
std::vector<std::optional<long long>> versionsOf(const QSqlDatabase& db, const std::vector<VersionedRow>& rows)
{
    std::vector<std::optional<long long>> out;
    out.reserve(rows.size());
    std::optional<QSqlQuery> q;
    QString table;
    for (const VersionedRow& row : rows) {
        if (!q || row.table != table) {
            q = sql::prepare(db, QStringLiteral("SELECT row_version FROM ") + row.table + keyWhere(row));
            table = row.table;
        }
        for (size_t i = 0; i < row.keyValues.size(); ++i)
            q->bindValue(static_cast<int>(i), row.keyValues[i]);
        sql::exec(*q, "reading row versions");
        out.push_back(q->next() ? std::optional<long long>(q->value(0).toLongLong()) : std::nullopt);
        q->finish();
    }
    return out;
}

} // namespace

void VersionCheck::read(const QSqlDatabase& db)
{
    m_versions = versionsOf(db, m_rows);
    m_read = true;
}

void VersionCheck::check(const QSqlDatabase& db, const Describe& describe) const
{
    if (!m_read)
        return;
    const auto versions = versionsOf(db, m_rows);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const auto& now = versions[i];
        if (now == m_versions[i])
            continue;
        const auto last = lastChange(db, m_rows[i]);
        // A row created meanwhile counts as changed (expected "absent": version -1).
        throw StaleEdit(m_rows[i].entity, m_rows[i].key, m_versions[i].value_or(-1), now.value_or(-1),
                        describe && now ? describe(db, m_rows[i]) : std::string(), last ? last->by : std::string(),
                        last ? last->at : std::string());
    }
}

void versionedWrite(const QSqlDatabase& db, VersionCheck& versions, const std::function<void()>& write,
                    const VersionCheck::Describe& describe)
{
    ScopedTransaction tx(db);
    versions.check(db, describe);
    write();
    versions.read(db);
    tx.commit();
}

} // namespace sd::storage
