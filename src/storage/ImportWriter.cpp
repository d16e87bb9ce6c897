#include "storage/ImportWriter.h"

#include "storage/BatchedInsert.h"
#include "storage/RowMapping.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"
#include "storage/SqlRow.h"
#include "storage/SqliteNative.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <utility>

namespace sd::storage {

namespace {

const QStringList kIdKey{QStringLiteral("id")};
// A batch this large builds the indexes of its empty tables once, after the rows.
constexpr size_t kRebuildIndexesFrom = 20000;
// Rows of a table that was empty go in by multi-row INSERTs of this many rows (BatchedInsert).
constexpr int kRowsPerInsert = 32;

enum TableId {
    OrgUnits, Reps, Products, Customers, Opportunities, StageHistory, Orders, OrderCredits, Payments, Activities,
    Targets, KpiValues, Reviews, TableCount
};

bool tableIsEmpty(const QSqlDatabase& db, const char* table)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT 1 FROM ") + QString::fromLatin1(table) + QStringLiteral(" LIMIT 1"),
                           "checking a table");
    return !q.next();
}

QString insertSql(const char* table, const QStringList& columns, int rows = 1)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString row = QStringLiteral("(") + marks.join(QStringLiteral(", ")) + QStringLiteral(")");
    QStringList values;
    for (int r = 0; r < rows; ++r)
        values << row;
    return QStringLiteral("INSERT INTO ") + QString::fromLatin1(table) + QStringLiteral(" (")
        + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") + values.join(QStringLiteral(", "));
}

} // namespace

struct ImportWriter::Table
{
    const char* name = "";
    QStringList columns;
    QStringList key; // empty: rows are only inserted (the writer replaces them by key first)
    const char* what = "";
    bool empty = true;
    std::unique_ptr<SqlStatement> statement;
    std::unique_ptr<BatchedInsert> batched; // a table that was empty: rows go in kRowsPerInsert at a time
};

ImportWriter::ImportWriter(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
    auto add = [&](const char* name, QStringList columns, QStringList key, const char* what) {
        auto t = std::make_unique<Table>();
        t->name = name;
        t->columns = std::move(columns);
        t->key = std::move(key);
        t->what = what;
        m_tables.push_back(std::move(t));
    };
    add("org_units", rows::orgUnitColumns(), kIdKey, "writing org units");
    add("reps", rows::repColumns(), kIdKey, "writing reps");
    add("products", rows::productColumns(), kIdKey, "writing products");
    add("customers", rows::customerColumns(), kIdKey, "writing customers");
    add("opportunities", rows::opportunityColumns(), kIdKey, "writing opportunities");
    add("stage_history", rows::stageHistoryColumns(), {}, "writing the stage history");
    add("orders", rows::orderColumns(), kIdKey, "writing orders");
    add("order_credits", rows::orderCreditColumns(), {}, "writing order credits");
    add("payments", rows::paymentColumns(), kIdKey, "writing payments");
    add("activities", rows::activityColumns(), kIdKey, "writing activities");
    add("targets", rows::targetColumns(), rows::targetColumns().mid(0, 5), "writing targets");
    add("kpi_values", rows::kpiValueColumns(), rows::kpiValueColumns().mid(0, 3), "writing KPI values");
    add("reviews", rows::reviewColumns(), {}, "writing reviews");
}

ImportWriter::~ImportWriter()
{
    m_tables.clear(); // statements are finalised before the rollback
    m_deleteHistory.reset();
    m_deleteCredits.reset();
    m_deleteReviews.reset();
    m_insertChange.reset();
    try {
        m_tx.reset();
        restoreConnection();
    } catch (const std::exception& e) {
        spdlog::error("import: rolling back: {}", e.what());
    }
}

