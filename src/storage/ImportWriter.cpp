#include "storage/ImportWriter.h"

#include "storage/RowMapping.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <map>
#include <set>

namespace sd::storage {

namespace {

const QStringList kIdKey{QStringLiteral("id")};

bool tableIsEmpty(const QSqlDatabase& db, const char* table)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT 1 FROM ") + QString::fromLatin1(table) + QStringLiteral(" LIMIT 1"),
                           "checking a table");
    return !q.next();
}

// Upserts every row of `rows` through one prepared statement.
template <class T, class Bind>
void upsertAll(const QSqlDatabase& db, const SqlDialect& dialect, const std::vector<T>& rows, const char* table,
               const QStringList& columns, const QStringList& key, Bind bind, const char* what)
{
    if (rows.empty())
        return;
    QSqlQuery q = sql::prepare(db, dialect.upsertSql(QString::fromLatin1(table), columns, key));
    for (const T& row : rows) {
        bind(q, row, 0);
        sql::exec(q, what);
    }
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

void ImportWriter::write(const Dataset& batch)
{
    QElapsedTimer timer;
    timer.start();
    ScopedTransaction tx(m_db);
    m_dialect.beginBulkWrite(m_db);
    writeRows(batch);
    try {
        tx.commit();
    } catch (const StorageError& e) {
        const QString problems = m_dialect.foreignKeyProblems(m_db);
        if (problems.isEmpty())
            throw;
        throw StorageError("the import was not saved: " + problems.toStdString());
    }
    spdlog::debug("import batch written in {} ms", timer.elapsed());
}

void ImportWriter::writeRows(const Dataset& b)
{
    const QSqlDatabase& db = m_db;
    upsertAll(db, m_dialect, b.orgUnits, "org_units", rows::orgUnitColumns(), kIdKey, rows::bindOrgUnit,
              "writing org units");
    upsertAll(db, m_dialect, b.reps, "reps", rows::repColumns(), kIdKey, rows::bindRep, "writing reps");
    upsertAll(db, m_dialect, b.products, "products", rows::productColumns(), kIdKey, rows::bindProduct,
              "writing products");
    upsertAll(db, m_dialect, b.customers, "customers", rows::customerColumns(), kIdKey, rows::bindCustomer,
              "writing customers");
    upsertAll(db, m_dialect, b.opportunities, "opportunities", rows::opportunityColumns(), kIdKey,
              rows::bindOpportunity, "writing opportunities");

    // Each opportunity of the batch gets exactly the batch's history (none clears it).
    if (!b.opportunities.empty()) {
        const bool historyEmpty = tableIsEmpty(db, "stage_history");
        QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM stage_history WHERE opportunity_id = ?"));
        QSqlQuery ins = sql::prepare(db, insertSql("stage_history", rows::stageHistoryColumns()));
        for (const Opportunity& o : b.opportunities) {
            if (!historyEmpty) {
                del.bindValue(0, sql::text(o.id));
                sql::exec(del, "replacing a stage history");
            }
            for (size_t i = 0; i < o.history.size(); ++i) {
                rows::bindStageEntry(ins, o.id, static_cast<int>(i), o.history[i]);
                sql::exec(ins, "writing the stage history");
            }
        }
    }

    upsertAll(db, m_dialect, b.orders, "orders", rows::orderColumns(), kIdKey, rows::bindOrder, "writing orders");

    // An order named in the batch's credits is credited by exactly those rows.
    if (!b.orderCredits.empty()) {
        std::map<std::string, int> nextSeq;
        for (const OrderCredit& c : b.orderCredits)
            nextSeq.emplace(c.orderId, 0);
        QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM order_credits WHERE order_id = ?"));
        for (const auto& [orderId, seq] : nextSeq) {
            del.bindValue(0, sql::text(orderId));
            sql::exec(del, "replacing order credits");
        }
        QSqlQuery ins = sql::prepare(db, insertSql("order_credits", rows::orderCreditColumns()));
        for (const OrderCredit& c : b.orderCredits) {
            rows::bindOrderCredit(ins, c, nextSeq[c.orderId]++);
            sql::exec(ins, "writing order credits");
        }
    }

    upsertAll(db, m_dialect, b.payments, "payments", rows::paymentColumns(), kIdKey, rows::bindPayment,
              "writing payments");
    upsertAll(db, m_dialect, b.activities, "activities", rows::activityColumns(), kIdKey, rows::bindActivity,
              "writing activities");
    upsertAll(db, m_dialect, b.targets, "targets", rows::targetColumns(), rows::targetColumns().mid(0, 5),
              rows::bindTarget, "writing targets");
    upsertAll(db, m_dialect, b.kpiValues, "kpi_values", rows::kpiValueColumns(), rows::kpiValueColumns().mid(0, 3),
              rows::bindKpiValue, "writing KPI values");

    // The reviews of a (subject, period) in the batch replace the stored ones.
    if (!b.reviews.empty()) {
        std::map<std::pair<std::string, std::string>, int> nextSeq;
        for (const Review& r : b.reviews)
            nextSeq.emplace(std::make_pair(r.subjectRepId, r.period), 0);
        QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM reviews WHERE subject_rep_id = ? AND period = ?"));
        for (const auto& [key, seq] : nextSeq) {
            del.bindValue(0, sql::text(key.first));
            del.bindValue(1, sql::text(key.second));
            sql::exec(del, "replacing reviews");
        }
        QSqlQuery ins = sql::prepare(db, insertSql("reviews", rows::reviewColumns()));
        for (const Review& r : b.reviews) {
            rows::bindReview(ins, r, nextSeq[std::make_pair(r.subjectRepId, r.period)]++);
            sql::exec(ins, "writing reviews");
        }
    }
}

} // namespace sd::storage
