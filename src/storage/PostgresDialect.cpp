#include "storage/PostgresDialect.h"

#include "storage/PgDump.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace sd::storage {

namespace {

// The advisory lock key that serialises schema upgrades of one database ("SDSCHEMA" in ASCII).
const char* const kUpgradeLock = "6072852102458378561";

// Adds COLLATE "C" to the TEXT columns a CREATE TABLE or ALTER TABLE … ADD COLUMN defines (quoted text left
// alone), so that ORDER BY on them is byte order whatever the database's collation: the dataset loader merges
// sorted streams assuming it, as on SQLite.
QString textColumnsInByteOrder(const QString& statement)
{
    static const QRegularExpression ddl(QStringLiteral("^\\s*(CREATE\\s+TABLE|ALTER\\s+TABLE)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b(?!\\s+COLLATE)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!ddl.match(statement).hasMatch())
        return statement;
    QString out;
    qsizetype plainStart = 0;
    auto flushPlain = [&](qsizetype end) {
        QString plain = statement.mid(plainStart, end - plainStart);
        plain.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
        out += plain;
    };
    for (qsizetype i = 0; i < statement.size(); ++i) {
        if (statement[i] != u'\'' && statement[i] != u'"')
            continue;
        flushPlain(i);
        const QChar quote = statement[i];
        qsizetype j = i + 1;
        while (j < statement.size() && statement[j] != quote)
            ++j;
        out += statement.mid(i, j - i + 1);
        i = j;
        plainStart = j + 1;
    }
    flushPlain(statement.size());
    return out;
}

} // namespace

PostgresDialect::PostgresDialect(WorkspaceUrl server)
    : m_server(std::move(server))
{
}

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::connectOptions() const
{
    return QStringLiteral("connect_timeout=10");
}

void PostgresDialect::configureConnection(QSqlDatabase& db) const
{
    // Timestamps are written as ISO 8601 UTC text by the application; keep the session in UTC too.
    sql::execText(db, QStringLiteral("SET TIME ZONE 'UTC'"));
    sql::execText(db, QStringLiteral("SET client_min_messages TO warning")); // no NOTICE for each IF NOT EXISTS
}

void PostgresDialect::enforceForeignKeys(QSqlDatabase&) const { } // always on in PostgreSQL

int PostgresDialect::schemaVersion(const QSqlDatabase& db) const
{
    QSqlQuery exists = sql::execText(db, QStringLiteral("SELECT to_regclass('salesdesk_schema') IS NOT NULL"));
    if (!exists.next() || !exists.value(0).toBool())
        return 0;
    QSqlQuery q = sql::execText(db, QStringLiteral("SELECT version FROM salesdesk_schema"));
    return q.next() ? q.value(0).toInt() : 0;
}

void PostgresDialect::setSchemaVersion(QSqlDatabase& db, int version) const
{
    sql::execText(db, QStringLiteral("CREATE TABLE IF NOT EXISTS salesdesk_schema (version INTEGER NOT NULL)"));
    sql::execText(db, QStringLiteral("DELETE FROM salesdesk_schema"));
    sql::execText(db, QStringLiteral("INSERT INTO salesdesk_schema (version) VALUES (%1)").arg(version));
}

void PostgresDialect::prepareFileCopy(QSqlDatabase&) const { } // a server is backed up with pg_dump

QString PostgresDialect::upsertSql(const QString& table, const QStringList& columns,
                                   const QStringList& keyColumns) const
{
    return onConflictUpsertSql(table, columns, keyColumns); // the same syntax as SQLite's since 3.24
}

void PostgresDialect::beginBulkWrite(QSqlDatabase& db) const
{
    sql::execText(db, QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
}

QString PostgresDialect::foreignKeyProblems(QSqlDatabase&) const
{
    return QString(); // PostgreSQL's own error names the constraint and the key
}

QString PostgresDialect::checkDeferredForeignKeys(QSqlDatabase& db) const
{
    // Check the deferred constraints now, inside a savepoint, so that a failure leaves the transaction usable for
    // finding the offending rows.
    sql::execText(db, QStringLiteral("SAVEPOINT sd_foreign_keys"));
    QSqlQuery check(db);
    if (check.exec(QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"))) {
        sql::execText(db, QStringLiteral("RELEASE SAVEPOINT sd_foreign_keys"));
        return {};
    }
    sql::execText(db, QStringLiteral("ROLLBACK TO SAVEPOINT sd_foreign_keys"));
    // Every foreign key of the schema: child table, parent table, their columns, the child's first key column.
    QSqlQuery keys = sql::execText(
        db, QStringLiteral(
                "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, "
                "array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a "
                "ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i), ','), "
                "array_to_string(ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a "
                "ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i), ','), "
                "COALESCE((SELECT a.attname FROM pg_index x JOIN pg_attribute a ON a.attrelid = x.indrelid "
                "AND a.attnum = x.indkey[0] WHERE x.indrelid = c.conrelid AND x.indisprimary), "
                "(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attnum = 1)) "
                "FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace "
                "ORDER BY 1, 2"));
    struct Key
    {
        QString child, parent, key;
        QStringList childColumns, parentColumns;
    };
    std::vector<Key> all;
    while (keys.next())
        all.push_back({keys.value(0).toString(), keys.value(1).toString(), keys.value(4).toString(),
                       keys.value(2).toString().split(u','), keys.value(3).toString().split(u',')});
    QStringList problems;
    int count = 0;
    for (const Key& k : all) {
        QStringList notNull, match;
        for (qsizetype i = 0; i < k.childColumns.size() && i < k.parentColumns.size(); ++i) {
            notNull << QStringLiteral("c.") + k.childColumns[i] + QStringLiteral(" IS NOT NULL");
            match << QStringLiteral("p.") + k.parentColumns[i] + QStringLiteral(" = c.") + k.childColumns[i];
        }
        QSqlQuery orphans = sql::execText(
            db, QStringLiteral("SELECT c.%1::text FROM %2 c WHERE %3 AND NOT EXISTS (SELECT 1 FROM %4 p WHERE %5) "
                               "ORDER BY 1 LIMIT 6")
                    .arg(k.key, k.child, notNull.join(QStringLiteral(" AND ")), k.parent,
                         match.join(QStringLiteral(" AND "))));
        while (orphans.next())
            if (++count <= 5)
                problems << k.child + QStringLiteral(" '") + orphans.value(0).toString()
                        + QStringLiteral("' refers to a missing ") + k.parent + QStringLiteral(" row");
    }
    if (count > 5)
        problems << QStringLiteral("more");
    if (problems.isEmpty())
        problems << QStringLiteral("a reference does not resolve: ") + check.lastError().databaseText();
    return problems.join(QStringLiteral("; "));
}

QString PostgresDialect::likeInsensitive(const QString& column) const
{
    return column + QStringLiteral(" ILIKE ? ESCAPE '\\'");
}

QString PostgresDialect::adaptMigrationStatement(const QString& statement) const
{
    // SQLite's "INTEGER NOT NULL PRIMARY KEY" is an auto-numbered row id; PostgreSQL spells it as an identity.
    static const QRegularExpression rowId(QStringLiteral("\\bINTEGER\\s+NOT\\s+NULL\\s+PRIMARY\\s+KEY\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString out = textColumnsInByteOrder(statement);
    out.replace(rowId, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    return out;
}

QString PostgresDialect::backupBeforeUpgrade(QSqlDatabase&, int fromVersion) const
{
    if (!PgDump::backupBeforeUpgrade()) {
        spdlog::warn("upgrading the server workspace from schema {} without a backup (--no-backup)", fromVersion);
        return QString();
    }
    if (!m_server)
        throw StorageError("cannot back up the server workspace before upgrading it (no server address)");
    const QString file = PgDump::migrationBackupPath(*m_server, fromVersion);
    try {
        PgDump::dump(*m_server, file);
    } catch (const StorageError& e) {
        throw StorageError(std::string("the server workspace was not upgraded from schema ") + std::to_string(fromVersion)
                           + " because it could not be backed up first: " + e.what()
                           + ". Back it up with pg_dump yourself (docs/team-server.md), then upgrade with "
                             "`salesctl --db URL --no-backup info`");
    }
    return file;
}

void PostgresDialect::lockSchemaUpgrade(QSqlDatabase& db) const
{
    sql::execText(db, QStringLiteral("SELECT pg_advisory_lock(") + QLatin1String(kUpgradeLock) + QStringLiteral(")"));
}

void PostgresDialect::unlockSchemaUpgrade(QSqlDatabase& db) const
{
    sql::execText(db, QStringLiteral("SELECT pg_advisory_unlock(") + QLatin1String(kUpgradeLock) + QStringLiteral(")"));
}

QStringList PostgresDialect::userTables(const QSqlDatabase& db) const
{
    QSqlQuery q = sql::execText(db, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                   "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                                   "AND table_name <> 'salesdesk_schema' ORDER BY table_name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList PostgresDialect::referencedTables(const QSqlDatabase& db, const QString& table) const
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT DISTINCT confrelid::regclass::text FROM pg_constraint "
                                                  "WHERE contype = 'f' AND conrelid = to_regclass(?)"));
    q.addBindValue(table);
    sql::exec(q, "reading foreign keys");
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void PostgresDialect::afterCopyInto(QSqlDatabase& db, const QString& table) const
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                                  "table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'"));
    q.addBindValue(table);
    sql::exec(q, "reading identity columns");
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    for (const QString& c : columns)
        sql::execText(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                         "COALESCE(MAX(%2), 0) + 1, false) FROM %1")
                              .arg(table, c));
}

void PostgresDialect::beginSnapshot(QSqlDatabase& db) const
{
    SqlDialect::beginSnapshot(db);
    sql::execText(db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
}

} // namespace sd::storage
