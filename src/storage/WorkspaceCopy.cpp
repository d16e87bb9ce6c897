#include "storage/WorkspaceCopy.h"

#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>

namespace sd::storage {

namespace {

// Parameters per INSERT statement: several rows per round trip to a server, under SQLite's limit of 32,766.
constexpr int kMaxParameters = 8000;
constexpr int kMaxRowsPerInsert = 500;

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    const QSqlRecord record = db.record(table);
    QStringList out;
    for (int i = 0; i < record.count(); ++i)
        out << record.fieldName(i);
    return out;
}

bool isMoneyColumn(const QString& c)
{
    return c == QStringLiteral("amount") || c == QStringLiteral("gross_profit") || c == QStringLiteral("credit_limit")
        || c == QStringLiteral("total") || c.endsWith(QStringLiteral("_amount"));
}

// FNV-1a over the value's text ("\x01" for NULL), so an integer read from SQLite and the same from PostgreSQL
// hash alike.
std::uint64_t valueHash(const QVariant& v, std::uint64_t h)
{
    const QByteArray bytes = v.isNull() ? QByteArray("\x01") : v.toString().toUtf8();
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    h ^= 0xff; // separator
    h *= 1099511628211ull;
    return h;
}

// Row count, checksum (sum of row hashes: order-independent) and money total of a query's rows.
struct Digest
{
    long long rows = 0;
    std::uint64_t checksum = 0;
    long long money = 0;
    bool operator==(const Digest&) const = default;
};

class Digester
{
public:
    explicit Digester(const QStringList& columns)
    {
        for (int i = 0; i < columns.size(); ++i)
            if (isMoneyColumn(columns[i]))
                m_moneyColumns.push_back(i);
    }
    void add(const QSqlQuery& q, int columnCount)
    {
        std::uint64_t h = 14695981039346656037ull;
        for (int i = 0; i < columnCount; ++i)
            h = valueHash(q.value(i), h);
        m_digest.checksum += h;
        for (int i : m_moneyColumns)
            m_digest.money += q.value(i).toLongLong();
        ++m_digest.rows;
    }
    const Digest& digest() const { return m_digest; }

private:
    std::vector<int> m_moneyColumns;
    Digest m_digest;
};

std::string hex(std::uint64_t v)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

} // namespace

WorkspaceCopy::WorkspaceCopy(Workspace& source, Workspace& target)
    : m_source(source)
    , m_target(target)
{
}

void WorkspaceCopy::checkTargetEmpty() const
{
    const QSqlDatabase db = m_target.database();
    for (const QString& table : m_target.dialect().userTables(db)) {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM ") + table, "checking the target is empty");
        const long long n = q.next() ? q.value(0).toLongLong() : 0;
        if (n > 0)
            throw StorageError("the target " + m_target.displayName().toStdString() + " is not empty (" + table.toStdString()
                               + " has " + std::to_string(n) + " rows); a workspace is only copied into an empty one");
    }
}

std::vector<std::string> WorkspaceCopy::copyOrder(const std::vector<std::string>& tables) const
{
    // Referenced tables first (depth-first over the target's foreign keys), then by name.
    const QSqlDatabase db = m_target.database();
    std::map<std::string, std::vector<std::string>> refs;
    for (const std::string& t : tables)
        for (const QString& r : m_target.dialect().referencedTables(db, QString::fromStdString(t)))
            if (r.toStdString() != t)
                refs[t].push_back(r.toStdString());
    std::vector<std::string> out;
    std::set<std::string> done, visiting;
    std::function<void(const std::string&)> visit = [&](const std::string& t) {
        if (done.count(t) || visiting.count(t))
            return;
        visiting.insert(t);
        for (const std::string& r : refs[t])
            if (std::find(tables.begin(), tables.end(), r) != tables.end())
                visit(r);
        visiting.erase(t);
        done.insert(t);
        out.push_back(t);
    };
    for (const std::string& t : tables)
        visit(t);
    return out;
}

