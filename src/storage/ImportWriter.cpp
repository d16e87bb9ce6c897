#include "storage/ImportWriter.h"

#include "storage/RowMapping.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"
#include "storage/SqlRow.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <map>
#include <set>

namespace sd::storage {

namespace {

const QStringList kIdKey{QStringLiteral("id")};
// A load this large into an empty table builds the table's indexes once, after the rows.
constexpr size_t kRebuildIndexesFrom = 20000;

bool tableIsEmpty(const QSqlDatabase& db, const char* table)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT 1 FROM ") + QString::fromLatin1(table) + QStringLiteral(" LIMIT 1"),
                           "checking a table");
    return !q.next();
}

QString insertSql(const char* table, const QStringList& columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO ") + QString::fromLatin1(table) + QStringLiteral(" (")
        + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", "))
        + QStringLiteral(")");
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

void ImportWriter::write(const Dataset& batch, const std::function<void()>& alsoWrite)
{
    QElapsedTimer timer;
    timer.start();
    ScopedTransaction tx(m_db);
    m_dialect.beginBulkWrite(m_db);
    if (alsoWrite)
        alsoWrite();
    writeRows(batch);
    QElapsedTimer step;
    step.start();
    for (const QString& statement : m_rebuild)
        sql::run(m_db, statement, "rebuilding an index");
    spdlog::debug("import: {} indexes rebuilt in {} ms", m_rebuild.size(), step.restart());
    try {
        tx.commit();
    } catch (const StorageError& e) {
        const QString problems = m_dialect.foreignKeyProblems(m_db);
        if (problems.isEmpty())
            throw;
        throw StorageError("the import was not saved: " + problems.toStdString());
    }
    spdlog::debug("import: committed in {} ms; batch written in {} ms", step.elapsed(), timer.elapsed());
}

bool ImportWriter::prepareTable(const char* table, size_t batchRows)
{
    if (!tableIsEmpty(m_db, table))
        return false;
    if (batchRows >= kRebuildIndexesFrom)
        m_rebuild << m_dialect.dropIndexesForBulkLoad(m_db, QString::fromLatin1(table));
    return true;
}

// Upserts every row of `rows` through one prepared statement.
template <class T, class Bind>
void ImportWriter::upsertAll(const std::vector<T>& rows, const char* table, const QStringList& columns,
                             const QStringList& key, Bind bind, const char* what)
{
    if (rows.empty())
        return;
    // Nothing to update in an empty table (the batch holds each key once): a plain insert is cheaper.
    QElapsedTimer step;
    step.start();
    const bool empty = prepareTable(table, rows.size());
    auto q = m_dialect.prepareBulk(
        m_db, empty ? insertSql(table, columns)
              : withRowVersionBump(QString::fromLatin1(table), m_dialect.upsertSql(QString::fromLatin1(table), columns, key)), what);
    for (const T& row : rows) {
        bind(*q, row, 0);
        q->exec();
    }
    spdlog::debug("import: {} {} rows in {} ms", rows.size(), table, step.elapsed());
}

void ImportWriter::writeRows(const Dataset& b)
{
    upsertAll(b.orgUnits, "org_units", rows::orgUnitColumns(), kIdKey, rows::bindOrgUnit, "writing org units");
    upsertAll(b.reps, "reps", rows::repColumns(), kIdKey, rows::bindRep, "writing reps");
    upsertAll(b.products, "products", rows::productColumns(), kIdKey, rows::bindProduct, "writing products");
    upsertAll(b.customers, "customers", rows::customerColumns(), kIdKey, rows::bindCustomer, "writing customers");
    upsertAll(b.opportunities, "opportunities", rows::opportunityColumns(), kIdKey, rows::bindOpportunity,
              "writing opportunities");

    // Each opportunity of the batch gets exactly the batch's history (none clears it).
    if (!b.opportunities.empty()) {
        const bool historyEmpty = tableIsEmpty(m_db, "stage_history");
        auto del = m_dialect.prepareBulk(m_db, QStringLiteral("DELETE FROM stage_history WHERE opportunity_id = ?"),
                                         "replacing a stage history");
        auto ins = m_dialect.prepareBulk(m_db, insertSql("stage_history", rows::stageHistoryColumns()),
                                         "writing the stage history");
        for (const Opportunity& o : b.opportunities) {
            if (!historyEmpty) {
                del->bindText(0, o.id);
                del->exec();
            }
            for (size_t i = 0; i < o.history.size(); ++i) {
                rows::bindStageEntry(*ins, o.id, static_cast<int>(i), o.history[i]);
                ins->exec();
            }
        }
    }

    upsertAll(b.orders, "orders", rows::orderColumns(), kIdKey, rows::bindOrder, "writing orders");

    // An order named in the batch's credits is credited by exactly those rows.
    if (!b.orderCredits.empty()) {
        std::map<std::string, int> nextSeq;
        for (const OrderCredit& c : b.orderCredits)
            nextSeq.emplace(c.orderId, 0);
        auto del = m_dialect.prepareBulk(m_db, QStringLiteral("DELETE FROM order_credits WHERE order_id = ?"),
                                         "replacing order credits");
        for (const auto& entry : nextSeq) {
            del->bindText(0, entry.first);
            del->exec();
        }
        auto ins = m_dialect.prepareBulk(m_db, insertSql("order_credits", rows::orderCreditColumns()),
                                         "writing order credits");
        for (const OrderCredit& c : b.orderCredits) {
            rows::bindOrderCredit(*ins, c, nextSeq[c.orderId]++);
            ins->exec();
        }
    }

    upsertAll(b.payments, "payments", rows::paymentColumns(), kIdKey, rows::bindPayment, "writing payments");
    upsertAll(b.activities, "activities", rows::activityColumns(), kIdKey, rows::bindActivity, "writing activities");
    upsertAll(b.targets, "targets", rows::targetColumns(), rows::targetColumns().mid(0, 5), rows::bindTarget,
              "writing targets");
    upsertAll(b.kpiValues, "kpi_values", rows::kpiValueColumns(), rows::kpiValueColumns().mid(0, 3),
              rows::bindKpiValue, "writing KPI values");

    // The reviews of a (subject, period) in the batch replace the stored ones.
    if (!b.reviews.empty()) {
        std::map<std::pair<std::string, std::string>, int> nextSeq;
        for (const Review& r : b.reviews)
            nextSeq.emplace(std::make_pair(r.subjectRepId, r.period), 0);
        auto del = m_dialect.prepareBulk(m_db,
                                         QStringLiteral("DELETE FROM reviews WHERE subject_rep_id = ? AND period = ?"),
                                         "replacing reviews");
        for (const auto& entry : nextSeq) {
            del->bindText(0, entry.first.first);
            del->bindText(1, entry.first.second);
            del->exec();
        }
        auto ins = m_dialect.prepareBulk(m_db, insertSql("reviews", rows::reviewColumns()), "writing reviews");
        for (const Review& r : b.reviews) {
            rows::bindReview(*ins, r, nextSeq[std::make_pair(r.subjectRepId, r.period)]++);
            ins->exec();
        }
    }
}

} // namespace sd::storage
