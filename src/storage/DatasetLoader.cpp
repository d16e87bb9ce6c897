#include "storage/DatasetLoader.h"

#include "storage/RowMapping.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QThread>

namespace sd::storage {

namespace {

const char* const kWhat = "loading the workspace";

// At the first row and every 65,536 rows after: stops the load when the thread was asked to (its window closed
// while millions of rows load).
void checkCancelled(std::size_t rows, const QThread* requester)
{
    if ((rows & 0xFFFF) == 1 && requester->isInterruptionRequested())
        throw LoadCancelled();
}

long long countRows(const QSqlDatabase& db, const char* table, const QString& where)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table) + where,
                           "counting rows");
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString selectSql(const char* table, const QStringList& columns, const char* orderBy, const QString& where)
{
    return QStringLiteral("SELECT ") + rows::selectList(columns) + QStringLiteral(" FROM ") + QString::fromLatin1(table)
        + where + QStringLiteral(" ORDER BY ") + QString::fromLatin1(orderBy);
}

// " WHERE column >= 'from' AND column <= 'to'" for the bounds given (dates are validated values, written as
// 'YYYY-MM-DD' literals, which compare as text in date order).
QString dateRange(const char* column, const std::optional<Date>& from, const std::optional<Date>& to)
{
    QStringList conditions;
    if (from)
        conditions << QString::fromLatin1(column) + QStringLiteral(" >= '") + QString::fromStdString(from->toString())
                + QStringLiteral("'");
    if (to)
        conditions << QString::fromLatin1(column) + QStringLiteral(" <= '") + QString::fromStdString(to->toString())
                + QStringLiteral("'");
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

DatasetLoader::DatasetLoader(QSqlDatabase db, const SqlDialect& dialect, QThread* requester)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_requester(requester ? requester : QThread::currentThread())
{
}

// SELECT columns FROM table [WHERE …] ORDER BY orderBy, each row read into `out` by `read`.
template <class T, class Read>
void loadTable(const QSqlDatabase& db, const SqlDialect& dialect, const QThread* requester, std::vector<T>& out,
               const char* table, const QStringList& columns, const char* orderBy, Read read,
               const QString& where = {})
{
    out.reserve(static_cast<size_t>(countRows(db, table, where)));
    auto cursor = dialect.openCursor(db, selectSql(table, columns, orderBy, where), kWhat);
    while (cursor->next()) {
        out.push_back(read(*cursor, 0));
        checkCancelled(out.size(), requester);
    }
}

Dataset DatasetLoader::load(unsigned parts, const DatasetWindow& window) const
{
    Dataset d;
    const auto& db = m_db;
    const auto& dl = m_dialect;
    if (parts & PartOrg) {
        loadTable(db, dl, m_requester, d.orgUnits, "org_units", rows::orgUnitColumns(), "id", rows::readOrgUnit);
        loadTable(db, dl, m_requester, d.reps, "reps", rows::repColumns(), "id", rows::readRep);
        loadTable(db, dl, m_requester, d.products, "products", rows::productColumns(), "id", rows::readProduct);
        loadTable(db, dl, m_requester, d.unitHistory, "rep_unit_history",
                  {QStringLiteral("rep_id"), QStringLiteral("org_unit_id"), QStringLiteral("from_on"),
                   QStringLiteral("to_on")},
                  "rep_id, from_on", [](const SqlRow& row, int) {
                      return UnitMembership{std::string(row.text(0)), std::string(row.text(1)),
                                            Date::parseOrThrow(row.text(2)), Date::parseOrThrow(row.text(3))};
                  });
    }
    if (parts & PartCustomers)
        loadTable(db, dl, m_requester, d.customers, "customers", rows::customerColumns(), "id", rows::readCustomer);
    if (parts & PartOpportunities)
        loadOpportunities(d);
    if (parts & PartOrders) {
        loadTable(db, dl, m_requester, d.orders, "orders", rows::orderColumns(), "id", rows::readOrder);
        loadTable(db, dl, m_requester, d.orderCredits, "order_credits", rows::orderCreditColumns(), "order_id, seq",
                  rows::readOrderCredit);
    }
    if (parts & PartPayments)
        loadTable(db, dl, m_requester, d.payments, "payments", rows::paymentColumns(), "id", rows::readPayment);
    if (parts & PartActivities)
        loadTable(db, dl, m_requester, d.activities, "activities", rows::activityColumns(), "id", rows::readActivity,
                  dateRange("activity_date", window.activitiesFrom, window.activitiesTo));
    if (parts & PartTargets)
        loadTable(db, dl, m_requester, d.targets, "targets", rows::targetColumns(), "owner_kind, owner_id, metric, period, segment",
                  rows::readTarget);
    if (parts & PartKpi) {
        loadTable(db, dl, m_requester, d.kpiValues, "kpi_values", rows::kpiValueColumns(), "rep_id, period, code",
                  rows::readKpiValue);
        loadTable(db, dl, m_requester, d.reviews, "reviews", rows::reviewColumns(), "subject_rep_id, period, seq", rows::readReview);
    }
    return d;
}

// Opportunities by id and the history by (opportunity_id, seq) are two sorted streams under the same
// collation, merged in one pass: no per-row lookups.
void DatasetLoader::loadOpportunities(Dataset& out) const
{
    loadTable(m_db, m_dialect, m_requester, out.opportunities, "opportunities", rows::opportunityColumns(), "id",
              rows::readOpportunity);
    auto cursor = m_dialect.openCursor(m_db,
                                       QStringLiteral("SELECT opportunity_id, stage, entered_on FROM stage_history "
                                                      "ORDER BY opportunity_id, seq"),
                                       "loading the stage history");
    auto& opps = out.opportunities;
    size_t i = 0;
    for (std::size_t rows = 1; cursor->next(); ++rows) {
        checkCancelled(rows, m_requester);
        const std::string_view id = cursor->text(0);
        if (i < opps.size() && opps[i].id != id) {
            while (i < opps.size() && std::string_view(opps[i].id) < id)
                ++i;
        }
        if (i == opps.size() || opps[i].id != id)
            throw StorageError("the workspace's stage history names a missing opportunity: " + std::string(id));
        opps[i].history.push_back(rows::readStageEntry(*cursor, 1));
    }
}

} // namespace sd::storage