std::vector<TableCopy> WorkspaceCopy::run()
{
    if (m_source.schemaVersion() != m_target.schemaVersion())
        throw StorageError("the source and the target have different schemas (" + std::to_string(m_source.schemaVersion())
                           + " and " + std::to_string(m_target.schemaVersion()) + ")");
    checkTargetEmpty();

    QSqlDatabase source = m_source.database();
    QSqlDatabase target = m_target.database();
    const QStringList targetTables = m_target.dialect().userTables(target);
    std::vector<std::string> tables;
    for (const QString& t : m_source.dialect().userTables(source)) {
        if (!targetTables.contains(t))
            throw StorageError("the source has a table the target's schema lacks: " + t.toStdString());
        tables.push_back(t.toStdString());
    }

    // Versioned tables a repository completes on first use (RowVersion.h) get their columns in the target first.
    for (const std::string& t : tables)
        if (isVersionedTable(QString::fromStdString(t)))
            ensureRowVersionColumn(target, QString::fromStdString(t));

    m_source.dialect().beginSnapshot(source);
    struct EndSnapshot
    {
        QSqlDatabase& db;
        ~EndSnapshot() { db.rollback(); }
    } endSnapshot{source};

    ScopedTransaction tx(target);
    m_target.dialect().beginBulkWrite(target);
    std::vector<TableCopy> out;
    for (const std::string& table : copyOrder(tables))
        out.push_back(copyTable(table));
    try {
        tx.commit();
    } catch (const StorageError& e) {
        const QString problems = m_target.dialect().foreignKeyProblems(target);
        throw StorageError(std::string(e.what()) + (problems.isEmpty() ? "" : " (" + problems.toStdString() + ")"));
    }
    std::sort(out.begin(), out.end(), [](const TableCopy& a, const TableCopy& b) { return a.table < b.table; });
    return out;
}

TableCopy WorkspaceCopy::copyTable(const std::string& tableName)
{
    const QString table = QString::fromStdString(tableName);
    QSqlDatabase source = m_source.database();
    QSqlDatabase target = m_target.database();
    const QStringList columns = columnsOf(source, table);
    const QStringList targetColumns = columnsOf(target, table);
    for (const QString& c : columns)
        if (!targetColumns.contains(c))
            throw StorageError("the target's table " + tableName + " lacks the source's column " + c.toStdString());
    const QString columnList = columns.join(QStringLiteral(", "));
    const int n = static_cast<int>(columns.size());
    const int batchRows = std::max(1, std::min(kMaxRowsPerInsert, kMaxParameters / std::max(1, n)));

    QString rowPlaceholders = QStringLiteral("(");
    for (int i = 0; i < n; ++i)
        rowPlaceholders += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    rowPlaceholders += QStringLiteral(")");
    const QString insertHead = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columnList
        + QStringLiteral(") VALUES ");
    auto insertSql = [&](int rows) {
        QString sql = insertHead;
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                sql += QStringLiteral(", ");
            sql += rowPlaceholders;
        }
        return sql;
    };
    std::optional<QSqlQuery> fullBatch;
    std::vector<QVariant> pending;
    pending.reserve(static_cast<size_t>(batchRows * n));
    auto flush = [&](bool all) {
        const int rows = static_cast<int>(pending.size()) / std::max(1, n);
        if (rows == 0 || (!all && rows < batchRows))
            return;
        if (rows == batchRows && !fullBatch)
            fullBatch = sql::prepare(target, insertSql(batchRows));
        QSqlQuery partial;
        if (rows != batchRows)
            partial = sql::prepare(target, insertSql(rows));
        QSqlQuery& q = rows == batchRows ? *fullBatch : partial;
        for (const QVariant& v : pending)
            q.addBindValue(v);
        sql::exec(q, "copying rows");
        pending.clear();
    };

    Digester sourceDigest(columns);
    QSqlQuery read = sql::run(source, QStringLiteral("SELECT ") + columnList + QStringLiteral(" FROM ") + table,
                              "reading the source workspace");
    while (read.next()) {
        sourceDigest.add(read, n);
        for (int i = 0; i < n; ++i)
            pending.push_back(read.value(i));
        flush(false);
    }
    flush(true);
    m_target.dialect().afterCopyInto(target, table);

    // Read back what the target now holds (inside the transaction) and compare.
    Digester targetDigest(columns);
    QSqlQuery back = sql::run(target, QStringLiteral("SELECT ") + columnList + QStringLiteral(" FROM ") + table,
                              "checking the copy");
    while (back.next())
        targetDigest.add(back, n);
    QSqlQuery count = sql::run(target, QStringLiteral("SELECT COUNT(*) FROM ") + table, "counting the copied rows");
    const long long counted = count.next() ? count.value(0).toLongLong() : -1;
    const Digest& s = sourceDigest.digest();
    const Digest& t = targetDigest.digest();
    if (!(s == t) || counted != s.rows)
        throw StorageError("the copy of " + tableName + " does not match its source (rows " + std::to_string(s.rows)
                           + " / " + std::to_string(counted) + ", checksum " + hex(s.checksum) + " / " + hex(t.checksum)
                           + ", money " + std::to_string(s.money) + " / " + std::to_string(t.money)
                           + "); nothing was copied");
    spdlog::debug("copied {}: {} rows", tableName, s.rows);
    return TableCopy{tableName, s.rows, s.checksum, s.money};
}

} // namespace sd::storage
