#include "storage/RowVersion.h"

#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace sd::storage {

namespace {

std::string staleMessage(const std::string& entity, const std::string& key, long long current,
                         const std::string& value)
{
    if (current < 0)
        return entity + " '" + key + "' was removed by someone else since it was read; the edit was not saved";
    std::string m = entity + " '" + key + "' was changed by someone else since it was read; the edit was not saved";
    if (!value.empty())
        m += " (it now reads: " + value + ")";
    return m;
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
                     std::string currentValue)
    : StorageError(staleMessage(entity, key, currentVersion, currentValue))
    , m_entity(std::move(entity))
    , m_key(std::move(key))
    , m_expected(expectedVersion)
    , m_current(currentVersion)
    , m_currentValue(std::move(currentValue))
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

void ensureRowVersionColumn(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT row_version FROM ") + table + QStringLiteral(" WHERE 1 = 0")))
        return;
    sql::run(db, QStringLiteral("ALTER TABLE ") + table + QStringLiteral(" ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             "adding row versions");
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
    if (!current || *current != *expected)
        throw StaleEdit(row.entity, row.key, *expected, current.value_or(-1), currentValue);
}

long long bumpRowVersion(const QSqlDatabase& db, const VersionedRow& row, std::optional<long long> expected,
                         const std::string& currentValue)
{
    QString statement = QStringLiteral("UPDATE ") + row.table + QStringLiteral(" SET row_version = row_version + 1")
        + keyWhere(row);
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
            throw StaleEdit(row.entity, row.key, *expected, current.value_or(-1), currentValue);
        }
        return 0;
    }
    return rowVersion(db, row).value_or(0);
}

QString withRowVersionBump(const QString& table, const QString& upsertSql)
{
    if (!isVersionedTable(table) || !upsertSql.contains(QStringLiteral(" DO UPDATE SET ")))
        return upsertSql;
    return upsertSql + QStringLiteral(", row_version = ") + table + QStringLiteral(".row_version + 1");
}

} // namespace sd::storage
