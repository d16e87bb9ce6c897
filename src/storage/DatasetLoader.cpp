#include "storage/DatasetLoader.h"

#include "storage/RowMapping.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

namespace sd::storage {

namespace {

long long countRows(const QSqlDatabase& db, const char* table)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table), "counting rows");
    return q.next() ? q.value(0).toLongLong() : 0;
}

// SELECT columns FROM table ORDER BY orderBy, each row read into `out` by `read`.
template <class T, class Read>
void loadTable(const QSqlDatabase& db, std::vector<T>& out, const char* table, const QStringList& columns,
               const char* orderBy, Read read)
{
    out.reserve(static_cast<size_t>(countRows(db, table)));
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT ") + rows::selectList(columns) + QStringLiteral(" FROM ")
                               + QString::fromLatin1(table) + QStringLiteral(" ORDER BY ") + QString::fromLatin1(orderBy),
                           "loading the workspace");
    while (q.next())
        out.push_back(read(q, 0));
}

} // namespace

DatasetLoader::DatasetLoader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Dataset DatasetLoader::load(unsigned parts) const
{
    Dataset d;
    if (parts & PartOrg) {
        loadTable(m_db, d.orgUnits, "org_units", rows::orgUnitColumns(), "id", rows::readOrgUnit);
        loadTable(m_db, d.reps, "reps", rows::repColumns(), "id", rows::readRep);
        loadTable(m_db, d.products, "products", rows::productColumns(), "id", rows::readProduct);
    }
    if (parts & PartCustomers)
        loadTable(m_db, d.customers, "customers", rows::customerColumns(), "id", rows::readCustomer);
    if (parts & PartOpportunities)
        loadOpportunities(d);
    if (parts & PartOrders) {
        loadTable(m_db, d.orders, "orders", rows::orderColumns(), "id", rows::readOrder);
        loadTable(m_db, d.orderCredits, "order_credits", rows::orderCreditColumns(), "order_id, seq",
                  rows::readOrderCredit);
    }
    if (parts & PartPayments)
        loadTable(m_db, d.payments, "payments", rows::paymentColumns(), "id", rows::readPayment);
    if (parts & PartActivities)
        loadTable(m_db, d.activities, "activities", rows::activityColumns(), "id", rows::readActivity);
    if (parts & PartTargets)
        loadTable(m_db, d.targets, "targets", rows::targetColumns(), "owner_kind, owner_id, metric, period, segment",
                  rows::readTarget);
    if (parts & PartKpi) {
        loadTable(m_db, d.kpiValues, "kpi_values", rows::kpiValueColumns(), "rep_id, period, code",
                  rows::readKpiValue);
        loadTable(m_db, d.reviews, "reviews", rows::reviewColumns(), "subject_rep_id, period, seq", rows::readReview);
    }
    return d;
}

// Opportunities by id and the history by (opportunity_id, seq) are two sorted streams under the same
// collation, merged in one pass: no per-row lookups.
void DatasetLoader::loadOpportunities(Dataset& out) const
{
    loadTable(m_db, out.opportunities, "opportunities", rows::opportunityColumns(), "id", rows::readOpportunity);
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT opportunity_id, stage, entered_on FROM stage_history "
                                          "ORDER BY opportunity_id, seq"),
                           "loading the stage history");
    auto& opps = out.opportunities;
    size_t i = 0;
    QString currentId;
    while (q.next()) {
        const QVariant idValue = q.value(0);
        if (i < opps.size() && idValue.toString() == currentId) {
            opps[i].history.push_back(rows::readStageEntry(q, 1));
            continue;
        }
        const std::string id = sql::toStd(idValue);
        while (i < opps.size() && opps[i].id < id)
            ++i;
        if (i == opps.size() || opps[i].id != id)
            throw StorageError("the workspace's stage history names a missing opportunity: " + id);
        currentId = idValue.toString();
        opps[i].history.push_back(rows::readStageEntry(q, 1));
    }
}

} // namespace sd::storage
