#include "app/SqlCustomerSource.h"

#include "storage/QtSqlRow.h"
#include "storage/RowMapping.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QSqlQuery>

namespace sd::app {

namespace rows = storage::rows;
namespace sql = storage::sql;

namespace {

QString orderColumn(CustomerSource::SortKey key)
{
    switch (key) {
    case CustomerSource::SortKey::Id:
        return QStringLiteral("c.id");
    case CustomerSource::SortKey::Name:
        return QStringLiteral("c.name");
    case CustomerSource::SortKey::Owner:
        return QStringLiteral("r.name");
    case CustomerSource::SortKey::Industry:
        return QStringLiteral("c.industry");
    case CustomerSource::SortKey::CreatedOn:
        return QStringLiteral("c.created_on");
    case CustomerSource::SortKey::PaymentTerms:
        return QStringLiteral("c.payment_terms_days");
    case CustomerSource::SortKey::CreditLimit:
        return QStringLiteral("c.credit_limit");
    }
    return QStringLiteral("c.name");
}

QString whereClause(const QString& search)
{
    if (search.isEmpty())
        return {};
    return QStringLiteral(" WHERE (c.id LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\' OR c.industry LIKE ? "
                          "ESCAPE '\\')");
}

void bindSearch(QSqlQuery& q, const QString& search)
{
    if (search.isEmpty())
        return;
    const QString pattern = QLatin1Char('%') + sql::escapeLike(search) + QLatin1Char('%');
    for (int i = 0; i < 3; ++i)
        q.addBindValue(pattern);
}

template<typename T, typename Read>
std::vector<T> readAll(const QSqlDatabase& db, const QString& statement, const std::string& customerId, Read read,
                       const char* what)
{
    QSqlQuery q = sql::prepare(db, statement);
    q.addBindValue(sql::text(customerId));
    q.addBindValue(SqlCustomerSource::kDetailLimit);
    sql::exec(q, what);
    storage::QtSqlCursor cursor(std::move(q));
    std::vector<T> out;
    while (cursor.next())
        out.push_back(read(cursor, 0));
    return out;
}

} // namespace

SqlCustomerSource::SqlCustomerSource(storage::Workspace* workspace)
    : m_workspace(workspace)
{
}

long long SqlCustomerSource::count(const QString& search)
{
    QSqlQuery q = sql::prepare(m_workspace->database(), QStringLiteral("SELECT COUNT(*) FROM customers c") + whereClause(search));
    bindSearch(q, search);
    sql::exec(q, "counting customers");
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<CustomerListRow> SqlCustomerSource::page(const QString& search, SortKey key, bool descending,
                                                     long long offset, int limit)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The id breaks ties, so pages never overlap or skip rows whatever the sort column holds.
    QString orderBy = orderColumn(key) + direction;
    if (key != SortKey::Id)
        orderBy += QStringLiteral(", c.id") + direction;
    const QString statement = QStringLiteral("SELECT ") + rows::selectList(rows::customerColumns(), QStringLiteral("c"))
        + QStringLiteral(", r.name FROM customers c LEFT JOIN reps r ON r.id = c.owner_rep_id") + whereClause(search)
        + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q = sql::prepare(m_workspace->database(), statement);
    bindSearch(q, search);
    q.addBindValue(limit);
    q.addBindValue(offset);
    sql::exec(q, "reading a page of customers");
    storage::QtSqlCursor cursor(std::move(q));
    const int ownerColumn = int(rows::customerColumns().size());
    std::vector<CustomerListRow> out;
    out.reserve(size_t(limit));
    while (cursor.next()) {
        CustomerListRow row;
        row.customer = rows::readCustomer(cursor, 0);
        if (!cursor.isNull(ownerColumn))
            row.ownerName = std::string(cursor.text(ownerColumn));
        out.push_back(std::move(row));
    }
    return out;
}

std::optional<CustomerDetails> SqlCustomerSource::details(const std::string& customerId)
{
    const QSqlDatabase db = m_workspace->database();
    CustomerDetails d;
    {
        QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT ") + rows::selectList(rows::customerColumns(), QStringLiteral("c"))
                                           + QStringLiteral(", r.name FROM customers c LEFT JOIN reps r ON r.id = "
                                                            "c.owner_rep_id WHERE c.id = ?"));
        q.addBindValue(sql::text(customerId));
        sql::exec(q, "reading a customer");
        storage::QtSqlCursor cursor(std::move(q));
        if (!cursor.next())
            return std::nullopt;
        d.row.customer = rows::readCustomer(cursor, 0);
        const int ownerColumn = int(rows::customerColumns().size());
        if (!cursor.isNull(ownerColumn))
            d.row.ownerName = std::string(cursor.text(ownerColumn));
    }
    d.opportunities = readAll<Opportunity>(
        db,
        QStringLiteral("SELECT ") + rows::selectList(rows::opportunityColumns(), QStringLiteral("o"))
            + QStringLiteral(" FROM opportunities o WHERE o.customer_id = ? ORDER BY o.created_on DESC, o.id LIMIT ?"),
        customerId, [](const storage::SqlRow& r, int first) { return rows::readOpportunity(r, first); },
        "reading a customer's opportunities");
    d.orders = readAll<Order>(
        db,
        QStringLiteral("SELECT ") + rows::selectList(rows::orderColumns(), QStringLiteral("o"))
            + QStringLiteral(" FROM orders o WHERE o.customer_id = ? ORDER BY o.order_date DESC, o.id LIMIT ?"),
        customerId, [](const storage::SqlRow& r, int first) { return rows::readOrder(r, first); },
        "reading a customer's orders");
    d.payments = readAll<Payment>(
        db,
        QStringLiteral("SELECT ") + rows::selectList(rows::paymentColumns(), QStringLiteral("p"))
            + QStringLiteral(" FROM payments p JOIN orders o ON o.id = p.order_id WHERE o.customer_id = ? "
                             "ORDER BY p.paid_on DESC, p.id LIMIT ?"),
        customerId, [](const storage::SqlRow& r, int first) { return rows::readPayment(r, first); },
        "reading a customer's payments");
    d.activities = readAll<Activity>(
        db,
        QStringLiteral("SELECT ") + rows::selectList(rows::activityColumns(), QStringLiteral("a"))
            + QStringLiteral(" FROM activities a WHERE a.customer_id = ? ORDER BY a.activity_date DESC, a.id LIMIT ?"),
        customerId, [](const storage::SqlRow& r, int first) { return rows::readActivity(r, first); },
        "reading a customer's activities");
    return d;
}

} // namespace sd::app