void ImportWriter::write(const Dataset& b, const std::function<void()>& alsoWrite)
{
    const size_t rows = b.orgUnits.size() + b.reps.size() + b.products.size() + b.customers.size()
        + b.opportunities.size() + b.orders.size() + b.orderCredits.size() + b.payments.size() + b.activities.size()
        + b.targets.size() + b.kpiValues.size() + b.reviews.size();
    Options options;
    options.large = rows >= kRebuildIndexesFrom;
    begin(options, alsoWrite);
    for (const auto& r : b.orgUnits)
        put(r);
    for (const auto& r : b.reps)
        put(r);
    for (const auto& r : b.products)
        put(r);
    for (const auto& r : b.customers)
        put(r);
    for (const auto& o : b.opportunities) {
        put(o);
        for (size_t i = 0; i < o.history.size(); ++i)
            putStageEntry(o.id, static_cast<int>(i), o.history[i]);
    }
    for (const auto& r : b.orders)
        put(r);
    for (const auto& r : b.orderCredits)
        put(r);
    for (const auto& r : b.payments)
        put(r);
    for (const auto& r : b.activities)
        put(r);
    for (const auto& r : b.targets)
        put(r);
    for (const auto& r : b.kpiValues)
        put(r);
    for (const auto& r : b.reviews)
        put(r);
    finish();
}

