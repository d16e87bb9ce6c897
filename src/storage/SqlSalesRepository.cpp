#include "storage/SqlSalesRepository.h"

#include "storage/RepositorySupport.h"
#include "storage/Workspace.h"

namespace sd::storage {

SqlSalesRepository::SqlSalesRepository(const Workspace& workspace)
    : m_ws(workspace)
{
}

std::optional<Order> SqlSalesRepository::order(const std::string& id) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("SELECT ") + rows::selectList(rows::orderColumns())
                                                    + QStringLiteral(" FROM orders WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "reading an order");
    return readOne<Order>(std::move(q), rows::readOrder);
}

std::vector<Order> SqlSalesRepository::ordersOfRep(const std::string& repId, Date from, Date to) const
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("SELECT ") + rows::selectList(rows::orderColumns())
                                   + QStringLiteral(" FROM orders WHERE rep_id = ? AND order_date >= ? AND "
                                                    "order_date <= ? ORDER BY order_date, id"));
    q.addBindValue(sql::text(repId));
    q.addBindValue(sql::date(from));
    q.addBindValue(sql::date(to));
    sql::exec(q, "reading a rep's orders");
    return readAll<Order>(std::move(q), rows::readOrder);
}

std::vector<OrderCredit> SqlSalesRepository::credits(const std::string& orderId) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("SELECT ")
                                                    + rows::selectList(rows::orderCreditColumns())
                                                    + QStringLiteral(" FROM order_credits WHERE order_id = ? ORDER BY seq"));
    q.addBindValue(sql::text(orderId));
    sql::exec(q, "reading order credits");
    return readAll<OrderCredit>(std::move(q), rows::readOrderCredit);
}

std::vector<Payment> SqlSalesRepository::paymentsOf(const std::string& orderId) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("SELECT ") + rows::selectList(rows::paymentColumns())
                                                    + QStringLiteral(" FROM payments WHERE order_id = ? "
                                                                     "ORDER BY paid_on, id"));
    q.addBindValue(sql::text(orderId));
    sql::exec(q, "reading payments");
    return readAll<Payment>(std::move(q), rows::readPayment);
}

void SqlSalesRepository::insertPayment(const Payment& payment)
{
    if (!payment.amount.isPositive())
        throw StorageError("a payment must be more than 0 (payment '" + payment.id + "': " + payment.amount.toString()
                           + ")");
    if (!order(payment.orderId))
        throw StorageError("no order with id '" + payment.orderId + "'");
    QSqlQuery exists = sql::prepare(m_ws.database(), QStringLiteral("SELECT 1 FROM payments WHERE id = ?"));
    exists.addBindValue(sql::text(payment.id));
    sql::exec(exists, "checking a payment");
    if (exists.next())
        throw StorageError("a payment with id '" + payment.id + "' already exists");
    QtSqlStatement q(m_ws.database(),
                     QStringLiteral("INSERT INTO payments (") + rows::selectList(rows::paymentColumns())
                         + QStringLiteral(") VALUES (?, ?, ?, ?)"),
                     "recording a payment");
    rows::bindPayment(q, payment);
    q.exec();
}

void SqlSalesRepository::removePayment(const std::string& id)
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("DELETE FROM payments WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "removing a payment");
}

} // namespace sd::storage
