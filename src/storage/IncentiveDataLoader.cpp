#include "storage/IncentiveDataLoader.h"

#include "storage/RowMapping.h"
#include "storage/SqlDialect.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace sd::storage {

namespace {

const char* const kWhat = "loading the rows of an incentive calculation";

// A 'YYYY-MM-DD' literal: dates are validated values, which compare as text in date order.
QString literal(Date d) { return QStringLiteral("'") + QString::fromStdString(d.toString()) + QStringLiteral("'"); }

QString quoted(const std::string& s)
{
    QString q = QString::fromStdString(s);
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// Sorted, overlapping or adjacent ranges joined, so each order is read once.
std::vector<std::pair<Date, Date>> merged(std::vector<std::pair<Date, Date>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    std::vector<std::pair<Date, Date>> out;
    for (const auto& r : ranges) {
        if (!out.empty() && r.first <= out.back().second.addDays(1))
            out.back().second = std::max(out.back().second, r.second);
        else
            out.push_back(r);
    }
    return out;
}

bool byId(const Order& a, const Order& b) { return a.id < b.id; }

} // namespace

IncentiveDataLoader::IncentiveDataLoader(Workspace& ws)
    : m_ws(ws)
{
}

std::vector<Date> IncentiveDataLoader::bookingDatesOfCancellations(Date first, Date last) const
{
    // One table scan: "+order_date" and no DISTINCT keep SQLite off the order-date index, which would seek the
    // 1.3 million earlier rows one by one. PostgreSQL has no unary + on text (and its planner needs no hint).
    auto cursor = m_ws.dialect().openCursor(m_ws.database(),
                                            QStringLiteral("SELECT order_date FROM orders WHERE cancelled_on "
                                                           ">= %1 AND cancelled_on <= %2 AND %3 < %1")
                                                .arg(literal(first), literal(last),
                                                     m_ws.isServer() ? QStringLiteral("order_date")
                                                                     : QStringLiteral("+order_date")),
                                            kWhat);
    std::vector<Date> out;
    while (cursor->next())
        out.push_back(Date::parseOrThrow(cursor->text(0)));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Dataset IncentiveDataLoader::load(const Scope& scope) const
{
    Dataset d = m_ws.loadDataset(PartOrg);
    const QSqlDatabase db = m_ws.database();
    const SqlDialect& dialect = m_ws.dialect();

    QStringList conditions;
    for (const auto& [from, to] : merged(scope.ranges))
        conditions << QStringLiteral("(order_date >= %1 AND order_date <= %2)").arg(literal(from), literal(to));
    if (!conditions.isEmpty()) {
        // No ORDER BY: ordering by the text primary key would read the table through its index, row by row.
        auto cursor = dialect.openCursor(db,
                                         QStringLiteral("SELECT ") + rows::selectList(rows::orderColumns())
                                             + QStringLiteral(" FROM orders WHERE ")
                                             + conditions.join(QStringLiteral(" OR ")),
                                         kWhat);
        while (cursor->next())
            d.orders.push_back(rows::readOrder(*cursor, 0));
    }
    loadEarlierOrders(scope, d.orders);
    std::sort(d.orders.begin(), d.orders.end(), byId);
    d.orders.erase(std::unique(d.orders.begin(), d.orders.end(),
                               [](const Order& a, const Order& b) { return a.id == b.id; }),
                   d.orders.end());

    // The credits of the loaded orders, found by binary search before a row is decoded.
    auto credits = dialect.openCursor(db,
                                      QStringLiteral("SELECT ") + rows::selectList(rows::orderCreditColumns())
                                          + QStringLiteral(" FROM order_credits ORDER BY order_id, seq"),
                                      kWhat);
    while (credits->next()) {
        const std::string_view orderId = credits->text(0);
        const auto it = std::lower_bound(d.orders.begin(), d.orders.end(), orderId,
                                         [](const Order& o, std::string_view id) { return o.id < id; });
        if (it != d.orders.end() && it->id == orderId)
            d.orderCredits.push_back(rows::readOrderCredit(*credits, 0));
    }

    if (!scope.targetPeriods.empty()) {
        QStringList labels;
        for (const std::string& p : scope.targetPeriods)
            labels << quoted(p);
        auto targets = dialect.openCursor(db,
                                          QStringLiteral("SELECT ") + rows::selectList(rows::targetColumns())
                                              + QStringLiteral(" FROM targets WHERE period IN (")
                                              + labels.join(QStringLiteral(", "))
                                              + QStringLiteral(") ORDER BY owner_kind, owner_id, metric, period, "
                                                               "segment"),
                                          kWhat);
        while (targets->next())
            d.targets.push_back(rows::readTarget(*targets, 0));
    }
    return d;
}

void IncentiveDataLoader::loadEarlierOrders(const Scope& scope, std::vector<Order>& orders) const
{
    // Customers with an order in the period that is not cancelled, and whether the loaded rows already hold an
    // earlier one that is not cancelled (then their first order is decided without reading more).
    std::unordered_map<std::string_view, bool> hasEarlier;
    for (const Order& o : orders)
        if (!o.cancelledOn && o.orderDate >= scope.first && o.orderDate <= scope.last)
            hasEarlier.emplace(o.customerId, false);
    for (const Order& o : orders)
        if (!o.cancelledOn && o.orderDate < scope.first) {
            auto it = hasEarlier.find(o.customerId);
            if (it != hasEarlier.end())
                it->second = true;
        }
    std::vector<std::string> lacking;
    for (const auto& [customer, earlier] : hasEarlier)
        if (!earlier)
            lacking.emplace_back(customer);
    std::sort(lacking.begin(), lacking.end());

    const QSqlDatabase db = m_ws.database();
    constexpr size_t kChunk = 2000;
    std::vector<Order> found;
    for (size_t at = 0; at < lacking.size(); at += kChunk) {
        QStringList ids;
        for (size_t i = at; i < std::min(lacking.size(), at + kChunk); ++i)
            ids << quoted(lacking[i]);
        // One earlier order per customer, through the customer index (any earlier one decides the question).
        const QString sql = QStringLiteral("SELECT ") + rows::selectList(rows::orderColumns())
            + QStringLiteral(" FROM orders WHERE id IN (SELECT (SELECT x.id FROM orders x WHERE x.customer_id = c.id "
                             "AND x.cancelled_on IS NULL AND x.order_date < %1 LIMIT 1) FROM customers c "
                             "WHERE c.id IN (")
                  .arg(literal(scope.first))
            + ids.join(QStringLiteral(", ")) + QStringLiteral("))");
        auto cursor = m_ws.dialect().openCursor(db, sql, kWhat);
        while (cursor->next())
            found.push_back(rows::readOrder(*cursor, 0));
    }
    orders.insert(orders.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

} // namespace sd::storage