void ImportWriter::begin(const Options& options, const std::function<void()>& alsoWrite)
{
    if (m_tx)
        throw StorageError("an import is already being written");
    m_options = options;
    bool workspaceEmpty = true;
    for (auto& t : m_tables) {
        t->empty = tableIsEmpty(m_db, t->name);
        workspaceEmpty = workspaceEmpty && t->empty;
    }
    m_historyWasEmpty = m_tables[StageHistory]->empty;
    m_creditsWereEmpty = m_tables[OrderCredits]->empty;
    m_reviewsWereEmpty = m_tables[Reviews]->empty;
    // A first import whose references the importer resolved: no per-row foreign-key lookups. The switch only
    // works outside a transaction and is put back by finish() or the destructor.
    if (options.referencesChecked && workspaceEmpty && m_db.driverName() == QStringLiteral("QSQLITE"))
        m_foreignKeysOff = sqliteBeginBulkLoad(m_db);
    // The indexes rebuilt at the end sort on temporary files (sqliteSortOnDisk); put back by restoreConnection().
    if (options.large && m_db.driverName() == QStringLiteral("QSQLITE"))
        m_tempStoreBefore = sqliteSortOnDisk(m_db);
    if (options.large && workspaceEmpty && m_db.driverName() == QStringLiteral("QSQLITE"))
        m_rollbackJournal = sqliteRollbackJournalForBulkLoad(m_db);
    m_tx = std::make_unique<ScopedTransaction>(m_db);
    m_dialect.beginBulkWrite(m_db);
    if (alsoWrite)
        alsoWrite();
    if (options.large)
        for (auto& t : m_tables)
            if (t->empty)
                m_rebuild << m_dialect.dropIndexesForBulkLoad(m_db, QString::fromLatin1(t->name));
    m_recordedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

SqlStatement& ImportWriter::statement(int which)
{
    Table& t = *m_tables[static_cast<size_t>(which)];
    if (t.empty) { // nothing to update or delete: the rows are only appended, several per INSERT
        if (!t.batched) {
            if (!m_tx)
                throw StorageError("an import row was written outside the import's transaction");
            auto prepare = [this, &t](int rows) {
                return m_dialect.prepareBulk(m_db, insertSql(t.name, t.columns, rows), t.what);
            };
            t.batched = std::make_unique<BatchedInsert>(static_cast<int>(t.columns.size()), kRowsPerInsert, prepare);
        }
        return *t.batched;
    }
    if (!t.statement) {
        if (!m_tx)
            throw StorageError("an import row was written outside the import's transaction");
        // Tables without a key are replaced per owner by the writer's deletes: plain inserts after them.
        t.statement = m_dialect.prepareBulk(
            m_db, t.key.isEmpty() ? insertSql(t.name, t.columns)
                       : withRowVersionBump(QString::fromLatin1(t.name),
                                            m_dialect.upsertSql(QString::fromLatin1(t.name), t.columns, t.key)),
            t.what);
    }
    return *t.statement;
}

void ImportWriter::put(const OrgUnit& row)
{
    auto& q = statement(OrgUnits);
    rows::bindOrgUnit(q, row);
    q.exec();
}

void ImportWriter::put(const Rep& row)
{
    auto& q = statement(Reps);
    rows::bindRep(q, row);
    q.exec();
}

void ImportWriter::put(const Product& row)
{
    auto& q = statement(Products);
    rows::bindProduct(q, row);
    q.exec();
}

void ImportWriter::put(const Customer& row)
{
    auto& q = statement(Customers);
    rows::bindCustomer(q, row);
    q.exec();
}

void ImportWriter::put(const Opportunity& row)
{
    if (!m_historyWasEmpty) { // the opportunity gets exactly the history the import gives it
        if (!m_deleteHistory)
            m_deleteHistory = m_dialect.prepareBulk(
                m_db, QStringLiteral("DELETE FROM stage_history WHERE opportunity_id = ?"), "replacing a stage history");
        m_deleteHistory->bindText(0, row.id);
        m_deleteHistory->exec();
    }
    auto& q = statement(Opportunities);
    rows::bindOpportunity(q, row);
    q.exec();
}

void ImportWriter::putStageEntry(const std::string& opportunityId, int seq, const StageEntry& entry)
{
    auto& q = statement(StageHistory);
    rows::bindStageEntry(q, opportunityId, seq, entry);
    q.exec();
}

void ImportWriter::put(const Order& row)
{
    auto& q = statement(Orders);
    rows::bindOrder(q, row);
    q.exec();
}

void ImportWriter::put(const OrderCredit& row)
{
    auto [it, first] = m_creditSeq.emplace(row.orderId, 0);
    if (first && !m_creditsWereEmpty) { // an order named in the import is credited by exactly its rows
        if (!m_deleteCredits)
            m_deleteCredits = m_dialect.prepareBulk(m_db, QStringLiteral("DELETE FROM order_credits WHERE order_id = ?"),
                                                    "replacing order credits");
        m_deleteCredits->bindText(0, row.orderId);
        m_deleteCredits->exec();
    }
    auto& q = statement(OrderCredits);
    rows::bindOrderCredit(q, row, it->second++);
    q.exec();
}

void ImportWriter::put(const Payment& row)
{
    auto& q = statement(Payments);
    rows::bindPayment(q, row);
    q.exec();
}

void ImportWriter::put(const Activity& row)
{
    auto& q = statement(Activities);
    rows::bindActivity(q, row);
    q.exec();
}

void ImportWriter::put(const Target& row)
{
    auto& q = statement(Targets);
    rows::bindTarget(q, row);
    q.exec();
}

void ImportWriter::put(const KpiValue& row)
{
    auto& q = statement(KpiValues);
    rows::bindKpiValue(q, row);
    q.exec();
}

void ImportWriter::put(const Review& row)
{
    auto [it, first] = m_reviewSeq.emplace(row.subjectRepId + '\n' + row.period, 0);
    if (first && !m_reviewsWereEmpty) { // the reviews of a (subject, period) in the import replace the stored ones
        if (!m_deleteReviews)
            m_deleteReviews = m_dialect.prepareBulk(
                m_db, QStringLiteral("DELETE FROM reviews WHERE subject_rep_id = ? AND period = ?"), "replacing reviews");
        m_deleteReviews->bindText(0, row.subjectRepId);
        m_deleteReviews->bindText(1, row.period);
        m_deleteReviews->exec();
    }
    auto& q = statement(Reviews);
    rows::bindReview(q, row, it->second++);
    q.exec();
}

void ImportWriter::putChange(const OpportunityChange& c)
{
    if (!m_tx)
        throw StorageError("an import row was written outside the import's transaction");
    if (!m_insertChange)
        m_insertChange = m_dialect.prepareBulk(
            m_db,
            QStringLiteral("INSERT INTO opportunity_changes (opportunity_id, seq, field, old_value, new_value, changed_on, "
                           "changed_by, recorded_at, criteria_skipped, note, history_rows) VALUES (?, "
                           "(SELECT COALESCE(MAX(seq), -1) + 1 FROM opportunity_changes WHERE opportunity_id = ?), "
                           "?, ?, ?, ?, ?, ?, 0, ?, 0)"),
            "recording what the import changed");
    SqlStatement& q = *m_insertChange;
    q.bindText(0, c.opportunityId);
    q.bindText(1, c.opportunityId);
    q.bindText(2, toCode(c.field));
    q.bindText(3, c.oldValue);
    q.bindText(4, c.newValue);
    q.bindText(5, c.changedOn.toString());
    q.bindText(6, c.changedBy);
    q.bindText(7, c.recordedAt.empty() ? m_recordedAt : c.recordedAt);
    if (c.note.empty())
        q.bindNull(8);
    else
        q.bindText(8, c.note);
    q.exec();
}

void ImportWriter::finish()
{
    if (!m_tx)
        throw StorageError("no import is being written");
    QElapsedTimer step;
    step.start();
    for (auto& t : m_tables) {
        if (t->batched)
            t->batched->flush();
        t->batched.reset();
        t->statement.reset();
    }
    m_deleteHistory.reset();
    m_deleteCredits.reset();
    m_deleteReviews.reset();
    m_insertChange.reset();
    for (const QString& statement : m_rebuild)
        sql::run(m_db, statement, "rebuilding an index");
    spdlog::debug("import: {} indexes rebuilt in {} ms", m_rebuild.size(), step.restart());
    if (const QString problems = m_dialect.checkDeferredForeignKeys(m_db); !problems.isEmpty())
        throw StorageError("the import was not saved: " + problems.toStdString());
    try {
        m_tx->commit();
    } catch (const StorageError& e) {
        const QString problems = m_dialect.foreignKeyProblems(m_db);
        if (problems.isEmpty())
            throw;
        throw StorageError("the import was not saved: " + problems.toStdString());
    }
    m_tx.reset();
    spdlog::debug("import: committed in {} ms", step.elapsed());
    restoreConnection();
}

void ImportWriter::restoreConnection()
{
    if (m_foreignKeysOff) {
        m_foreignKeysOff = false;
        sqliteEndBulkLoad(m_db);
    }
    if (m_tempStoreBefore >= 0) {
        const int before = std::exchange(m_tempStoreBefore, -1);
        sqliteRestoreTempStore(m_db, before);
    }
    if (std::exchange(m_rollbackJournal, false))
        sqliteRestoreWal(m_db);
}

void ImportWriter::readOpportunities(
    const QSqlDatabase& db, const SqlDialect& dialect,
    const std::function<void(std::string_view, std::string_view, std::int64_t, std::optional<Date>)>& each)
{
    auto c = dialect.openCursor(db, QStringLiteral("SELECT id, stage, amount, expected_close_on FROM opportunities"),
                                "reading the stored opportunities");
    while (c->next())
        each(c->text(0), c->text(1), c->int64(2), c->isNull(3) ? std::nullopt : Date::parse(c->text(3)));
}

void ImportWriter::readApprovedTargets(const QSqlDatabase& db, const SqlDialect& dialect,
                                       const std::function<void(std::string_view, std::int64_t, int)>& each)
{
    auto c = dialect.openCursor(
        db,
        QStringLiteral("SELECT t.owner_kind, t.owner_id, t.metric, t.period, t.segment, t.amount, p.version "
                       "FROM target_plans p JOIN targets t ON t.owner_kind = p.owner_kind AND t.owner_id = p.owner_id "
                       "AND t.metric = p.metric AND t.period = p.period AND t.segment = p.segment "
                       "WHERE p.state = 'approved'"),
        "reading the approved targets");
    std::string key;
    while (c->next()) {
        key.clear();
        for (int i = 0; i < 5; ++i) {
            if (i > 0)
                key += '\n';
            key += c->text(i);
        }
        each(key, c->int64(5), static_cast<int>(c->int64(6)));
    }
}

} // namespace sd::storage
