#pragma once

#include "io/ImportReport.h"
#include "io/ImportSink.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace sd::io {

// Hands the checked rows of CsvImporter, reading on one thread, to the thread that writes them (importFolder: the
// one that owns the workspace connection), in bounded batches so that reading and writing use both cores and memory
// stays bounded (docs/import.md "Speed and memory"). The producer side is an ImportSink; the consumer drains the
// rows, in the order they were put, into another sink.
class ImportPipeline : public ImportSink
{
public:
    // At most `maxBatches` full batches of `batchRows` rows wait for the writer; the reader waits when they do.
    explicit ImportPipeline(size_t batchRows = 2048, size_t maxBatches = 8);

    // Producer side (the reading thread).
    void orgUnit(const OrgUnit& row) override { add(row); }
    void rep(const Rep& row) override { add(row); }
    void product(const Product& row) override { add(row); }
    void customer(const Customer& row) override { add(row); }
    void opportunity(const Opportunity& row) override { add(row); }
    void stageEntry(const std::string& opportunityId, int seq, const StageEntry& entry) override;
    void order(const Order& row) override { add(row); }
    void orderCredit(const OrderCredit& row) override { add(row); }
    void payment(const Payment& row) override { add(row); }
    void activity(const Activity& row) override { add(row); }
    void target(const Target& row) override { add(row); }
    void kpiValue(const KpiValue& row) override { add(row); }
    void review(const Review& row) override { add(row); }
    void opportunityChange(const OpportunityChange& change) override { add(change); }
    // The reader's progress, handed to the consumer (progress callbacks stay on the consumer's thread).
    void progress(double fraction, const std::string& phase);
    // No more rows: the last partial batch is handed over and the consumer's drain returns after it.
    void close();

    // Consumer side (the writing thread). Writes every row into `target` in order until close(); `poll` runs
    // between batches and at least every 50 ms while waiting (for cancel checks and progress). Exceptions of the
    // target or of `poll` propagate; call abandon() then, so that the reader no longer waits for room.
    void drainInto(ImportSink& target, const std::function<void()>& poll);
    // The latest progress the reader reported since the last call, if any.
    std::optional<std::pair<double, std::string>> takeProgress();
    // The writer stopped taking rows: queued and later rows are dropped, the reader never waits.
    void abandon();

private:
    struct StageRow
    {
        std::string opportunityId;
        int seq = 0;
        StageEntry entry;
    };
    using Row = std::variant<OrgUnit, Rep, Product, Customer, Opportunity, StageRow, Order, OrderCredit, Payment,
                             Activity, Target, KpiValue, Review, OpportunityChange>;
    using Batch = std::vector<Row>;

    template <class T>
    void add(const T& row)
    {
        m_filling.emplace_back(std::in_place_type<T>, row);
        if (m_filling.size() >= m_batchRows)
            handOver();
    }
    void handOver();
    static void write(ImportSink& target, Row& row);

    const size_t m_batchRows;
    const size_t m_maxBatches;
    Batch m_filling; // the reader's batch being filled (reader thread only)

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_full;  // handed over, oldest first
    std::vector<Batch> m_spare; // emptied by the writer, capacity kept for the reader
    bool m_closed = false;
    bool m_abandoned = false;
    std::optional<std::pair<double, std::string>> m_progress;
};

} // namespace sd::io
