#pragma once

#include "domain/Model.h"

#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// Orders (with their credit splits) and the payments on them.
// Every function throws StorageError on a database problem.
class SalesRepository
{
public:
    virtual ~SalesRepository() = default;
    virtual std::optional<Order> order(const std::string& id) const = 0;
    // A rep's orders dated in [from, to], by date then id.
    virtual std::vector<Order> ordersOfRep(const std::string& repId, Date from, Date to) const = 0;
    virtual std::vector<OrderCredit> credits(const std::string& orderId) const = 0;
    virtual std::vector<Payment> paymentsOf(const std::string& orderId) const = 0; // by date then id
    // Records a payment: its amount must be positive, its id new and its order known.
    virtual void insertPayment(const Payment& payment) = 0;
    // Removes a payment (undoing one recorded in the app).
    virtual void removePayment(const std::string& id) = 0;
};

} // namespace sd::storage
