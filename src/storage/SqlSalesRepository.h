#pragma once

#include "storage/SalesRepository.h"

namespace sd::storage {

class Workspace;

// SalesRepository over a workspace's SQL connection.
class SqlSalesRepository : public SalesRepository
{
public:
    explicit SqlSalesRepository(const Workspace& workspace);
    std::optional<Order> order(const std::string& id) const override;
    std::vector<Order> ordersOfRep(const std::string& repId, Date from, Date to) const override;
    std::vector<OrderCredit> credits(const std::string& orderId) const override;
    std::vector<Payment> paymentsOf(const std::string& orderId) const override;
    void insertPayment(const Payment& payment) override;
    void removePayment(const std::string& id) override;

private:
    const Workspace& m_ws;
};

} // namespace sd::storage
