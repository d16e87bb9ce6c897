#pragma once

#include "domain/Dataset.h"
#include "domain/OpportunityChange.h"

#include <string>
#include <unordered_map>

namespace sd::io {

// Where CsvImporter puts the rows it has checked, one at a time, in file order: a Dataset batch
// (CsvImporter::read(dir, batch)) or the open import transaction of a workspace (importFolder).
class ImportSink
{
public:
    virtual ~ImportSink() = default;
    // Whether rows are still wanted after the first error (a batch keeps the good rows; a transaction that will be
    // rolled back does not).
    virtual bool keepsRowsAfterErrors() const { return false; }

    virtual void orgUnit(const OrgUnit& row) = 0;
    virtual void rep(const Rep& row) = 0;
    virtual void product(const Product& row) = 0;
    virtual void customer(const Customer& row) = 0;
    // The opportunity without its history; its history rows follow (seq 0, 1, … per opportunity).
    virtual void opportunity(const Opportunity& row) = 0;
    virtual void stageEntry(const std::string& opportunityId, int seq, const StageEntry& entry) = 0;
    virtual void order(const Order& row) = 0;
    virtual void orderCredit(const OrderCredit& row) = 0;
    virtual void payment(const Payment& row) = 0;
    virtual void activity(const Activity& row) = 0;
    virtual void target(const Target& row) = 0;
    virtual void kpiValue(const KpiValue& row) = 0;
    virtual void review(const Review& row) = 0;
    // A difference a re-import found in a stored opportunity's stage, amount or expected close date.
    virtual void opportunityChange(const OpportunityChange&) {}
};

// Collects the rows into a Dataset.
class BatchSink : public ImportSink
{
public:
    explicit BatchSink(Dataset& batch)
        : m_batch(batch)
    {
    }
    bool keepsRowsAfterErrors() const override { return true; }
    void orgUnit(const OrgUnit& row) override { m_batch.orgUnits.push_back(row); }
    void rep(const Rep& row) override { m_batch.reps.push_back(row); }
    void product(const Product& row) override { m_batch.products.push_back(row); }
    void customer(const Customer& row) override { m_batch.customers.push_back(row); }
    void opportunity(const Opportunity& row) override;
    void stageEntry(const std::string& opportunityId, int seq, const StageEntry& entry) override;
    void order(const Order& row) override { m_batch.orders.push_back(row); }
    void orderCredit(const OrderCredit& row) override { m_batch.orderCredits.push_back(row); }
    void payment(const Payment& row) override { m_batch.payments.push_back(row); }
    void activity(const Activity& row) override { m_batch.activities.push_back(row); }
    void target(const Target& row) override { m_batch.targets.push_back(row); }
    void kpiValue(const KpiValue& row) override { m_batch.kpiValues.push_back(row); }
    void review(const Review& row) override { m_batch.reviews.push_back(row); }

private:
    Dataset& m_batch;
    std::unordered_map<std::string, size_t> m_opportunityIndex;
};

} // namespace sd::io
